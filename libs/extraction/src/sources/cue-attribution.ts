/**
 * The attribution of one cue: who it points at (see cue-source.ts) and what it reports, tried in this order: a quote
 * or a clause before the source and cue (content-before-cue.ts), then what follows the cue (content-after-cue.ts).
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { Cue, respondedToNothingSaid } from '../cues';
import { noWordsBetween } from '../grammar/token-runs';
import { AUX_ADV } from '../lexicon/function-words';
import { SPEECH_BASES } from '../lexicon/reporting-verbs';
import { RawAttribution } from '../raw-attribution';
import { askedQuestionAttribution, isYesNoQuestion } from '../special/asked-questions';
import { contentAfterCue } from './content-after-cue';
import { frontedClauseContent, quoteBeforeGroup, quotedContentBefore } from './content-before-cue';
import { CueContext } from './cue-context';
import { findCueSource } from './cue-source';

/**
 * The attribution of `cue`, or null when it reports nothing here. `claimed` are the quotes of the sentence already
 * attributed; `earlier` the sentence's attributions so far.
 */
export function attributeCue(
  doc: AnalysedText,
  sentenceIndex: number,
  cue: Cue,
  nextCue: Cue | undefined,
  sentenceQuotes: number[],
  claimed: Set<number>,
  earlier: RawAttribution[],
): RawAttribution | null {
  // "When asked whether …", "Asked about …", "was asked what …": a question put to somebody, with nobody named asking
  if (cue.base === 'ask' && cue.endToken - cue.firstToken === 1) {
    const asked = askedQuestionAttribution(doc, sentenceIndex, cue.firstToken);
    if (asked) return asked;
  }
  if (respondedToNothingSaid(doc.tokens, cue.firstToken)) return null;
  // "Did the mayor say the budget was balanced?": whether it was said is asked, nothing is reported
  if (isYesNoQuestion(doc, sentenceIndex, cue.firstToken)) return null;
  const context: CueContext = {
    doc,
    sentenceIndex,
    sentence: doc.sentences[sentenceIndex],
    cue,
    nextCue,
    sentenceQuotes,
    claimed,
    isSpeech: SPEECH_BASES.has(cue.base) || cue.sourceAfter,
  };
  const found = findCueSource(context, earlier);
  if (!found) return null;
  const { quoteBefore, found: group } = quoteBeforeGroup(context, found);
  const content =
    quotedContentBefore(context, group, quoteBefore) ??
    frontedClauseContent(context, group) ??
    contentAfterCue(context, group);
  if (!content) return null;
  const { parts, quoteIndices, kind } = content;
  const source = group.source;
  if (content.nextParagraph) return { cue, source, parts, quoteIndices, kind, sentenceIndex };
  const relative = source && !group.inverted && !cue.sourceAfter ? relativePronoun(doc, source, cue) : undefined;
  return {
    cue: { firstToken: cue.firstToken, endToken: cue.endToken },
    source,
    parts,
    quoteIndices,
    kind,
    sentenceIndex,
    relative,
    ...(content.subject && { subject: content.subject }),
  };
}

/** "Trump, who said …": the relative pronoun the verb points at; the name before it (the source) is who that is. */
function relativePronoun(doc: AnalysedText, source: TokenRange, cue: Cue): TokenRange | undefined {
  const { tokens } = doc;
  let pronoun = cue.firstToken - 1;
  while (
    pronoun > source.endToken &&
    tokens[pronoun].kind === 'word' &&
    !tokens[pronoun].capitalised &&
    AUX_ADV.has(tokens[pronoun].lower) &&
    !/^(who|which|that)$/.test(tokens[pronoun].lower)
  )
    pronoun--;
  if (
    pronoun >= source.endToken &&
    tokens[pronoun].kind === 'word' &&
    /^(who|which)$/.test(tokens[pronoun].lower) &&
    noWordsBetween(doc, source.endToken, pronoun)
  )
    return { firstToken: pronoun, endToken: pronoun + 1 };
  return undefined;
}
