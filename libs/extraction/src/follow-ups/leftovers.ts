/** Pass 7, follow-ups: leftovers, quotes no cue claimed, given the sentence's subject or a nearby attribution's speaker. */
import { AnalysedText, TokenRange } from '../analysed-text';
import { validSource } from '../grammar/plausible-sources';
import { speechLike, wordCount } from '../grammar/quoted-words';
import { sentenceSubject } from '../grammar/subjects';
import { isAdverbInLy } from '../grammar/noun-phrases';
import { cueInfo } from '../lexicon/reporting-verbs';
import { fewWordsBetween, overlapsQuote, wordsOnlyInQuotes } from '../grammar/token-runs';
import { TimeBudget } from '../limits';
import { RawAttribution } from '../raw-attribution';
import { headlineSource, isHeadingLabel, isHeadline } from '../special/headlines';
import { countBefore } from '../sorted';

/**
 * Quotes no cue claimed. Newsrooms quote people without a verb next to every quote (the speaker was named in the
 * paragraph before, or the quote is a fragment inside a sentence about them); such quotes are still somebody's
 * words. Titles and one-word scare quotes are not. The speaker is found from the sentence (its subject) or from the
 * attributions around the quote. New attributions are added to `attributions`.
 */
export function attributeLeftoverQuotes(
  doc: AnalysedText,
  attributions: RawAttribution[],
  used: Set<number>,
  budget: TimeBudget,
): void {
  const groups = leftoverGroups(doc, used, budget);
  if (!groups.length) return;
  const attributed = attributions
    .filter((attribution) => attribution.source || attribution.inheritFrom)
    .sort((a, b) => a.parts[0].start - b.parts[0].start);
  for (const group of groups) {
    const first = doc.quotes[group[0]];
    const sentenceIndex = doc.sentenceOf[first.openToken];
    const sentence = doc.sentences[sentenceIndex];
    const whole = wordsOnlyInQuotes(doc, sentence.firstToken, sentence.endToken);
    const leftover: RawAttribution = {
      cue: null,
      source: null,
      parts: group.flatMap((quoteIndex) => doc.quotes[quoteIndex].pieces),
      quoteIndices: group,
      kind: whole ? 'direct' : 'partial',
      sentenceIndex,
    };
    if (isHeadline(doc, sentence.paragraph)) {
      // a headline quotes whoever the headline starts with ("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud’",
      // "Warren Hammers Wells Fargo CEO: ‘You Should Be …’"); without a recognisable subject, nobody
      const source = headlineSource(doc, sentence.paragraph, first.openToken);
      if (!source) continue;
      leftover.source = source;
      group.forEach((quoteIndex) => used.add(quoteIndex));
      attributions.push(leftover);
      continue;
    }
    if (!whole) {
      // a fragment inside a sentence: the sentence's subject said it ("Huckabee is labeling the order “a blatant abuse”")
      const subject = sentenceSubject(doc, sentenceIndex, first.openToken);
      // "Veto Power Impedes Peace Efforts: …": a heading before a colon is nobody's name
      const heading =
        !!subject &&
        doc.tokens[subject.endToken]?.text === ':' &&
        isHeadingLabel(doc.tokens.slice(subject.firstToken, subject.endToken));
      if (subject && !heading && validSource(doc, subject) && !overlapsQuote(doc, subject)) leftover.source = subject;
    }
    // "Sanders made the following comment:" closing the paragraph before a paragraph that is all quote
    if (whole && !leftover.source) leftover.source = introducedBy(doc, first.openToken) ?? null;
    if (!leftover.source) {
      const paragraph = doc.tokens[first.openToken].paragraph;
      const nearby = nearbyAttribution(doc, attributed, first.start, paragraph);
      const nearbyBefore =
        nearby && nearby.parts[0].start < first.start && paragraphOf(doc, nearby) === paragraph ? nearby : undefined;
      // "Sen. Ann Lee, who lost the primary, named the reasons on Sunday. “…”": a quote standing after a sentence of
      // its own paragraph about a person is that person's, before the speaker of another paragraph
      const subject = whole && !nearbyBefore ? personBefore(doc, sentenceIndex) : undefined;
      if (subject) leftover.source = subject;
      else if (nearby) leftover.inheritFrom = nearby.inheritFrom ?? nearby;
    }
    // short stretches with nobody to pin them on are more often slogans, names and scare quotes than quotations
    const words = group.reduce((sum, quoteIndex) => sum + wordCount(doc, quoteIndex), 0);
    if (!leftover.source && !leftover.inheritFrom && words < (whole ? 10 : 4)) continue;
    if (whole && words < 10) continue;
    group.forEach((quoteIndex) => used.add(quoteIndex));
    attributions.push(leftover);
  }
}

/**
 * The subject of a sentence that closes the paragraph before with a colon, when the quote opens its own paragraph:
 * "On July 6, Sanders made the following comment:" / "“…”" is Sanders's. The sentence must announce words: a
 * reporting verb ("He then wrote:"), or words for what is said ("made the following comment", "listed the
 * qualities"); "The board approved three measures:" announces a list, "Transcript as follows:" a label, and "It read:"
 * names nobody.
 */
function introducedBy(doc: AnalysedText, openToken: number): TokenRange | undefined {
  const { tokens } = doc;
  const colon = openToken - 1;
  if (openToken === 0 || tokens[colon].text !== ':') return undefined;
  if (tokens[colon].paragraph === tokens[openToken].paragraph) return undefined;
  const sentenceIndex = doc.sentenceOf[colon];
  const subject = sentenceSubject(doc, sentenceIndex, colon);
  if (!subject || !validSource(doc, subject) || overlapsQuote(doc, subject)) return undefined;
  if (/^(?:it|this|that|these|those|here|there)$/.test(tokens[subject.firstToken].lower)) return undefined;
  // the subject's verb follows it, an adverb at most between
  let verb = subject.endToken;
  const adverb = tokens[verb]?.lower ?? '';
  if (/^(?:then|also|later|again|just|once)$/.test(adverb) || isAdverbInLy(adverb)) verb++;
  if (verb >= colon || tokens[verb].kind !== 'word') return undefined;
  if (cueInfo(tokens[verb].lower)) return subject;
  for (let at = verb + 1; at < colon && at <= verb + ANNOUNCED_WORDS; at++)
    if (ANNOUNCED.test(tokens[at].lower)) return subject;
  return undefined;
}

/** How far after the verb the words for what is announced may come ("made the following brief comment"). */
const ANNOUNCED_WORDS = 6;
/** Words for what a sentence ending in a colon announces as somebody's words. */
const ANNOUNCED =
  /^(?:comments?|statements?|remarks?|message|response|reply|answer|explanation|words|tweets?|posts?|letter|note|following|qualities|reasons?|points?|thoughts)$/;

/**
 * The quotes left over that look like speech (or quote a headline), grouped: quotes of one sentence go together when
 * only a few words stand between them (“criminals” and “rapists”).
 */
function leftoverGroups(doc: AnalysedText, used: Set<number>, budget: TimeBudget): number[][] {
  const groups: number[][] = [];
  const lastGroupOfSentence = new Map<number, number[]>();
  for (let quoteIndex = 0; quoteIndex < doc.quotes.length; quoteIndex++) {
    budget.check();
    if (used.has(quoteIndex)) continue;
    const quote = doc.quotes[quoteIndex];
    if (
      !speechLike(doc, quoteIndex) &&
      !(
        isHeadline(doc, doc.tokens[quote.openToken].paragraph) &&
        (quote.style === 'double' || doc.tokens[quote.openToken].text === '‘')
      )
    )
      continue;
    const sentenceIndex = doc.sentenceOf[quote.openToken];
    const group = lastGroupOfSentence.get(sentenceIndex);
    if (group && fewWordsBetween(doc, doc.quotes[group[group.length - 1]].closeToken + 1, quote.openToken))
      group.push(quoteIndex);
    else {
      const fresh = [quoteIndex];
      groups.push(fresh);
      lastGroupOfSentence.set(sentenceIndex, fresh);
    }
  }
  return groups;
}

/**
 * The attribution a leftover quote at `offset` most likely shares its speaker with: one in the same paragraph (the
 * one before it first), else the last one of the paragraph before. `attributed` is sorted by where content starts,
 * so the two candidates are found by binary search.
 */
function nearbyAttribution(
  doc: AnalysedText,
  attributed: RawAttribution[],
  offset: number,
  paragraph: number,
): RawAttribution | undefined {
  const low = countBefore(attributed, (attribution) => attribution.parts[0].start < offset);
  const before = low > 0 ? attributed[low - 1] : undefined;
  const after = low < attributed.length ? attributed[low] : undefined;
  if (before && paragraphOf(doc, before) === paragraph) return before;
  if (after && paragraphOf(doc, after) === paragraph) return after;
  if (before && paragraph - paragraphOf(doc, before) <= 1) return before;
  return undefined;
}

const paragraphOf = (doc: AnalysedText, attribution: RawAttribution) =>
  doc.tokens[doc.sentences[attribution.sentenceIndex].firstToken].paragraph;

/**
 * The subject of the sentence before sentence `sentenceIndex` in its paragraph when it is a person's name or "he"/
 * "she" (a dateline's capitals are no name): who a quote standing after it goes on speaking.
 */
function personBefore(doc: AnalysedText, sentenceIndex: number): TokenRange | undefined {
  const { tokens } = doc;
  if (sentenceIndex === 0) return undefined;
  const previous = doc.sentences[sentenceIndex - 1];
  const current = doc.sentences[sentenceIndex];
  if (tokens[previous.firstToken].paragraph !== tokens[current.firstToken].paragraph) return undefined;
  const subject = sentenceSubject(doc, sentenceIndex - 1, previous.endToken);
  if (!subject || overlapsQuote(doc, subject)) return undefined;
  const head = tokens[subject.endToken - 1];
  const words = doc.text.slice(tokens[subject.firstToken].start, head.end);
  return /^(he|she)$/.test(head.lower) || (PERSON_NAME.test(words) && /\p{Ll}/u.test(words)) ? subject : undefined;
}

/** A person's name: two capitalised words at least, titles and a bracket after it allowed ("Sen. Ann Lee (Vt.)"). */
const PERSON_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{L}'’-]+(?:\s*\([^)]*\))?$/u;
