/**
 * Content after a cue, past a listener and adjuncts ("told reporters on Monday that …"): a quote running to the end
 * of the sentence, a reported clause, or, after "He said:" ending a paragraph, the paragraph that follows.
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { Cue, PARTICLES_OF_VERB } from '../cues';
import { isVerbalWord, lexTag } from '../entities/word-tags';
import {
  clauseEnd,
  hasVerb,
  isFiniteClause,
  looksLikeClause,
  onlyAdjunctPhrases,
  punctuationInsideClosingMark,
  sentenceContentEnd,
  skipAdjuncts,
  startsNonComplement,
} from '../grammar/clauses';
import { isPronounPhrase, nounPhraseEndingAt, nounPhraseStartingAt } from '../grammar/noun-phrases';
import { isDocumentLike, isGroupNoun, isPersonNoun, singularOf, validSource } from '../grammar/plausible-sources';
import { looksLikeTitle } from '../grammar/quoted-words';
import { endsClause, noWordsBetween, wordsOnlyInQuotes } from '../grammar/token-runs';
import { ADJUNCT_PREPS, AUX_ADV, FUNCTION_WORDS } from '../lexicon/function-words';
import { IRREGULAR_PAST } from '../lexicon/verb-forms';
import {
  AMBIGUOUS_CUES,
  LISTENER_VERBS,
  QUOTE_ONLY_BASES,
  SPEECH_BASES,
  STANCE_BASES,
  cueInfo,
} from '../lexicon/reporting-verbs';
import { SENTENCE_END } from '../sentences';
import { Token } from '../tokens';
import { CharRange } from '../raw-attribution';
import { CueContent, CueContext, CueSource } from './cue-context';

/** Verbs that, with "with" or "to", take whom they were said to and then a "that" clause: "agreed with Lopez that …". */
const THAT_CLAUSE_WITH =
  /^(agree|concur|side|argue|plead|respond|reply|explain|complain|admit|confess|insist|write|promise|boast|brag|concede|signal|vow|pledge|report|say|suggest|mention|point out|acknowledge|indicate)$/;

/** Verbs by which a document reports a finding: "the study shows that …". */
const DOCUMENT_VERBS = /^(show|find|suggest|indicate|reveal|estimate|project|predict|conclude|confirm)$/;
/** Verbs of backing or wanting, which report words only with a clause or a quote: "supports the plan" reports nothing. */
const BACKING_BASES = /^(support|vote|seek|want|encourage|welcome|back|favor)$/;
/** Verbs of belief, which report a finite clause of their subject's: "Trump thinks the polls are rigged". */
const BELIEF_VERBS =
  /^(think|believe|feel|know|fear|hope|expect|worry|doubt|suspect|assume|guess|suppose|bet|understand|realize|recognize|agree|predict|acknowledge|insist|argue|claim|warn|estimate|calculate|forecast|reckon)$/;

/**
 * Verbs that take a clause for their complement ("the wall he said would cost $8 billion", "a measure she believes
 * would lower …"): after them a clause may open with its verb, its subject standing before the reporting verb.
 */
const CLAUSE_TAKING =
  /^(say|tell|add|note|argue|claim|state|announce|report|write|explain|insist|warn|suggest|assert|contend|acknowledge|admit|predict|promise|vow|pledge|deny|maintain|estimate|conclude|declare|confirm|reveal|recall|tweet|testify|complain|charge|allege|repeat|reply|respond|stress|emphasize|observe|remark|concede|boast|mention|indicate|caution|counter|agree|assure|speculate|reason|posit|rule|reaffirm|reiterate|affirm|disclose|think|believe|feel|know|fear|hope|expect|worry|doubt|suspect|assume|guess|suppose|bet|understand|realize|recognize|find|show|project|forecast|consider|deem|imply|hint|signal|determine|decide|prove|judge|describe|call|consider|wish)$/;

/** How many words an agent after "by" may run before the clause it said ("by the league's commissioner that"). */
const AGENT_TOKENS = 8;

export function contentAfterCue(context: CueContext, found: CueSource): CueContent | null {
  const { doc, sentence, sentenceIndex, cue, claimed } = context;
  const { tokens } = doc;
  let start = found.groupEnd;
  if (LISTENER_VERBS.has(cue.base) || cue.base === 'ask') {
    const listener = nounPhraseStartingAt(doc, start, sentence.endToken);
    if (listener && !(tokens[start].lower === 'that')) start = listener.endToken;
    // ("told judges that …": a plural the lexicon reads as a verb is the listener all the same)
    else if (!listener && addressee(tokens[start]) && tokens[start + 1]?.lower === 'that') start++;
    // "told reporters outside the court that …": a place or an occasion between the listener and "that" (the
    // lexicon reads "outside" as an adjective the listener's phrase takes)
    const adjunct = PLACE_PREPOSITION.test(tokens[start - 1]?.lower ?? '') ? start - 1 : start;
    start = thatAfterAdjunct(doc, adjunct, sentence.endToken) ?? start;
    // the listener's programme or paper, by its title: 'told NBC’s “Meet the Press” that …', 'told “Face the
    // Nation” that …'
    const title = doc.quoteAt[start];
    if (
      title >= 0 &&
      doc.quotes[title].openToken === start &&
      looksLikeTitle(doc, title) &&
      tokens[doc.quotes[title].closeToken + 1]?.lower === 'that'
    )
      start = doc.quotes[title].closeToken + 1;
  }
  // "was asked by the moderator whether …", "It was announced by the league that …": the agent after a passive is
  // who spoke; what was said starts at the clause after it
  if (
    tokens[start]?.lower === 'by' &&
    /^(?:is|are|was|were|be|been|being)$/.test(tokens[cue.firstToken - 1]?.lower ?? '')
  ) {
    for (let at = start + 1; at < sentence.endToken && at <= start + AGENT_TOKENS; at++) {
      if (tokens[at].kind !== 'word' || doc.quoteAt[at] >= 0) break;
      if (/^(?:that|whether|if)$/.test(tokens[at].lower)) {
        start = at;
        break;
      }
    }
  }
  // "agreed with Lopez that …", "agreed with him that …": who they agree with is named by the verb's object, what they
  // said follows "that" (after "charities that fund …" or "the poll that shows …" a "that" opens a relative clause)
  if (
    cue.endToken - cue.firstToken >= 2 &&
    /^(with|to)$/.test(tokens[cue.endToken - 1].lower) &&
    THAT_CLAUSE_WITH.test(cue.base)
  ) {
    const object = nounPhraseStartingAt(doc, start, sentence.endToken);
    const head = object && tokens[object.endToken - 1];
    const after = object && tokens[object.endToken + 1];
    if (
      object &&
      head &&
      tokens[object.endToken]?.lower === 'that' &&
      (head.capitalised || /^(him|her|them|me|us|you)$/.test(head.lower)) &&
      // "Trump University that defrauded …": a verb right after "that" opens a relative clause
      after?.kind === 'word' &&
      !isVerbalWord(after.lower) &&
      !/(?:ed)$|^(?:is|are|was|were|has|have|had|will|would|can|could)$/.test(after.lower)
    )
      start = object.endToken;
  }
  start = skipAdjuncts(doc, start, sentence.endToken, false);
  // "wrote to clients that …", "said of the plan that …": whom or what the words were about or addressed to, then
  // "that" (not "to concede that …", nor "responded to accusations that …": what is conceded or accused is not said)
  if (
    /^(?:to|of)$/.test(tokens[start]?.lower ?? '') &&
    ADDRESSING_BASES.test(cue.base) &&
    addressee(tokens[start + 1])
  ) {
    const that = thatAfterAdjunct(doc, start, sentence.endToken);
    if (that !== undefined && !SAID_NOUN.test(tokens[that - 1].lower)) start = that;
  }
  while (
    start < sentence.endToken &&
    (tokens[start].text === ',' ||
      tokens[start].text === ':' ||
      tokens[start].text === '—' ||
      tokens[start].text === '--')
  )
    start++;
  // "He has not been charged, and his name has not been released": a clause joined after the cue's, running to the
  // sentence's end, is no content of it ("said, and rightly so, that …", "wrote, and I quote: “…”" go on)
  if (
    start < sentence.endToken &&
    tokens[start - 1]?.text === ',' &&
    /^(?:and|but|or|so|yet)$/.test(tokens[start].lower) &&
    joinedClauseToEnd(doc, start + 1, sentence.endToken)
  )
    return null;
  if (start >= sentence.endToken) {
    // "He said:" at the end of a paragraph introduces the next paragraph(s)
    const last = tokens[sentence.endToken - 1];
    if (!((last.text === ':' || (last.text === ',' && context.isSpeech)) && context.isSpeech)) return null;
    const nextSentence = doc.sentences[sentenceIndex + 1];
    if (!nextSentence || nextSentence.paragraph === sentence.paragraph) return null;
    const nextQuote = doc.quoteAt[nextSentence.firstToken];
    if (nextQuote >= 0 && !claimed.has(nextQuote))
      return {
        parts: [...doc.quotes[nextQuote].pieces],
        quoteIndices: [nextQuote],
        kind: 'direct',
        nextParagraph: true,
      };
    // unquoted block after "X reports:"
    const end = sentenceContentEnd(doc, sentenceIndex + 1, doc.paragraphs[nextSentence.paragraph].endToken);
    return {
      parts: [{ start: tokens[nextSentence.firstToken].start, end }],
      quoteIndices: [],
      kind: 'indirect',
      nextParagraph: true,
    };
  }
  const quoteIndex = doc.quoteAt[start];
  if (
    quoteIndex >= 0 &&
    doc.quotes[quoteIndex].openToken === start &&
    !claimed.has(quoteIndex) &&
    context.isSpeech &&
    !(looksLikeTitle(doc, quoteIndex) && ADJUNCT_PREPS.has(tokens[start - 1].lower))
  ) {
    const quote = doc.quotes[quoteIndex];
    // direct if the quote runs to the end of the sentence (or to the next cue), else partial within a clause
    const afterQuote = quote.closeToken + 1;
    const nextCue = context.nextCue;
    if (
      endsClause(doc, afterQuote, sentence.endToken) ||
      (nextCue && nextCue.firstToken > quote.closeToken && noWordsBetween(doc, afterQuote, nextCue.firstToken))
    )
      return { parts: [...quote.pieces], quoteIndices: [quoteIndex], kind: 'direct' };
  }
  // "what lawmakers called “fraud” led …": what a free relative's verb says is its quote, the sentence goes on
  if (
    quoteIndex >= 0 &&
    doc.quotes[quoteIndex].openToken === start &&
    !claimed.has(quoteIndex) &&
    found.source &&
    tokens[found.source.firstToken - 1]?.lower === 'what'
  )
    return { parts: [...doc.quotes[quoteIndex].pieces], quoteIndices: [quoteIndex], kind: 'partial' };
  // "…, according to a lawsuit filed by Yulia Tymoshenko, a former prime minister of Ukraine.": after a clause, what
  // follows the source's comma describes the source ("According to officials, the account …" opens the sentence)
  if (
    cue.sourceAfter &&
    found.source &&
    tokens[cue.firstToken - 1]?.text === ',' &&
    hasVerb(doc, sentence.firstToken, cue.firstToken - 1) &&
    tokens[start - 1]?.text === ',' &&
    describesSource(doc, start, sentence.endToken)
  )
    return null;
  return clauseAfterCue(context, found, start);
}

/**
 * Tokens from `start` to the sentence end are an apposition or a relative clause about the noun before them: "which
 * tracks terrorists' communications", "where 475 delegates are at stake", "writing for RealClearPolitics", an adjunct
 * ("during an answer to a question"), or a noun phrase with no verb before any relative word ("a former prime minister
 * of Ukraine", "a start-up that tracks donations").
 */
function describesSource(doc: AnalysedText, start: number, sentenceEnd: number): boolean {
  const { tokens } = doc;
  const first = tokens[start];
  if (!first || first.kind !== 'word') return false;
  for (let i = start; i < sentenceEnd; i++) if (doc.quoteAt[i] >= 0) return false;
  if (/^(which|who|whose|whom|where|during)$/.test(first.lower)) return true;
  if (/ing$/.test(first.lower) && !first.capitalised && !cueInfo(first.lower)) return true;
  let end = start;
  while (
    end < sentenceEnd &&
    !(tokens[end].kind === 'word' && /^(that|which|who|whose|where)$/.test(tokens[end].lower))
  )
    end++;
  return /^(a|an|the|one|two|three|four|five|its|his|her|their)$/.test(first.lower) && !hasVerb(doc, start, end);
}

/** How far a fronted clause is read, in tokens, before and after its cue (a bound on hostile sentences). */
const FRONTED_CLAUSE_TOKENS = 60;
/** Words that open a clause fronted before the main one ("While critics argue that …, Obama has …"). */
const SUBORDINATORS =
  /^(as|when|whenever|while|after|before|since|because|if|although|though|once|until|unless|whereas)$/;

/**
 * Where the clause that opens the sentence ends when the cue is that clause's verb ("While critics argue that swaps
 * encourage kidnapping, the president has …"): at the comma after which the main clause starts, a subject and its
 * verb (commas inside the reported words, around an age, a place, a date, an aside in brackets or dashes, or a
 * relative clause, are not it); otherwise `end`. What follows that comma is the paper's narration.
 */
function frontedClauseEnd(
  doc: AnalysedText,
  sentenceStart: number,
  cue: TokenRange,
  source: TokenRange | null,
  start: number,
  end: number,
): number {
  const { tokens } = doc;
  const cueFirst = cue.firstToken;
  let first = sentenceStart;
  while (first < cueFirst && tokens[first].kind !== 'word') first++;
  if (first >= cueFirst || cueFirst - first > FRONTED_CLAUSE_TOKENS || !SUBORDINATORS.test(tokens[first].lower))
    return end;
  // the subordinator's own subject and verb ("While critics argue", "When Maddow pointed out that Sanders refers …",
  // "Since announcing …"), not an adverbial before the main clause's subject ("After the hearing the senator said",
  // "Since 2010 the company has said")
  if (!source || !opensSubordinateClause(doc, first + 1, cueFirst + 1)) return end;
  // a comma before the cue: the cue is in the main clause, or the fronted clause is not a simple one
  for (let i = first; i < cueFirst; i++) if (tokens[i].text === ',' && doc.quoteAt[i] < 0) return end;
  // "As Obama said, the deal …", "As Milbank puts it, “…”", "As Parsons had written a few years earlier, “…”": nothing
  // reported before the comma, the clause introduces what follows it
  if (tokens[first].lower === 'as') {
    let comma = cue.endToken;
    while (comma < end && PARENTHETICAL_TAIL.test(tokens[comma].lower) && doc.quoteAt[comma] < 0) comma++;
    if (tokens[comma]?.text === ',') return end;
  }
  let brackets = 0;
  let dash = false;
  for (let i = start; i < Math.min(end, start + FRONTED_CLAUSE_TOKENS); i++) {
    const text = tokens[i].text;
    if (text === '(') brackets++;
    else if (text === ')') brackets = Math.max(0, brackets - 1);
    else if (/^(—|–|--)$/.test(text)) dash = !dash;
    if (brackets > 0 || dash) continue;
    if (punctuationInsideClosingMark(doc, i) && opensMainClause(doc, i + 1, end)) return i + 1;
    if (doc.quoteAt[i] < 0 && text === ',' && !inNumber(doc, i) && !inList(doc, i) && opensMainClause(doc, i + 1, end))
      return i;
  }
  return end;
}

/**
 * Whether a clause with a subject and its verb, or a participle, starts at token `at` after a subordinator: "critics
 * argue", "the president has repeatedly said", "announcing in October …"; not "the hearing the senator said".
 */
function opensSubordinateClause(doc: AnalysedText, at: number, end: number): boolean {
  const { tokens } = doc;
  const first = tokens[at];
  if (!first || first.kind !== 'word' || /^\d/.test(first.text)) return false;
  if (/ing$/.test(first.lower) && !first.capitalised) return true;
  if (SUBJECT_PRONOUN.test(first.lower)) return isVerb(tokens[at + 1]) || /^['’]/.test(tokens[at + 1]?.text ?? '');
  // the subject's words up to its verb: one phrase ("the hearing the senator said" is two)
  for (let i = at + 1; i < Math.min(end, at + MAIN_CLAUSE_SUBJECT_TOKENS); i++) {
    const token = tokens[i];
    if (token.kind !== 'word') {
      if (/^[()\-.]$/.test(token.text)) continue;
      return false;
    }
    if (/^(the|a|an|this|that|these|those)$/.test(token.lower)) return false;
    if (isVerb(token)) return true;
  }
  return false;
}

/** What may follow the verb of "As X said, …" before its comma: "it", an adverb, a time ("a few years earlier"). */
const PARENTHETICAL_TAIL =
  /^(it|so|this|just|earlier|later|before|ago|once|often|recently|previously|then|a|few|several|years|months|weeks|days|last|week|year|month|[a-z]+ly)$/;

/** Subjects that are a whole noun phrase in one word. */
const SUBJECT_PRONOUN = /^(he|she|it|they|we|i|you|there|this|that|these|those)$/;

/** Whether a clause with its own subject and verb starts at token `at`: "the judge denied bail", "protests erupted". */
function opensMainClause(doc: AnalysedText, at: number, end: number): boolean {
  const { tokens } = doc;
  const first = tokens[at];
  if (!first || at >= end || first.kind !== 'word' || doc.quoteAt[at] >= 0) return false;
  // a verb, a relative or a conjunction goes on the clause before ("42, had never filed", ", who was briefed,")
  if (/^(who|which|that|whose|whom|where|when|and|or|but|not|nor|if|than|as)$/.test(first.lower)) return false;
  if (!/ing$/.test(first.lower) && isVerb(first)) return false;
  if (SUBJECT_PRONOUN.test(first.lower)) return isVerb(tokens[at + 1]) || /^['’]/.test(tokens[at + 1]?.text ?? '');
  // the subject's words, then its verb, before any punctuation but a hyphen
  for (let i = at + 1; i < Math.min(end, at + MAIN_CLAUSE_SUBJECT_TOKENS); i++) {
    const token = tokens[i];
    if (token.kind !== 'word' && !/^[()\-.]$/.test(token.text)) return false;
    if (isVerb(token)) return true;
  }
  return false;
}

/**
 * A word that opens whom or what words are addressed to or about: a determiner, an object pronoun, a name or a plural
 * ("to the board", "to him", "to Clinton", "to clients"); never a verb's base ("to concede that …").
 */
function addressee(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  if (/^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|us|me|you)$/.test(token.lower)) return true;
  // ("to staff that", "told judges that": people named by a plural or a collective noun)
  return (
    token.capitalised ||
    isGroupNoun(token) ||
    AUDIENCES.test(token.lower) ||
    (/[^s]s$/.test(token.lower) && isPersonNoun(singularOf(token.lower)))
  );
}

/** Collective nouns for those words are addressed to: "said in a memo to staff that …". */
const AUDIENCES =
  /^(?:staff|employees|workers|members|shareholders|investors|supporters|donors|clients|customers|constituents|colleagues|parliament|congress|jurors|judges)$/;

/** Verbs whose words may be addressed to someone or be about something: "wrote to clients that", "said of the plan". */
const ADDRESSING_BASES =
  /^(?:say|write|explain|announce|report|insist|note|add|complain|signal|confirm|repeat|reiterate|indicate|declare|tweet|post)$/;

/** Nouns for what someone said or claimed: a "that" after them says what, not that the speaker holds it. */
const SAID_NOUN =
  /^(?:reports?|claims?|accusations?|allegations?|comments?|remarks?|suggestions?|rumou?rs?|notion|idea|charges?|assertions?|statements?|speculation|criticism|fears?|concerns?)$/;

/** Prepositions of place the lexicon reads as adjectives. */
const PLACE_PREPOSITION = /^(?:outside|inside|near|beside|behind|opposite)$/;

/** The most tokens of a place or an occasion read between a listener and its "that". */
const LISTENER_ADJUNCT_TOKENS = 8;

/**
 * The "that" after a prepositional phrase starting at `at` ("outside the court that …", "in a note on Monday that …"),
 * when only words of such a phrase stand between.
 */
function thatAfterAdjunct(doc: AnalysedText, at: number, end: number): number | undefined {
  const { tokens } = doc;
  const first = tokens[at];
  if (
    first?.kind !== 'word' ||
    !(/Preposition/.test(lexTag(first.lower) ?? '') || PLACE_PREPOSITION.test(first.lower) || first.lower === 'to') ||
    first.lower === 'that'
  )
    return undefined;
  for (let i = at + 1; i < Math.min(end, at + LISTENER_ADJUNCT_TOKENS); i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.quoteAt[i] >= 0) return undefined;
    // (not the "that" of a relative clause: "in a town that has …")
    if (token.lower === 'that') return isVerb(tokens[i + 1]) ? undefined : i;
    if (isVerbalWord(token.lower) && !/Noun|Singular|Plural/.test(lexTag(token.lower) ?? '')) return undefined;
  }
  return undefined;
}

/**
 * Where reported words end when the cue is the verb of a relative clause set off by commas ("Ann Roe, a nurse, who
 * argued that the clinic was unsafe, lost her job"): at the comma the main clause's verb follows; otherwise `end`.
 */
function relativeClauseEnd(doc: AnalysedText, cue: TokenRange, start: number, end: number): number {
  const { tokens } = doc;
  let before = cue.firstToken - 1;
  while (
    before > 0 &&
    tokens[before].kind === 'word' &&
    AUX_ADV.has(tokens[before].lower) &&
    !/^(?:who|which)$/.test(tokens[before].lower)
  )
    before--;
  if (!/^(?:who|which)$/.test(tokens[before]?.lower ?? '') || tokens[before - 1]?.text !== ',') return end;
  // (a relative clause inside the words is closed by a comma of its own: "the plan, which cost $4 million, was"; the
  // last such comma, after a list of verbs: "would raise taxes, cut services and hurt families, voted …")
  let inner = false;
  let main = end;
  for (let i = start + 1; i < Math.min(end, start + FRONTED_CLAUSE_TOKENS); i++) {
    if (tokens[i].text !== ',' || doc.quoteAt[i] >= 0) continue;
    const next = tokens[i + 1];
    if (inner) inner = false;
    // (not "…, said Smith": an attribution's verb; "…, voted against it" is the main clause's)
    else if (next && isVerb(next) && !/ing$/.test(next.lower) && !SPEECH_BASES.has(cueInfo(next.lower)?.base ?? ''))
      main = i;
    if (/^(?:who|which)$/.test(next?.lower ?? '')) inner = true;
  }
  return main;
}

/**
 * Where reported words end before the paper's remark on them: "…, though he did not provide figures", "…, without
 * giving details", "…, but declined to elaborate" (what the speaker did not say is no part of what was said).
 */
function remarkOnWordsEnd(doc: AnalysedText, start: number, end: number): number {
  const { tokens, text } = doc;
  for (let i = start + 1; i < end; i++) {
    if (tokens[i].text !== ',' || doc.quoteAt[i] >= 0) continue;
    const after = text.slice(tokens[i].end, Math.min(text.length, tokens[i].end + REMARK_CHARS));
    if (REMARK_ON_WORDS.test(after) || DISPUTED_WORDS.test(after)) return i;
  }
  return end;
}

/** How much after a comma is read for a remark on the words before it. */
const REMARK_CHARS = 80;
/** The paper's remark on reported words: what the speaker gave no detail or evidence of. */
const REMARK_ON_WORDS =
  /^\s*(?:(?:though|although|but)\s+(?:he|she|they|it|the\s+\w+)\s+(?:(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t)\s+(?:provide|give|offer|elaborate|specify|disclose|detail|name|cite|present|explain|say)|declined\s+to|gave\s+no|offered\s+no|provided\s+no)|but\s+(?:declined|refused)\s+to|without\s+(?:providing|giving|offering|citing|elaborating|specifying|naming|presenting))\b/i;

/**
 * The paper naming the words again with somebody else's judgement of them: "…, a figure her rival dismissed as …", "…,
 * a claim disputed by economists", "…, an estimate that the agency has questioned".
 */
const DISPUTED_WORDS =
  /^\s*an?\s+(?:figure|number|claim|estimate|assertion|charge|sum|amount|total|forecast|projection|prediction|statement|description|characteri[sz]ation)\s+(?:(?:that|which)\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(?:(?:has|have|had)\s+)?(?:disputed|dismissed|denied|rejected|called(?!\s+\p{Lu})|described|questioned|challenged|contested|critici[sz]ed|derided|mocked|ridiculed|branded|labell?ed|debunked|doubted)\b/iu;

/**
 * Whether the words from `from` to the sentence's end hold no comma, colon, dash or quote: one clause; or one clause and
 * then the attribution of the whole sentence after a comma ("responded, and the fire was out by 4 a.m., the chief
 * said": the chief's words are the sentence, the responding and all).
 */
function joinedClauseToEnd(doc: AnalysedText, from: number, end: number): boolean {
  for (let i = from; i < Math.min(end, from + FRONTED_CLAUSE_TOKENS); i++) {
    if (doc.tokens[i].text === ',' && i > from + 2 && doc.quoteAt[i] < 0 && closingAttribution(doc, i + 1, end))
      return true;
    if (doc.quoteAt[i] >= 0 || /^[,:;—–()]$|^--$/.test(doc.tokens[i].text)) return false;
  }
  return end - from <= FRONTED_CLAUSE_TOKENS;
}

/** How many tokens an attribution closing a sentence may take: "the county's fire chief, Dana Reyes, said". */
const CLOSING_ATTRIBUTION_TOKENS = 8;

/**
 * Whether the words from `from` to the sentence's end are an attribution closing it: a speech verb and its speaker,
 * in either order, nothing after them ("the chief said.", "said Lt. Ava Moss.").
 */
function closingAttribution(doc: AnalysedText, from: number, end: number): boolean {
  const { tokens } = doc;
  let last = end - 1;
  while (last >= from && tokens[last].kind === 'punct' && doc.quoteAt[last] < 0) last--;
  if (last < from || last - from >= CLOSING_ATTRIBUTION_TOKENS) return false;
  let verbs = 0;
  for (let i = from; i <= last; i++) {
    const token = tokens[i];
    if (doc.quoteAt[i] >= 0 || token.kind !== 'word') return false;
    const info = cueInfo(token.lower);
    if (info && SPEECH_BASES.has(info.base) && !QUOTE_ONLY_BASES.has(info.base)) verbs++;
    else if (/^(?:that|and|but|or|is|are|was|were|has|have|had|will|would)$/.test(token.lower)) return false;
  }
  // the verb first or last, the speaker on the other side: "the chief said", "said the chief"
  const edge = (at: number): boolean => {
    const info = cueInfo(tokens[at].lower);
    return !!info && SPEECH_BASES.has(info.base);
  };
  return verbs === 1 && last > from && (edge(from) || edge(last));
}

/** A weak cue in the passive ("can be deemed", "is widely considered"): its subject is what is believed, not who. */
function passiveBelief(doc: AnalysedText, cue: Cue): boolean {
  if (cue.strength !== 'weak' || !/(?:ed|en|ght)$/.test(doc.tokens[cue.firstToken].lower)) return false;
  let before = cue.firstToken - 1;
  while (before > 0 && /ly$/.test(doc.tokens[before].lower)) before--;
  return /^(?:be|been|being|is|are|was|were)$/.test(doc.tokens[before]?.lower ?? '');
}

/** How many tokens a main clause's subject may take before its verb. */
const MAIN_CLAUSE_SUBJECT_TOKENS = 14;

/** A finite verb as the lexicon or its form tells it: "denied", "has", "rose", "count". */
function isVerb(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || token.capitalised) return false;
  const tag = lexTag(token.lower);
  return (
    /Verb|Tense|Infinitive|Modal|Copula|Auxiliary/.test(tag ?? '') ||
    IRREGULAR_PAST.has(token.lower) ||
    !!cueInfo(token.lower) ||
    ((!tag || tag === 'Adjective') && /[^e]ed$/.test(token.lower))
  );
}

/** A comma between digits: "2,400". */
function inNumber(doc: AnalysedText, comma: number): boolean {
  const { tokens } = doc;
  const before = tokens[comma - 1];
  const after = tokens[comma + 1];
  return (
    !!before &&
    !!after &&
    before.end === tokens[comma].start &&
    after.start === tokens[comma].end &&
    /^\d/.test(after.text)
  );
}

/** A comma in a list: "taxes, spending and debt". */
function inList(doc: AnalysedText, comma: number): boolean {
  for (let i = comma + 1; i <= comma + 3 && i < doc.tokens.length; i++) {
    const token = doc.tokens[i];
    if (token.kind !== 'word') return false;
    if (/^(and|or)$/.test(token.lower)) return i > comma + 1;
  }
  return false;
}

/** A cue inside a comparison: "longer than markets expect", "as analysts had predicted" is no attribution of its own. */
function comparedCue(doc: AnalysedText, cue: TokenRange): boolean {
  for (let i = cue.firstToken - 1; i >= Math.max(0, cue.firstToken - 4); i--) {
    const token = doc.tokens[i];
    if (token.kind !== 'word') return false;
    if (token.lower === 'than') return true;
  }
  return false;
}

/**
 * The clause a cue reports, from token `start`: up to the next attribution in the sentence, and only when the verb
 * and its complement make it reported content ("said that …", "criticized the plan", a quote after a stance verb).
 */
function clauseAfterCue(context: CueContext, found: CueSource, start: number): CueContent | null {
  const { doc, sentence, cue, nextCue, claimed, isSpeech } = context;
  const { source, inverted } = found;
  const { tokens } = doc;
  let end = clauseEnd(doc, start, sentence.endToken, nextCue ? nextCue.firstToken : sentence.endToken);
  end = frontedClauseEnd(doc, sentence.firstToken, cue, source, start, end);
  end = relativeClauseEnd(doc, cue, start, end);
  end = remarkOnWordsEnd(doc, start, end);
  // another cue later in the sentence starts its own attribution: stop at the clause break before it (not a belief in
  // the passive: "…, even articles can be deemed secret" is no one's words of their own)
  if (
    nextCue &&
    nextCue.firstToken > start + 1 &&
    nextCue.firstToken < end &&
    !passiveBelief(doc, nextCue) &&
    !comparedCue(doc, nextCue)
  ) {
    for (let i = nextCue.firstToken - 1; i > start; i--) {
      // "said wages had risen and that the government would push ahead …": a second clause of the same cue
      // ("and that angered investors", "and that is why …": "that" is a pronoun when its verb follows it)
      const pronoun = isVerb(tokens[i + 2]) || /ed$/.test(tokens[i + 2]?.lower ?? '');
      if (tokens[i].lower === 'and' && tokens[i + 1]?.lower === 'that' && !pronoun && doc.quoteAt[i] < 0) break;
      if (punctuationInsideClosingMark(doc, i) && i + 1 < nextCue.firstToken) {
        end = i + 1;
        break;
      }
      if (doc.quoteAt[i] >= 0) continue;
      const token = tokens[i];
      // "said that his rival, Comptroller Ed Varga, had missed 40 percent of votes": the commas of an aside after the
      // clause's subject, with the later cue inside the aside or the predicate, are no break of the clause
      if (token.text === ',' && isAsideComma(doc, cue, start, i)) break;
      if (
        token.text === ',' ||
        token.text === ';' ||
        token.text === '—' ||
        token.text === '--' ||
        token.lower === 'and' ||
        token.lower === 'but' ||
        token.lower === 'while'
      ) {
        let breakAt = i;
        while (breakAt > start + 1 && tokens[breakAt - 1].kind === 'punct' && doc.quoteAt[breakAt - 1] < 0) breakAt--;
        end = breakAt;
        break;
      }
    }
  }
  if (end <= start) return null;
  // "Lee disputed that.": a pronoun alone reports nothing
  if (
    end === start + 1 &&
    /^(?:that|this|it|so)$/.test(tokens[start].lower) &&
    (end >= sentence.endToken || SENTENCE_END.has(tokens[end]?.text ?? ''))
  )
    return null;
  const opensWithThat = /^(that|whether|if|how|why|what)$/.test(tokens[start].lower);
  const quoted = context.sentenceQuotes.filter(
    (quoteIndex) =>
      doc.quotes[quoteIndex].openToken >= start &&
      doc.quotes[quoteIndex].openToken < end &&
      !claimed.has(quoteIndex) &&
      !looksLikeTitle(doc, quoteIndex) &&
      !/^so-called$/i.test(tokens[doc.quotes[quoteIndex].openToken - 1]?.text ?? ''),
  );
  const plain = !opensWithThat && !quoted.length;
  // "…had argued inside the bar before the shooting, police said", "the $2.45 billion analysts had expected, the
  // company said": what follows is another attribution's speaker and verb, nothing this cue reports
  if (plain && nextCue && tokens[start - 1]?.text === ',' && speakerOfNextCue(doc, start, nextCue, sentence.endToken))
    return null;
  // "had argued inside the bar", "conceded 14 goals", "called the police at 11 p.m.": verbs that also name a deed
  // report words only with what a quarrel was over, what was granted or what something was called
  // (a clause whose subject stands before the speaker has its verb in the words: "The allure, Furman argued, is …")
  if (plain && cue.endToken - cue.firstToken === 1 && !hasVerb(doc, start, end) && quarrelOrScore(doc, cue, start, end))
    return null;
  if (
    plain &&
    cue.base === 'call' &&
    cue.endToken - cue.firstToken === 1 &&
    !calledBefore(doc, source) &&
    !calledSomething(doc, start, sentence.endToken)
  )
    return null;
  // stance verbs with a speaker for a subject attribute whatever they take: "Bush criticized the plan"
  const documentFinding = DOCUMENT_VERBS.test(cue.base) && !!source && isDocumentLike(doc, source);
  const belief = BELIEF_VERBS.test(cue.base) && !!source && validSource(doc, source) && isFiniteClause(doc, start, end);
  // a verb with its preposition names a stance whatever its base: "pushed for free trade", "voted against the bill"
  const particle =
    cue.endToken - cue.firstToken >= 2 && !!PARTICLES_OF_VERB.get(cue.base)?.has(tokens[cue.endToken - 1].lower);
  const stance =
    (STANCE_BASES.has(cue.base) || documentFinding || belief || particle) &&
    !inverted &&
    !!source &&
    validSource(doc, source) &&
    tokens[start].kind !== 'punct' &&
    !startsNonComplement(doc, start, end);
  // "the account Trump retweeted was set up as a trap", "the question nobody asked was bellicose": a verb that takes no
  // clause, followed straight by a finite verb, has its object in the noun before it; what follows is the sentence's
  // own predicate, the paper's narration
  if (
    plain &&
    !CLAUSE_TAKING.test(cue.base) &&
    /^(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do)$/.test(
      tokens[start].lower,
    ) &&
    start === cue.endToken
  )
    return null;
  // "responded by pointing a finger", "responded by abruptly blocking access", "responded as if he had been hurt": how
  // somebody reacted, a deed; "countered by suggesting four other nights" reports words, as its verb says
  if (plain && deedNotWords(doc, start, end)) return null;
  // "said in a statement", "wrote in his memo", "was confirmed by the Senate": a phrase of place, time, medium or
  // agent is when, where and how the words came, and nothing of what they said
  if (plain && onlyAdjunctPhrases(doc, start, end)) return null;
  const ambiguous = AMBIGUOUS_CUES.has(tokens[cue.firstToken].lower) && cue.endToken - cue.firstToken === 1;
  if ((cue.base === 'continue' || QUOTE_ONLY_BASES.has(cue.base)) && plain) return null;
  // "supports the stadium plan", "voted for Lee", "wants a wall": backing or wanting a thing is a stance, no words
  // anyone said (the annotators of PolNeAR take fewer than half of these for attributions)
  if (
    BACKING_BASES.test(cue.base) &&
    plain &&
    !isSpeech &&
    tokens[start].lower !== 'to' &&
    !isFiniteClause(doc, start, end)
  )
    return null;
  // "spoke to reporters", "felt betrayed", "member states": these report something only with "that" or a particle
  if (
    /^(speak|talk|feel|state)$/.test(cue.base) &&
    plain &&
    (cue.endToken - cue.firstToken < 2 || /^(to|with)$/.test(tokens[cue.endToken - 1].lower))
  )
    return null;
  // "maintained a lead", "points for style": these report only a clause or a quote
  if (/^maintain$/.test(cue.base) && plain) return null;
  // "added 255,000 jobs", "adding to her delegate lead", "add another title to his resume": "add" with a thing for its
  // object is a sum, not a remark; it reports only a clause or a quote
  // (a counted object is one whatever verb follows it in a clause of its own: "added eight assists as the Hawks won")
  if (cue.base === 'add' && plain && (!hasVerb(doc, start, end) || countedObject(doc, start, end))) return null;
  if (/^points?$/.test(tokens[cue.firstToken].lower) && cue.endToken - cue.firstToken < 2 && plain) return null;
  if (plain && businessDeed(doc, cue, start, end)) return null;
  if (!stance) {
    if (ambiguous && plain && cue.strength !== 'strong') return null;
    if (cue.strength === 'weak' && plain) return null;
    // infinitive and noun phrase complements are reported speech only after speech verbs
    if (plain && !isSpeech) return null;
    if (plain && tokens[start].lower === 'to') return null;
    if (plain && !looksLikeClause(doc, start, end)) return null;
  }
  // a quoted fragment alone after a non-speech verb must look like speech, not a title
  if (quoted.length && !isSpeech && !opensWithThat && !stance) {
    const quote = doc.quotes[quoted[0]];
    if (!ambiguous && cue.strength === 'weak') return null;
    let words = 0;
    for (let i = quote.openToken; i <= quote.closeToken; i++) if (tokens[i].kind === 'word') words++;
    if (words < 3) return null;
  }
  // the content is nothing but a quote another attribution already took: a second reading of the same words
  if (
    !quoted.length &&
    wordsOnlyInQuotes(doc, start, end) &&
    doc.quoteAt[start] >= 0 &&
    claimed.has(doc.quoteAt[start])
  )
    return null;
  // "Trump, who said he would build a wall, won the primary": the relative clause ends before the main verb
  if (
    source &&
    tokens[source.endToken]?.text === ',' &&
    /^(who|which)$/.test(tokens[source.endToken + 1]?.lower ?? '') &&
    source.endToken + 1 < cue.firstToken
  ) {
    const aside = asideAfterSubject(doc, cue, start);
    for (let i = start + 1; i < end - 1; i++) {
      if (doc.quoteAt[i] >= 0 || tokens[i].text !== ',' || i === aside?.close) continue;
      const verb = tokens[i + 1];
      if (
        verb.kind === 'word' &&
        !verb.capitalised &&
        (isVerbalWord(verb.lower) || /Verb|PastTense|PresentTense/.test(lexTag(verb.lower) ?? '')) &&
        !/ing$/.test(verb.lower)
      ) {
        end = i;
        break;
      }
    }
  }
  // the object of a verb and its preposition is a noun phrase: it ends at the first comma ("voted for the Ohio
  // governor, compared to 39 percent for …")
  if (particle && plain) {
    for (let i = start + 1; i < end; i++) {
      if (doc.quoteAt[i] < 0 && /^[,;:(—–]$|^--$/.test(tokens[i].text)) {
        end = i;
        break;
      }
    }
  }
  // "cited the figure at a forum viewed by 9 million people": after a noun phrase object, the occasion and what the
  // paper says of it are the paper's narration, not part of what was said
  if (plain && /^(the|a|an|his|her|their|its|this|these|those)$/.test(tokens[start].lower))
    end = beforeOccasion(doc, start, end);
  // "charged the officer with murder, and the mayor released the video hours later": after a noun phrase object, a
  // clause joined with a subject of its own tells what came next, the paper's narration
  if (plain) end = beforeJoinedClause(doc, start, end);
  const subject =
    source && !inverted
      ? (subjectBeforeSpeaker(doc, sentence.firstToken, source, cue, start) ??
        subjectBeforeAside(doc, sentence.firstToken, source, cue, start))
      : undefined;
  // (", which she said would cost $2 billion, passed": a relative clause set off ends at its closing comma, the one the
  // sentence's verb follows; of an object, "blasted the system, which he said leaves voters, chiefly the poor,
  // unheard", it runs to the sentence's end)
  if (subject?.setOff) end = commaBeforeVerb(doc, start, end) ?? end;
  return {
    parts: [{ start: tokens[start].start, end: tokens[end - 1].end }],
    quoteIndices: quoted,
    kind: quoted.length ? (wordsOnlyInQuotes(doc, start, end) ? 'direct' : 'partial') : 'indirect',
    ...(subject && { subject: subject.range }),
  };
}

/**
 * Whether "argued" or "conceded" with no clause name a deed: a quarrel with where, how or whom ("had argued inside
 * the bar", "argued loudly", "argued with the referee"; not what it was over: "argued over health care", "arguing its
 * advantages") or a score given up ("conceded 14 goals", "conceded a penalty"; not "conceded defeat").
 */
function quarrelOrScore(doc: AnalysedText, cue: Cue, start: number, end: number): boolean {
  const first = doc.tokens[start];
  if (cue.base === 'argue')
    return (
      first.kind !== 'word' ||
      /ly$/.test(first.lower) ||
      (ADJUNCT_PREPS.has(first.lower) && !ARGUED_OVER.test(first.lower)) ||
      QUARREL_PREPS.test(first.lower)
    );
  if (cue.base !== 'concede') return false;
  for (let at = start; at < end && at < start + SCORE_WORDS; at++) if (SCORE.test(doc.tokens[at].lower)) return true;
  return /^\d/.test(first.text);
}

/** What a quarrel is over: "argued over health care", "argued about how to …". */
const ARGUED_OVER = /^(?:over|about|for|against)$/;
/** Where, when or with whom a quarrel was: "argued inside the bar", "argued with the host". */
const QUARREL_PREPS = /^(?:inside|outside|near|with|behind|until)$/;
/** A score given up in a game: "conceded a penalty", "conceded two late goals". */
const SCORE =
  /^(?:goals?|penalty|penalties|points?|runs?|tries|try|corners?|sets?|games?|wickets?|touchdowns?|baskets?|free-kicks?|kicks?)$/;
/** How far into the words a score's noun is looked for ("conceded two late goals"). */
const SCORE_WORDS = 4;

/**
 * Whether the words from `start` are a noun phrase and the next cue ending the sentence: "…, police said.", the
 * speaker and verb of the sentence's attribution.
 */
function speakerOfNextCue(doc: AnalysedText, start: number, nextCue: Cue, sentenceEnd: number): boolean {
  const phrase = nounPhraseStartingAt(doc, start, nextCue.firstToken);
  if (!phrase || phrase.endToken !== nextCue.firstToken) return false;
  // (the sentence ends there, or goes on with the speaker's next verb: "…, an official said, adding that …"; not
  // "He hoped, he said, that the paper …", an aside inside the words)
  const after = doc.tokens[nextCue.endToken];
  return (
    nextCue.endToken >= sentenceEnd ||
    SENTENCE_END.has(after.text) ||
    (after.text === ',' && /ing$/.test(doc.tokens[nextCue.endToken + 1]?.lower ?? ''))
  );
}

/**
 * Whether the thing called stands before the verb, the words after it being only what it was called: "what he called
 * tribalism", "a bill which critics called anti-gay", "the tactics that critics called a disgrace" (not "says that
 * Clinton called Machado", a verb's "that").
 */
function calledBefore(doc: AnalysedText, source: TokenRange | null): boolean {
  const { tokens } = doc;
  const before = tokens[(source?.firstToken ?? 0) - 1];
  if (!source || !before || before.kind !== 'word') return false;
  if (before.lower !== 'that') return /^(?:what|which)$/.test(before.lower);
  const noun = tokens[source.firstToken - 2];
  return !!noun && noun.kind === 'word' && !isVerbalWord(noun.lower) && !/Tense/.test(lexTag(noun.lower) ?? '');
}

/**
 * Whether what follows "called" names a thing and what it was called ("called the plan a disaster", "called it
 * unfair", "called Trump his friend", "called her vote for the war a mistake"), not a thing alone with when, where or
 * why ("called the police at 11 p.m.", "called police, who came", "called the mayor on Friday to thank her").
 */
function calledSomething(doc: AnalysedText, start: number, end: number): boolean {
  const { tokens } = doc;
  const object = nounPhraseStartingAt(doc, start, end);
  // ("Cruz called them on it:" and the words after the colon)
  if (!object || tokens[end - 1].text === ':') return true;
  // (the phrase read may end with what it was called: "the bill dead", "the charges unsubstantiated"; not with how
  // they were called: "the players together")
  const last = tokens[object.endToken - 1];
  if (adjectiveOrParticiple(last) && last.lower !== 'together') return true;
  let next = object.endToken;
  while (next < end && /ly$/.test(tokens[next].lower)) next++;
  // right after the one called: "it the nerd prom", "himself pro-choice", "Shelby's actions racially motivated"
  const after = tokens[next];
  if (next < end && after.kind === 'word' && !CALLED_ONLY_WITH.test(after.lower)) return true;
  // further on, up to who was called or what for ("called the mayor on Friday to thank her"): a quote, or "a …" or
  // an adjective after a noun ("her vote for the war a mistake", "the squabble with the agency unusual")
  for (let at = object.endToken; at < end; at++) {
    const token = tokens[at];
    if (doc.quoteAt[at] >= 0) return true;
    if (/^(?:who|which)$/.test(token.lower) || (token.lower === 'to' && purposeAfter(tokens[at + 1]))) return false;
    const before = tokens[at - 1];
    if (before.kind !== 'word' || ADJUNCT_PREPS.has(before.lower) || FUNCTION_WORDS.has(before.lower)) continue;
    // (a participle this far on is as likely a verb of its own: "at 11 p.m. Another resident called 911")
    // (nor is how they were called: "called the players together")
    const adjective = adjectiveOrParticiple(token) && !/ed$/.test(token.lower) && token.lower !== 'together';
    if (/^(?:a|an)$/.test(token.lower) || adjective) return true;
  }
  return false;
}

/**
 * Whether the word is an adjective or a participle: "dead", "unfair", "unsubstantiated", or one the lexicon does not
 * know by its ending ("lawful", "sexist", "unusual", "pro-choice").
 */
function adjectiveOrParticiple(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || token.capitalised) return false;
  const tag = lexTag(token.lower);
  return /Adjective/.test(tag ?? '') || /ed$/.test(token.lower) || (!tag && ADJECTIVE_FORM.test(token.lower));
}

/** The forms of adjectives: "lawful", "sexist", "unusual", "divisive", "pro-choice". */
const ADJECTIVE_FORM = /(?:ful|ous|ist|ic|ive|able|ible|less|ish|ual|ial|ary)$|^(?:pro|anti|non|un)-/;

/** Whether the word after "to" opens a purpose ("to thank her", "to express gratitude"), not a place ("to the stage"). */
function purposeAfter(token: Token | undefined): boolean {
  return (
    !!token && token.kind === 'word' && !token.capitalised && !FUNCTION_WORDS.has(token.lower) && !/\d/.test(token.text)
  );
}

/** What follows the one called, not what they were called: a time, a place, a purpose, a relative clause, a gathering. */
const CALLED_ONLY_WITH =
  /^(?:at|in|on|to|from|for|after|before|about|with|when|while|and|but|or|who|which|that|because|since|as|during|around|again|back|twice|yesterday|today|tonight|last|this|early|earlier|late|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|up|off|into|over|shortly|soon|immediately|every|each|together)$/;

/** How many tokens the subject of reported words, and an aside set off after it, are read for one. */
const ASIDE_TOKENS = 14;
/** Words that open an aside which has a verb of its own: "which Democrats oppose", "including cuts to …". */
const ASIDE_OPENER = /^(?:who|whom|whose|which|including|among|like|such|excluding)$/;

/**
 * The two commas of an aside set off after the subject of reported words starting at `start` ("that his rival,
 * Comptroller Ed Varga, had missed …", "the plan's offsets, including cuts to solar credits, would cover …", "the
 * bill, which Democrats oppose, would raise …"): a subject with no verb, then a noun phrase or a relative or
 * "including" phrase, then the clause's own verb (not an attribution's: "…, Smith said").
 */
function asideAfterSubject(doc: AnalysedText, cue: Cue, start: number): { open: number; close: number } | undefined {
  const { tokens } = doc;
  // a clause, after "that" or a verb that takes one (what "supported" or "backing" takes is its object: "supported
  // Sen. Bernie Sanders, I-Vt., now support …")
  const that = tokens[start]?.lower === 'that';
  if (!that && !CLAUSE_TAKING.test(cue.base)) return undefined;
  const first = that ? start + 1 : start;
  const open = asideComma(doc, first);
  if (open === undefined || open === first || hasVerb(doc, first, open)) return undefined;
  // ("the super PAC supporting her, Priorities USA Action, will …": an object pronoun is no clause's subject)
  if (open === first + 1 && OBJECT_PRONOUN.test(tokens[first].lower)) return undefined;
  const close = asideComma(doc, open + 1);
  if (close === undefined || close === open + 1) return undefined;
  if (!ASIDE_OPENER.test(tokens[open + 1].lower) && hasVerb(doc, open + 1, close)) return undefined;
  let verb = close + 1;
  while (verb < close + 3 && tokens[verb]?.kind === 'word' && AUX_ADV_ONLY.test(tokens[verb].lower)) verb++;
  const token = tokens[verb];
  if (!isVerb(token) || doc.quoteAt[verb] >= 0 || /ing$/.test(token.lower)) return undefined;
  if (SPEECH_BASES.has(cueInfo(token.lower)?.base ?? '')) return undefined;
  return { open, close };
}

/** Pronouns that are no subject. */
const OBJECT_PRONOUN = /^(?:her|him|them|us|me)$/;

/** Adverbs between a subject and its verb: "his rival, Ed Varga, also had …". */
const AUX_ADV_ONLY =
  /^(?:also|never|still|already|now|once|often|recently|previously|repeatedly|reportedly|allegedly)$/;

/**
 * The first comma from `from`, within the bound, when only words, hyphens, periods of initials and apostrophes come
 * before it (no quote, no other mark).
 */
function asideComma(doc: AnalysedText, from: number): number | undefined {
  const { tokens } = doc;
  for (let i = from; i < Math.min(tokens.length, from + ASIDE_TOKENS); i++) {
    const token = tokens[i];
    if (doc.quoteAt[i] >= 0) return undefined;
    if (token.text === ',') return i;
    if (token.kind !== 'word' && !/^[-.'’&]$/.test(token.text)) return undefined;
  }
  return undefined;
}

/** Whether the comma at `comma` opens or closes an aside after the subject of reported words starting at `start`. */
function isAsideComma(doc: AnalysedText, cue: Cue, start: number, comma: number): boolean {
  const aside = asideAfterSubject(doc, cue, start);
  return !!aside && (aside.open === comma || aside.close === comma);
}

/** Auxiliaries and modals that open reported words whose subject stands before the speaker. */
const OPENING_VERB = /^(?:would|will|had|has|have|was|were|is|are|could|can|should|might|may|must|did|does|do)$/;

/**
 * The subject of reported words that open with their verb, standing before the speaker: "pension costs, which she
 * said had risen 30 percent", "the wall he said would cost $8 billion". `setOff`: the relative clause is set off by
 * commas, and ends at the main clause's verb.
 */
function subjectBeforeSpeaker(
  doc: AnalysedText,
  sentenceStart: number,
  source: TokenRange,
  cue: Cue,
  start: number,
): { range: CharRange; setOff: boolean } | undefined {
  const { tokens } = doc;
  if (start !== cue.endToken || source.endToken !== cue.firstToken) return undefined;
  // the speaker a pronoun or a short name ("she", "Lee"), right after the relative word or the noun
  if (source.endToken - source.firstToken > 3) return undefined;
  let last = source.firstToken - 1;
  const relative = /^(?:which|that)$/.test(tokens[last]?.lower ?? '');
  if (relative) last--;
  const setOff = relative && tokens[last]?.text === ',';
  if (setOff) last--;
  // (", which the governor said saves $40 million a year,": set off, the relative word is the subject of any verb)
  if (
    !OPENING_VERB.test(tokens[start]?.lower ?? '') &&
    !(setOff && tokens[last + 2]?.lower === 'which' && lexicalVerbAt(doc, start))
  )
    return undefined;
  const head = tokens[last];
  if (!head || head.kind !== 'word' || last < sentenceStart || (!relative && isVerbalWord(head.lower)))
    return undefined;
  const phrase = nounPhraseEndingAt(doc, last, sentenceStart);
  if (!phrase || isPronounPhrase(doc, phrase) || phrase.endToken - phrase.firstToken > 6) return undefined;
  // only a whole common noun phrase: not a name, a number or a possessive's ("Sudan", "2013", "his hands"), nor the
  // last words of a longer one ("credits" of "child tax credits", "corporate class" of "political and corporate
  // class", "muscle" of "a show of muscle") or the object of "in", "to" ("a trip in 2013 that")
  const words = tokens.slice(phrase.firstToken, phrase.endToken);
  const opener = tokens[phrase.firstToken - 1];
  // ("a move that he said …" names no move; "The money that he said was stolen turned up …": a relative clause of
  // the sentence's subject without commas runs into the main verb, not to be cut safely)
  // (set off, "a flat income tax, which she said costs …" is the one thing the sentence named, by its words)
  const indefinite = /^(?:a|an)$/.test(words[0].lower);
  if ((indefinite && !(setOff && words.length >= 3)) || (!setOff && phrase.firstToken === sentenceStart))
    return undefined;
  const whole =
    /^(?:the|this|that|these|those|a|an)$/.test(words[0].lower) ||
    !opener ||
    opener.kind === 'punct' ||
    /^(?:on|about|over|against)$/.test(opener.lower);
  if (!whole || head.capitalised || /^\d/.test(head.text) || words.some((word) => POSSESSIVE.test(word.lower)))
    return undefined;
  return { range: { start: tokens[phrase.firstToken].start, end: tokens[phrase.endToken - 1].end }, setOff };
}

/**
 * Whether the word at `at` is a verb in the present or the past with no auxiliary: "saves", "costs", "rose" (not the
 * subject of a verb that follows it: "which he said voters rejected").
 */
function lexicalVerbAt(doc: AnalysedText, at: number): boolean {
  const token = doc.tokens[at];
  if (!token || token.kind !== 'word' || token.capitalised || doc.quoteAt[at] >= 0) return false;
  const lower = token.lower;
  if (/ing$|(?:ss|us|is)$/.test(lower) || FUNCTION_WORDS.has(lower)) return false;
  if (!(/[^s]s$|ed$/.test(lower) || IRREGULAR_PAST.has(lower))) return false;
  // (past an adverb: "which he said voters also rejected")
  const next = AUX_ADV.has(doc.tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  return next < doc.tokens.length && !isVerb(doc.tokens[next]) && doc.tokens[next].lower !== 'of';
}

/** Possessive determiners, whose owner the reported words would have to name. */
const POSSESSIVE = /^(?:his|her|their|its|my|our|your)$/;

/**
 * Whether the attribution [source, cue] is set off by commas between the sentence's subject and its verb: "The mayor,
 * aides say, will resign", "The man who robbed the bank, police say, sat in the car" (a phrase from the sentence's
 * start with no verb of its own outside a relative clause or a participle; after the aside, a verb).
 */
export function asideSplitsSubject(doc: AnalysedText, sentenceStart: number, source: TokenRange, cue: Cue): boolean {
  const { tokens } = doc;
  const comma = source.firstToken - 1;
  if (source.endToken !== cue.firstToken || tokens[comma]?.text !== ',' || tokens[cue.endToken]?.text !== ',')
    return false;
  // (a one-word subject is a name: "Hale, the mayor said, was never told"; not "However," or "Yes,")
  if (comma - sentenceStart > ASIDE_SUBJECT_TOKENS) return false;
  if (comma - sentenceStart < 2 && !(comma - sentenceStart === 1 && isOneWordName(tokens[sentenceStart]))) return false;
  const verb = cue.endToken + 1;
  if (!OPENING_VERB.test(tokens[verb]?.lower ?? '') && !lexicalVerbAt(doc, verb)) return false;
  const first = tokens[sentenceStart];
  if (!/^(?:the|a|an|this|that|these|those)$/.test(first.lower) && !first.capitalised) return false;
  // no clause of its own before the aside ("The plan failed, she said, …"): a verb only after a relative word, or a
  // participle ("accused of")
  let relative = false;
  for (let i = sentenceStart; i < comma; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || doc.quoteAt[i] >= 0) return false;
    if (/^(?:who|which|that)$/.test(token.lower)) relative = true;
    else if (!relative && i > sentenceStart && OPENING_VERB.test(token.lower)) return false;
    else if (!relative && i > sentenceStart && lexicalVerbAt(doc, i) && !/ed$/.test(token.lower)) return false;
  }
  return true;
}

/** A capitalised word the lexicon knows as a name or place, or does not know at all ("Hale", "Obama", "Chicago"). */
function isOneWordName(token: Token): boolean {
  if (token.kind !== 'word' || !token.capitalised || FUNCTION_WORDS.has(token.lower)) return false;
  const tag = lexTag(token.lower);
  return tag === undefined || /Name|Person|Place|Country|City|Region|Organization/.test(tag);
}

/** The most tokens of a sentence's subject before an attribution set off inside the sentence. */
const ASIDE_SUBJECT_TOKENS = 10;

/**
 * The subject opening the sentence when the attribution is set off by commas between it and its verb: "The mayor,
 * aides say, will resign on Friday", "The man accused of the robbery, police say, sat in the car for an hour" (a
 * phrase with no verb of its own outside a relative clause or a participle, and the words after the aside opening
 * with their verb).
 */
function subjectBeforeAside(
  doc: AnalysedText,
  sentenceStart: number,
  source: TokenRange,
  cue: Cue,
  start: number,
): { range: CharRange; setOff: boolean } | undefined {
  const { tokens } = doc;
  if (start !== cue.endToken + 1 || !asideSplitsSubject(doc, sentenceStart, source, cue)) return undefined;
  const first = tokens[sentenceStart];
  const comma = source.firstToken - 1;
  return { range: { start: first.start, end: tokens[comma - 1].end }, setOff: false };
}

/** The first comma in [start, end) outside quotes with a verb or a relative word right after it (past an adverb in -ly). */
function commaBeforeVerb(doc: AnalysedText, start: number, end: number): number | undefined {
  const { tokens } = doc;
  for (let i = start + 1; i < end; i++) {
    if (tokens[i].text !== ',' || doc.quoteAt[i] >= 0) continue;
    let next = i + 1;
    if (next < end && tokens[next].kind === 'word' && /ly$/.test(tokens[next].lower)) next++;
    const word = tokens[next];
    if (word?.kind !== 'word' || word.capitalised) continue;
    // (a relative clause after it tells of its noun: "…, who was nominated in 2011" is the paper's)
    if (MAIN_VERB.test(lexTag(word.lower) ?? '') || /^(?:who|whose|which)$/.test(word.lower)) return i;
    // (a verb in -s the lexicon knows as a plural noun, not one of a list: "…, costs $80,000 a year", not "…,
    // workers and students")
    if (
      lexTag(word.lower) === 'Plural' &&
      /[^s]s$/.test(word.lower) &&
      !/^(?:and|or|,)$/.test(tokens[next + 1]?.lower ?? ',')
    )
      return i;
  }
  return undefined;
}

/** The tags of a verb that can be a sentence's main verb after its subject: "passed", "would", "is", "costs". */
const MAIN_VERB = /^(?:PastTense|PresentTense|Modal|Copula|Auxiliary)$/;

/** Events at which things are said: "at a forum", "during Tuesday’s town hall". */
const OCCASIONS =
  /^(forum|rally|debate|hall|hearing|event|meeting|conference|speech|interview|dinner|luncheon|summit|convention|fundraiser|gathering|briefing|ceremony|broadcast)s?$/;

/** The end of a content [start, end) before an "at"/"during" that names the occasion, or `end`. */
function beforeOccasion(doc: AnalysedText, start: number, end: number): number {
  const { tokens } = doc;
  for (let i = start + 1; i < end; i++) {
    // what follows "that" is the reported clause again ("told delegates at the convention that …")
    if (tokens[i].kind === 'word' && /^(that|whether|why|how|what|who|which)$/.test(tokens[i].lower)) return end;
    if (doc.quoteAt[i] >= 0 || tokens[i].kind !== 'word' || !/^(at|during)$/.test(tokens[i].lower)) continue;
    for (let j = i + 1; j < Math.min(end, i + 6); j++) {
      if (tokens[j].kind !== 'word' && !/^['’]s$/.test(tokens[j].text)) break;
      // "the law doesn't require witnesses to show up at a hearing": the occasion inside a clause is what was said
      if (OCCASIONS.test(tokens[j].lower)) return hasVerbGroup(doc, start, i) ? end : i;
    }
  }
  return end;
}

/**
 * Where a clause with its own subject joined after a comma ("…, and the mayor released …", "…; prosecutors said …")
 * starts, when the words before it have no verb (an object, not a clause): the comma's index, else `end`.
 */
function beforeJoinedClause(doc: AnalysedText, start: number, end: number): number {
  const { tokens } = doc;
  for (let i = start + 1; i < end - 1; i++) {
    if (doc.quoteAt[i] >= 0 || !/^[,;]$/.test(tokens[i].text)) continue;
    // (not "while", whose clause a finding or a claim compares: "showed Trump ahead, while Rubio was at 18%")
    const joiner = /^(?:and|but|yet|so)$/.test(tokens[i + 1].lower) ? i + 2 : tokens[i].text === ';' ? i + 1 : -1;
    if (joiner < 0 || hasVerb(doc, start, i)) continue;
    // (a relative clause the object opens goes on past its commas: "an optimist whose age, 44, and background …")
    if (tokens.slice(start, i).some((token) => /^(?:who|whose|which|that|to)$/.test(token.lower))) return end;
    // (its subject a noun phrase and its verb right after: not "…, and a need to raise the minimum wage")
    const subject = nounPhraseStartingAt(doc, joiner, end);
    if (subject && subject.endToken < end && isVerb(tokens[subject.endToken]) && opensMainClause(doc, joiner, end))
      return i;
  }
  return end;
}

const AUXILIARIES =
  /^(is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|not|n['’]t|to)$/;

/** Whether tokens [start, end) hold an auxiliary, a negation or an infinitive: a clause, not a noun phrase. */
function hasVerbGroup(doc: AnalysedText, start: number, end: number): boolean {
  for (let i = start; i < end; i++)
    if (doc.tokens[i].kind === 'word' && AUXILIARIES.test(doc.tokens[i].lower)) return true;
  return false;
}

/**
 * A complement that tells what somebody did rather than said: "by" and a gerund that is no verb of speech ("by
 * pointing a finger in her face", "by abruptly blocking …"), or "as if"/"as though" and a clause; not when a "that" clause
 * in it says what the deed argued.
 */
function deedNotWords(doc: AnalysedText, start: number, end: number): boolean {
  const { tokens } = doc;
  const first = tokens[start];
  if (first.kind !== 'word') return false;
  // "by using the example of Chicago to prove that gun control is not the solution": an argument after all
  for (let i = start; i < end; i++) if (/^(that|whether)$/.test(tokens[i].lower)) return false;
  if (first.lower === 'as' && /^(if|though)$/.test(tokens[start + 1]?.lower ?? '')) return true;
  if (first.lower !== 'by') return false;
  let at = start + 1;
  if (at < end && tokens[at].kind === 'word' && /ly$/.test(tokens[at].lower)) at++;
  const gerund = tokens[at];
  return (
    at < end &&
    gerund.kind === 'word' &&
    doc.quoteAt[at] < 0 &&
    /ing$/.test(gerund.lower) &&
    !/^(saying|telling|asking|arguing|noting|writing|making|calling|suggesting|claiming|declaring|insisting|urging|accusing|criticizing|stating|explaining|announcing|tweeting|posting|citing|questioning|warning|promising|vowing|implying|admonishing|attacking|praising|blaming|labeling|describing|mocking|denouncing|condemning|challenging|demanding|threatening|denying|dismissing|rejecting|disputing|insulting|ridiculing|defending|asserting|repeating|reminding)$/.test(
      gerund.lower,
    ) &&
    // ("by pointing out Trump's bankruptcies" reports words; "by pointing a finger" is a deed)
    !(gerund.lower === 'pointing' && tokens[at + 1]?.lower === 'out')
  );
}

/**
 * Who buys or is served: a company's offer to them is a sale, not words ("offered customers a grace period"); what an
 * employer offers its workers is its policy, a stance ("does not offer workers paid leave"), and what it offers its
 * shareholders or investors as often a forecast ("offered shareholders a forecast of 10 percent growth").
 */
const CUSTOMERS =
  /^(?:customers|clients|buyers|shoppers|consumers|subscribers|users|passengers|riders|travelers|travellers|tenants|renters|borrowers|homeowners|depositors|policyholders|guests|diners)$/;

/** What one unveils that says something: "unveiled a proposal", "unveiled a list of endorsements". */
const PROPOSALS =
  /^(?:plan|plans|proposal|proposals|list|endorsements|agenda|platform|policy|policies|budget|bill|bills|legislation|framework|blueprint|strategy|initiative|initiatives|report|statement|vision|manifesto|guidelines|rules|regulations|principles|demands|priorities|nickname|slogan|message|package|program|programme|measures|charges|reforms|tariffs|sanctions|scheme|roadmap|findings|data|forecast|estimates)$/;

/** Words that end the head of an object noun phrase: "a list of …", "a plan that …". */
const OBJECT_END = /^(?:of|for|to|in|on|at|with|from|by|that|which|who|and|or)$/;

/**
 * Deals a company agrees to: "agreed to acquire Brenna", "agreed to sell its stake" (to pay is a promise, what the payer
 * undertakes: "agreed to pay $3 million to settle …").
 */
const TRANSACTION_VERBS = /^(?:acquire|buy|purchase|sell|merge|lease|license|supply|divest|combine)$/;

/** What a company books in its accounts, which it posts as a deed: "posted a loss", "posts record profit". */
const RESULT_NOUNS =
  /^(?:loss|losses|profit|profits|gain|gains|deficit|surplus|earnings|revenue|revenues|sales|income|margin|margins|decline|drop|rise|increase|growth|record|quarter)$/;

/** Words that may open a counted object before its number: "about 240,000", "more than 1 million". */
const QUANTITY_OPENER =
  /^(?:about|nearly|almost|roughly|some|over|around|approximately|more|fewer|than|up|to|at|least)$/;

/**
 * A reporting verb used of a company's or a team's deed, its object a thing, a number or a product rather than a clause
 * or a quote: "charged customers fees of $30" (billing; an accusation is "charged him with …" or "charged that …"),
 * "is recalling 240,000 scooters" (a counted recall; a memory is "recalled the day …"), "unveiled a laptop" (a product
 * shown; what is said of it is a clause), "agreed to acquire Brenna" (a deal), "offered customers a grace period" (a
 * deal offered to buyers), "posted a loss" (a result booked).
 */
function businessDeed(doc: AnalysedText, cue: Cue, start: number, end: number): boolean {
  const { tokens } = doc;
  const first = tokens[start];
  if (first.kind !== 'word') return false;
  switch (cue.base) {
    case 'charge':
      // ("charged with or convicted of violating …": the charge of a crime)
      if (cue.endToken - cue.firstToken > 1 || /^(?:of|with)$/.test(first.lower) || objectIsClause(doc, start, end))
        return false;
      // ("charged two men in the robbery", "charged the treasurer in the theft": a crime's charge written with "in")
      for (let i = start; i < end; i++) if (/^(?:with|in)$/.test(tokens[i].lower)) return false;
      return true;
    case 'recall': {
      let at = start;
      while (at < end && at - start < 3 && QUANTITY_OPENER.test(tokens[at].lower)) at++;
      // (a year is a memory, not a count: "recalled 1987, the year the mill closed")
      return (
        at < end &&
        /^\d/.test(tokens[at].text) &&
        !/^(?:1[89]|20)\d\d$/.test(tokens[at].text) &&
        !objectIsClause(doc, start, end)
      );
    }
    case 'unveil': {
      // (a plan or a list of endorsements unveiled is what its author proposes: "unveiled a proposal to …")
      if (objectIsClause(doc, start, end)) return false;
      // (the words up to the object's first preposition: "an endorsement list of 85 mayors")
      // ("a $500 million housing package": past a figure's sign too)
      const inObject = (i: number) =>
        (tokens[i].kind === 'word' || tokens[i].text === '$') && !OBJECT_END.test(tokens[i].lower);
      for (let i = start; i < end && inObject(i); i++) if (PROPOSALS.test(tokens[i].lower)) return false;
      return true;
    }
    case 'agree':
      return tokens[cue.endToken - 1].lower === 'to' && TRANSACTION_VERBS.test(first.lower);
    case 'offer':
      return cue.endToken - cue.firstToken === 1 && CUSTOMERS.test(first.lower);
    case 'post': {
      if (objectIsClause(doc, start, end)) return false;
      const object = nounPhraseStartingAt(doc, start, end);
      if (!object) return false;
      for (let i = object.firstToken; i < object.endToken; i++) if (RESULT_NOUNS.test(tokens[i].lower)) return true;
      return false;
    }
    default:
      return false;
  }
}

/** Whether the words from `start` open a clause: a noun phrase and then a verb ("the fees were unfair"). */
function objectIsClause(doc: AnalysedText, start: number, end: number): boolean {
  const subject = nounPhraseStartingAt(doc, start, end);
  if (!subject || subject.endToken >= end) return false;
  const next = doc.tokens[subject.endToken];
  return next.kind === 'word' && !next.capitalised && hasVerb(doc, subject.endToken, subject.endToken + 1);
}

/** Words that count what they open: "eight assists", "an assist", "another goal". */
const COUNT_WORDS =
  /^(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|dozens|hundreds|thousands|millions|billions)$/;

/**
 * Whether the words from `start` are a counted noun phrase that is no clause's subject ("eight assists in the second
 * half", "an assist as the Hawks won"; not "two of them had resigned").
 */
function countedObject(doc: AnalysedText, start: number, end: number): boolean {
  const first = doc.tokens[start];
  if (first.kind !== 'word' || !(/^\d/.test(first.text) || COUNT_WORDS.test(first.lower))) return false;
  const object = nounPhraseStartingAt(doc, start, end);
  if (!object || object.endToken <= start + 1 || objectIsClause(doc, start, end)) return false;
  // what is said may be counted too: "added a note of caution", "I'd add a reason: …", "added one more point"
  for (let i = start; i < end; i++)
    if (doc.tokens[i].text === ':' || (i < object.endToken && SAID_NOUNS.test(doc.tokens[i].lower))) return false;
  return true;
}

/** Nouns of things said, which one adds as remarks: "a note of caution", "a caveat", "one more point". */
const SAID_NOUNS =
  /^(?:note|notes|word|words|caveat|caveats|warning|reason|reasons|point|points|thought|thoughts|comment|remark|footnote|twist|plea|request|question|questions|example|detail|details)$/;
