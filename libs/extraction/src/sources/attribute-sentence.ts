/**
 * Passes 5 and 6 for one sentence: its special constructions (special/: a transcript turn, a signed quote, raising
 * verbs, stance adjectives and nouns), then its sources: each cue's source and content, among the quotes the
 * constructions left.
 */
import { AnalysedText } from '../analysed-text';
import { Cue } from '../cues';
import { RawAttribution } from '../raw-attribution';
import { raisingVerbAttributions } from '../special/raising-verbs';
import { signedQuoteAttribution } from '../special/signed-quotes';
import { stanceAdjectiveAttributions } from '../special/stance-adjectives';
import { saidThatNounAttributions, stanceNounAttributions } from '../special/stance-nouns';
import { TranscriptTurns } from '../special/transcript-turns';
import { attributeCue } from './cue-attribution';

export function attributeSentence(
  doc: AnalysedText,
  sentenceIndex: number,
  cues: Cue[],
  turns: TranscriptTurns,
): RawAttribution[] {
  const sentence = doc.sentences[sentenceIndex];
  const found: RawAttribution[] = [];
  const sentenceQuotes: number[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const quoteIndex = doc.quoteAt[i];
    // a quote's tokens are consecutive, so a new one shows at its first token
    if (quoteIndex >= 0 && quoteIndex !== doc.quoteAt[i - 1] && doc.quotes[quoteIndex].openToken >= sentence.firstToken)
      sentenceQuotes.push(quoteIndex);
  }
  // "PENCE: …", "Pat Caddell: …" at the start of a paragraph; "“…” ― Sonya Herridge"
  const turn = turns.attribution(sentenceIndex);
  if (turn) found.push(turn);
  const signed = signedQuoteAttribution(doc, sentenceIndex);
  if (signed) found.push(signed);
  if (!turn && !signed) {
    for (const raising of raisingVerbAttributions(doc, sentenceIndex)) found.push(raising);
    for (const stance of stanceAdjectiveAttributions(doc, sentenceIndex)) found.push(stance);
    for (const stance of stanceNounAttributions(doc, sentenceIndex)) found.push(stance);
  }

  const claimed = new Set<number>([...(turn ? turn.quoteIndices : []), ...(signed ? signed.quoteIndices : [])]);
  // "Trump’s claim that Obama “founded ISIS”": the quote is the claim's owner's, whoever reports the claim
  if (!turn && !signed)
    for (const said of saidThatNounAttributions(doc, sentenceIndex)) {
      said.quoteIndices.forEach((quoteIndex) => claimed.add(quoteIndex));
      found.push(said);
    }
  // the next cue that can start an attribution of its own (weak cues inside a reported clause — "he had not seen" —
  // rarely do), found from the end so that a sentence full of cues costs one pass
  const nextStrong: Cue[] = [];
  for (let i = cues.length - 1, strong: Cue | undefined; i >= 0; i--) {
    nextStrong[i] = strong ?? cues[i + 1];
    if (cues[i].strength === 'strong' || cues[i].sourceAfter) strong = cues[i];
  }
  for (let i = 0; i < cues.length; i++) {
    const attribution = attributeCue(doc, sentenceIndex, cues[i], nextStrong[i], sentenceQuotes, claimed, found);
    if (attribution) {
      attribution.quoteIndices.forEach((quoteIndex) => claimed.add(quoteIndex));
      found.push(attribution);
    }
  }
  giveQuotesToNestedAttributions(doc, found);
  return found;
}

/** How many attributions of one sentence are compared pairwise for nesting; a sentence with more is left as it is. */
const MAX_NESTING_PAIRS = 32;

/**
 * "Christie described Clinton as a “disgrace” after she blamed police shootings on “implicit bias”": a quote that an
 * attribution took but that stands in the content of another one whose source is itself inside the first's content
 * (a report inside the report) is the inner speaker's.
 */
function giveQuotesToNestedAttributions(doc: AnalysedText, found: RawAttribution[]): void {
  if (found.length < 2 || found.length > MAX_NESTING_PAIRS) return;
  const { tokens, quotes } = doc;
  for (const outer of found) {
    if (!outer.cue || !outer.source || outer.kind !== 'partial' || outer.quoteIndices.length < 2) continue;
    const outerStart = outer.parts[0].start;
    const outerEnd = outer.parts[outer.parts.length - 1].end;
    for (const inner of found) {
      if (inner === outer || !inner.cue || !inner.source || inner.kind === 'direct') continue;
      const sourceStart = tokens[inner.source.firstToken].start;
      if (sourceStart < outerStart || sourceStart >= outerEnd || inner.cue.firstToken < inner.source.endToken) continue;
      const innerStart = inner.parts[0].start;
      const innerEnd = inner.parts[inner.parts.length - 1].end;
      const moved = outer.quoteIndices.filter(
        (quoteIndex) =>
          quotes[quoteIndex].openToken >= inner.cue!.endToken &&
          quotes[quoteIndex].start >= innerStart &&
          quotes[quoteIndex].end <= innerEnd,
      );
      // the outer attribution keeps its own first quote
      if (!moved.length || moved.length === outer.quoteIndices.length) continue;
      outer.quoteIndices = outer.quoteIndices.filter((quoteIndex) => !moved.includes(quoteIndex));
      inner.quoteIndices = [...inner.quoteIndices, ...moved].sort((a, b) => a - b);
      inner.kind = 'partial';
    }
  }
}
