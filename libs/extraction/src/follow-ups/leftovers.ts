/** Follow-up, leftovers: quotes no cue claimed, given the sentence's subject or a nearby attribution's speaker. */
import { AnalysedText } from '../analysed-text';
import { validSource } from '../grammar/plausible-sources';
import { speechLike, wordCount } from '../grammar/quoted-words';
import { sentenceSubject } from '../grammar/subjects';
import { fewWordsBetween, overlapsQuote, wordsOnlyInQuotes } from '../grammar/token-runs';
import { TimeBudget } from '../limits';
import { RawAttribution } from '../raw-attribution';
import { headlineSource, isHeadline } from '../special/headlines';

/**
 * Quotes no cue claimed. Newsrooms quote people without a verb next to every quote (the speaker was named in the
 * paragraph before, or the quote is a fragment inside a sentence about them); such quotes are still somebody's
 * words. Titles and one-word scare quotes are not. The speaker is found from the sentence (its subject) or from the
 * attributions around the quote.
 */
export function attributeLeftoverQuotes(
  doc: AnalysedText,
  out: RawAttribution[],
  used: Set<number>,
  budget: TimeBudget,
) {
  const toks = doc.tokens;
  const groups: number[][] = [];
  const lastGroup = new Map<number, number[]>();
  for (let qi = 0; qi < doc.quotes.length; qi++) {
    budget.check();
    if (used.has(qi)) continue;
    const q = doc.quotes[qi];
    if (
      !speechLike(doc, qi) &&
      !(
        isHeadline(doc, doc.tokens[q.openToken].paragraph) &&
        (q.style === 'double' || doc.tokens[q.openToken].text === '‘')
      )
    )
      continue;
    const si = doc.sentenceOf[q.openToken];
    // quotes of one sentence go together when only a few words stand between them (“criminals” and “rapists”)
    const arr = lastGroup.get(si);
    if (arr && fewWordsBetween(doc, doc.quotes[arr[arr.length - 1]].closeToken + 1, q.openToken)) arr.push(qi);
    else {
      const g = [qi];
      groups.push(g);
      lastGroup.set(si, g);
    }
  }
  if (!groups.length) return;
  const attributed = out.filter((a) => a.source || a.inheritFrom).sort((a, b) => a.parts[0].start - b.parts[0].start);
  for (const qis of groups) {
    const si = doc.sentenceOf[doc.quotes[qis[0]].openToken];
    const s = doc.sentences[si];
    const first = doc.quotes[qis[0]];
    const last = doc.quotes[qis[qis.length - 1]];
    const whole =
      wordsOnlyInQuotes(doc, s.firstToken, first.openToken) && wordsOnlyInQuotes(doc, first.openToken, s.endToken);
    const parts = qis.flatMap((qi) => doc.quotes[qi].pieces);
    const a: RawAttribution = {
      cue: null,
      source: null,
      parts,
      quoteIndices: qis,
      kind: whole ? 'direct' : 'partial',
      sentenceIndex: si,
    };
    void last;
    if (isHeadline(doc, s.paragraph)) {
      // a headline quotes whoever the headline starts with ("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud’",
      // "Warren Hammers Wells Fargo CEO: ‘You Should Be …’"); without a recognisable subject, nobody
      const src = headlineSource(doc, s.paragraph, first.openToken);
      if (!src) continue;
      a.source = src;
      qis.forEach((qi) => used.add(qi));
      out.push(a);
      continue;
    }
    if (!whole) {
      // a fragment inside a sentence: the sentence's subject said it ("Huckabee is labeling the order “a blatant abuse”")
      const subj = sentenceSubject(doc, si, first.openToken);
      if (subj && validSource(doc, subj) && !overlapsQuote(doc, subj)) a.source = subj;
    }
    if (!a.source) {
      const from = nearbyAttribution(doc, attributed, first.start, toks[first.openToken].paragraph);
      if (from) a.inheritFrom = from.inheritFrom ?? from;
    }
    // short stretches with nobody to pin them on are more often slogans, names and scare quotes than quotations
    const words = qis.reduce((n, qi) => n + wordCount(doc, qi), 0);
    if (!a.source && !a.inheritFrom && words < (whole ? 10 : 4)) continue;
    if (whole && words < 10) continue;
    qis.forEach((qi) => used.add(qi));
    out.push(a);
  }
}

/** The attribution a leftover quote most likely shares its speaker with: same paragraph first, then the one before. */
export function nearbyAttribution(
  doc: AnalysedText,
  attributed: RawAttribution[],
  pos: number,
  para: number,
): RawAttribution | undefined {
  const toks = doc.tokens;
  let before: RawAttribution | undefined;
  let after: RawAttribution | undefined;
  for (const a of attributed) {
    if (a.parts[0].start < pos) before = a;
    else if (!after) after = a;
  }
  const paraOf = (a: RawAttribution) => toks[doc.sentences[a.sentenceIndex].firstToken].paragraph;
  if (before && paraOf(before) === para) return before;
  if (after && paraOf(after) === para) return after;
  if (before && para - paraOf(before) <= 1) return before;
  return undefined;
}
