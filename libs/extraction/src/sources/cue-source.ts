/**
 * The source of a cue: "according to X", an inverted "“…,” said Smith", the subject before the verb ("Smith, a
 * spokesman, said"), or the subject a participle or a coordinated verb shares ("…, adding …", "… and told CBS …").
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { cueAt } from '../cues';
import { lexTag } from '../entities/word-tags';
import { wordSet } from '../lexicon/word-set';
import { DOCUMENT_NOUNS } from '../lexicon/speaker-nouns';
import { canFollowInvertedAttribution, hasVerb } from '../grammar/clauses';
import { hasName, isNameRun, nounPhraseStartingAt } from '../grammar/noun-phrases';
import { isNounHeaded, plausibleNextToQuote, singularOf, validSource } from '../grammar/plausible-sources';
import { hasAppositiveBefore, sentenceSubject, subjectBefore } from '../grammar/subjects';
import { endsClause, overlapsQuote, quoteEndsBefore } from '../grammar/token-runs';
import { AUX_ADV } from '../lexicon/function-words';
import { AS_SAYING, LISTENER_VERBS, QUOTING_VERB, SPEECH_BASES, cueInfo } from '../lexicon/reporting-verbs';
import { RawAttribution } from '../raw-attribution';
import { CueContext, CueSource } from './cue-context';

/** Verbs that attribute a clause fronted before them with a comma: "The plan will fail, said Smith." */
const SAY_LIKE =
  /^(say|add|write|note|explain|argue|claim|insist|warn|report|state|suggest|predict|acknowledge|admit|concede|caution|contend|assert|maintain|complain|counter|reply|respond|recall|announce|declare|confirm|stress|emphasize)$/;

/**
 * Who the cue points at, or null when nobody plausible does (the cue then attributes nothing). `earlier` holds the
 * sentence's attributions so far, whose source a participle or a coordinated verb may share.
 */
export function findCueSource(context: CueContext, earlier: RawAttribution[]): CueSource | null {
  const { doc, sentence, cue } = context;
  if (cue.sourceAfter) return sourceAfterCue(context);
  const { tokens } = doc;
  // inverted "“…,” said Smith" / "…, said Smith."
  const quoteBefore = quoteEndsBefore(doc, cue.firstToken, context.sentenceIndex);
  const beforeCue = tokens[cue.firstToken - 1];
  let after = nounPhraseStartingAt(doc, cue.endToken, sentence.endToken);
  const notPronoun = !!after && !/^(he|she|they|i|we|it|you|that|this)$/.test(tokens[after.firstToken].lower);
  // "Samantha Phillips, the city’s emergency director, said the heat …": a name and its apposition before the comma
  // are the subject, not a fronted clause
  const appositiveSubject =
    quoteBefore < 0 &&
    beforeCue?.text === ',' &&
    (hasAppositiveBefore(doc, cue.firstToken, sentence.firstToken) ||
      subjectWithAsideBefore(doc, cue.firstToken, sentence.firstToken));
  // a participle never has its subject after it: "…, suggesting the U.S. pull out" reports what is suggested
  const invertedSource =
    !!after &&
    context.isSpeech &&
    !appositiveSubject &&
    !/ing$/.test(tokens[cue.firstToken].lower) &&
    (((quoteBefore >= 0 || (beforeCue && beforeCue.text === ',' && SAY_LIKE.test(cue.base))) &&
      notPronoun &&
      !(LISTENER_VERBS.has(cue.base) && quoteBefore < 0) &&
      plausibleNextToQuote(doc, after) &&
      canFollowInvertedAttribution(doc, after.endToken, sentence.endToken)) ||
      ((quoteBefore >= 0 || (beforeCue && beforeCue.text === ',' && !LISTENER_VERBS.has(cue.base))) &&
        endsClause(doc, after.endToken, sentence.endToken) &&
        validSource(doc, after)));
  if (after && invertedSource) {
    // the source's own modifiers ("a source close to him", "an aide who spoke on condition …") end at a comma;
    // "said a top strategist, John Weaver." takes the name after it
    if (tokens[after.endToken]?.text === ',' && !hasName(doc, after)) {
      let nameEnd = after.endToken + 1;
      // (past an age: "said a neighbor, 71-year-old Mary Hale.")
      if (/^\d+-year-old$/.test(tokens[nameEnd]?.text ?? '')) nameEnd++;
      while (
        nameEnd < sentence.endToken &&
        nameEnd - after.endToken <= 5 &&
        tokens[nameEnd].kind === 'word' &&
        tokens[nameEnd].capitalised
      )
        nameEnd++;
      if (
        nameEnd > after.endToken + 1 &&
        tokens[nameEnd - 1].capitalised &&
        (nameEnd >= sentence.endToken || /^[,.;]$/.test(tokens[nameEnd].text)) &&
        isNameRun(doc, after.endToken + 1, nameEnd)
      )
        after = { firstToken: after.firstToken, endToken: nameEnd };
    }
    let stop = after.endToken;
    while (
      stop < sentence.endToken &&
      doc.quoteAt[stop] < 0 &&
      !/^[,;:.!?—–(]$|^--$/.test(tokens[stop].text) &&
      stop - after.endToken < 15
    )
      stop++;
    let groupEnd = stop < sentence.endToken && tokens[stop].text === ',' ? stop : after.endToken;
    if (stop >= sentence.endToken || /^[.!?]$/.test(tokens[stop].text)) groupEnd = stop;
    return { source: after, groupStart: cue.firstToken, groupEnd, inverted: true };
  }
  return sourceBeforeCue(context, earlier);
}

/** The one a "quoted … as saying" quotes: the words between the verb and "as saying" at token `cue`. */
function quotedAsSaying(doc: AnalysedText, cue: number, sentenceStart: number): TokenRange | null {
  const { tokens } = doc;
  if (!AS_SAYING.test(tokens[cue].lower) || tokens[cue - 1]?.lower !== 'as') return null;
  for (let verb = cue - 3; verb >= Math.max(sentenceStart, cue - 12); verb--) {
    if (tokens[verb].kind !== 'word' || doc.quoteAt[verb] >= 0) return null;
    if (!QUOTING_VERB.test(tokens[verb].lower)) continue;
    const one = { firstToken: verb + 1, endToken: cue - 1 };
    // ("quoted him as saying": the one quoted may be a pronoun)
    const pronoun = one.endToken - one.firstToken === 1 && /^(?:him|her|them)$/.test(tokens[verb + 1].lower);
    // (or a name the lexicon cannot read whole: "President Abdel Fattah al-Sisi")
    return pronoun || validSource(doc, one) || hasName(doc, one) ? one : null;
  }
  return null;
}

/** Words that open an aside after a subject: a relative pronoun, or a participle ("hired by the district"). */
const ASIDE_OPENER = /^(?:who|whom|whose|which)$/;

/**
 * "The outside lab, hired by the district, confirmed the results", "The board, which meets monthly, announced …": a
 * noun phrase opening the sentence, then an aside set off by commas that opens with a relative pronoun or a participle,
 * right before the verb at `verb`. The phrase is the verb's subject; what follows the verb is its object, not the
 * source of an inverted attribution.
 */
function subjectWithAsideBefore(doc: AnalysedText, verb: number, sentenceStart: number): boolean {
  const { tokens } = doc;
  let from = sentenceStart;
  while (from < verb && (tokens[from].kind !== 'word' || /^(?:but|and|so|still|also)$/i.test(tokens[from].text)))
    from++;
  const subject = nounPhraseStartingAt(doc, from, verb - 1);
  if (!subject || tokens[subject.endToken]?.text !== ',' || subject.endToken >= verb - 2) return false;
  const opener = tokens[subject.endToken + 1];
  if (
    opener.kind !== 'word' ||
    opener.capitalised ||
    !(
      ASIDE_OPENER.test(opener.lower) ||
      (/(?:ed|en)$/.test(opener.lower) && !/Noun|Adjective/.test(lexTag(opener.lower) ?? ''))
    )
  )
    return false;
  for (let i = subject.endToken + 1; i < verb - 1; i++)
    if (doc.quoteAt[i] >= 0 || /^[,;:—–()]$|^--$/.test(tokens[i].text)) return false;
  return true;
}

/**
 * "according to X": the source runs to the next comma or the end of the sentence ("according to Democratic and
 * independent analysts", "according to the average of recent polls compiled by Real Clear Politics").
 */
function sourceAfterCue(context: CueContext): CueSource | null {
  const { doc, sentence, cue } = context;
  const { tokens } = doc;
  let source = nounPhraseStartingAt(doc, cue.endToken, sentence.endToken);
  // "according to" names its source whatever it is ("state law", "officials familiar with the system")
  if (!source || !(plausibleNextToQuote(doc, source) || isNounHeaded(doc, source))) return null;
  let end = source.endToken;
  while (
    end < sentence.endToken &&
    doc.quoteAt[end] < 0 &&
    !/^[,;:.!?—–()]$|^--$/.test(tokens[end].text) &&
    end - cue.endToken < 25
  )
    end++;
  if (end >= sentence.endToken || /^[,;:.!?—–)]$|^--$/.test(tokens[end].text))
    source = { firstToken: source.firstToken, endToken: end };
  const inverted = tokens[cue.firstToken - 1]?.text === ',';
  return {
    source,
    groupStart: cue.firstToken,
    groupEnd: inverted ? source.endToken : sourceAppositiveEnd(doc, source.endToken, sentence.endToken),
    inverted,
  };
}

/** The most tokens of a description set off after an "according to" source ("a financial comparison site"). */
const SOURCE_APPOSITIVE_TOKENS = 8;

/**
 * "According to Canstar, a financial comparison site, a borrower … will pay …": a noun phrase between commas right
 * after the source describes the source; the words start after it. Only when a clause with its verb before any comma
 * follows ("According to police, the suspect, a 45-year-old man, fled" keeps its subject). The token after the
 * description's closing comma, or `end` (the source's end) when there is none.
 */
function sourceAppositiveEnd(doc: AnalysedText, end: number, sentenceEnd: number): number {
  const { tokens } = doc;
  if (tokens[end]?.text !== ',') return end;
  const first = tokens[end + 1];
  if (!first || first.kind !== 'word' || !/^(?:a|an|the|its|his|her|their)$/.test(first.lower)) return end;
  let close = end + 2;
  while (close < sentenceEnd && close - end <= SOURCE_APPOSITIVE_TOKENS && tokens[close].text !== ',') {
    if (tokens[close].kind !== 'word' || doc.quoteAt[close] >= 0) return end;
    close++;
  }
  if (tokens[close]?.text !== ',') return end;
  // (a description has no finite verb: "a price tracking service", not "the plan, which is …", "the deficit grew")
  for (let i = end + 2; i < close; i++)
    if (FINITE.test(tokens[i].lower) || lexTag(tokens[i].lower) === 'PastTense' || cueAt(doc, i)) return end;
  const next = tokens[close + 1];
  if (!next || next.kind !== 'word' || CLAUSE_OPENERS.test(next.lower)) return end;
  // the clause after it reaches its verb before any comma
  for (let i = close + 1; i < sentenceEnd && i - close <= SOURCE_APPOSITIVE_TOKENS * 2; i++) {
    if (tokens[i].kind !== 'word' && !/^[$€£%]$/.test(tokens[i].text)) return end;
    if (i > close + 1 && hasVerb(doc, i, i + 1)) return close;
  }
  return end;
}

/** Finite verbs and auxiliaries, and verbs the lexicon knows only as past forms. */
const FINITE =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|who|which|that)$/;

/** Words that open no main clause after a comma: relatives, conjunctions, prepositions, adverbs of aside. */
const CLAUSE_OPENERS =
  /^(?:who|whom|whose|which|that|when|where|if|as|though|although|while|because|and|but|or|in|on|at|for|with|by|from|after|before|since|including|such|however|meanwhile|though)$/;

/**
 * Verbs of sending whose object is who the words went to, not who said them: "emailed supporters saying …", "told
 * reporters saying …" (after "recalled Obama saying", "thanked protesters chanting" the object is the one speaking).
 */
const ADDRESSING_VERBS = wordSet(`
emailed|e-mailed|texted|messaged|wrote|told|sent|emails|e-mails|texts|messages|writes|tells|sends
`);

/** Whether the token at `at` is a verb that addresses its object ("emailed", "told"), outside quotes. */
function addressesObject(doc: AnalysedText, at: number): boolean {
  const token = doc.tokens[at];
  return !!token && token.kind === 'word' && doc.quoteAt[at] < 0 && ADDRESSING_VERBS.has(token.lower);
}

/** The subject before the verb, or the one a participle or a coordinated verb shares. */
function sourceBeforeCue(context: CueContext, earlier: RawAttribution[]): CueSource | null {
  const { doc, sentence, sentenceIndex, cue } = context;
  const { tokens } = doc;
  const cueToken = tokens[cue.firstToken];
  // "…, arguing that …": a participle after a comma shares the sentence's subject, not the noun before the comma
  let participle = /ing$/.test(cueToken.lower) && tokens[cue.firstToken - 1]?.text === ',';
  // "MENA quoted President Sisi as saying …", "cited a ministry spokesman as saying …": the one quoted says it
  const quoted = quotedAsSaying(doc, cue.firstToken, sentence.firstToken);
  if (quoted) return { source: quoted, groupStart: quoted.firstToken, groupEnd: cue.endToken, inverted: false };
  let source: TokenRange | null = participle ? null : subjectBefore(doc, cue.firstToken, sentence.firstToken);
  // "the senator emailed supporters saying …": the noun before the participle is the object of the verb before it,
  // and the participle shares the sentence's subject as after a comma
  // (but "released a report saying …", "cited a poll showing …": the document speaks)
  if (
    source &&
    /ing$/.test(cueToken.lower) &&
    !participle &&
    addressesObject(doc, source.firstToken - 1) &&
    !DOCUMENT_NOUNS.has(singularOf(tokens[source.endToken - 1].lower))
  ) {
    participle = true;
    source = null;
  }
  if (source && !validSource(doc, source)) {
    // "“…,” the organizer told them."
    if (!(
      context.isSpeech &&
      (quoteEndsBefore(doc, source.firstToken, sentenceIndex) >= 0 ||
        /^(say|tell|add|write|tweet|note|explain|argue|claim|insist)$/.test(cue.base)) &&
      plausibleNextToQuote(doc, source)
    ))
      return null;
  }
  if (source)
    return { source, groupStart: Math.min(source.firstToken, cue.firstToken), groupEnd: cue.endToken, inverted: false };
  // participles and coordination share the sentence subject: "…, saying …" / "… and told CBS that …"
  const previous = earlier
    .filter(
      (attribution) =>
        attribution.sentenceIndex === sentenceIndex &&
        attribution.source &&
        attribution.cue &&
        attribution.cue.firstToken < cue.firstToken,
    )
    .pop();
  // "… but has said she will …": the conjunction before the auxiliaries
  let conjunction = cue.firstToken - 1;
  while (
    conjunction > sentence.firstToken &&
    tokens[conjunction].kind === 'word' &&
    !tokens[conjunction].capitalised &&
    AUX_ADV.has(tokens[conjunction].lower) &&
    !/^(and|but|then)$/.test(tokens[conjunction].lower)
  )
    conjunction--;
  const conjunctionToken = tokens[conjunction];
  if (participle) {
    // "…, Nefzi said, adding …" shares the attribution's speaker; "…, an architect who said …, saying …"
    // the sentence's subject
    const previousIsRelative =
      !!previous?.source && /^(who|which|that)$/.test(tokens[previous.source.endToken]?.lower ?? '');
    const previousBase = previous?.cue ? (cueInfo(tokens[previous.cue.firstToken].lower)?.base ?? '') : '';
    const usePrevious =
      !!previous?.source && !previousIsRelative && validSource(doc, previous.source) && SPEECH_BASES.has(previousBase);
    const subject = usePrevious ? null : sentenceSubject(doc, sentenceIndex, cue.firstToken);
    source = subject && !overlapsQuote(doc, subject) ? subject : (previous?.source ?? null);
  } else if (
    previous &&
    (/ing$/.test(cueToken.lower) || (conjunctionToken && /^(and|but|,)$/.test(conjunctionToken.lower)))
  ) {
    source = previous.source;
  } else if (/ing$/.test(cueToken.lower) || (conjunctionToken && /^(and|but|,|then)$/.test(conjunctionToken.lower))) {
    source = sentenceSubject(doc, sentenceIndex, cue.firstToken);
  }
  if (!source) return null;
  return { source, groupStart: cue.firstToken, groupEnd: cue.endToken, inverted: false };
}
