/**
 * Follow-up, continuations: a quote nobody attributed that goes on from an attributed one, in the same paragraph or
 * the next (one speaker quoted over several paragraphs).
 */
import { AnalysedText } from '../analysed-text';
import { speechLike, wordCount } from '../grammar/quoted-words';
import { noWordsBetween, hasWordsOutsideQuotes, wordsOnlyInQuotes } from '../grammar/token-runs';
import { cueInfo } from '../lexicon';
import { TimeBudget } from '../limits';
import { RawAttribution } from '../raw-attribution';

/** Quotes left unattributed that continue an attributed quote: same paragraph (merged) or next paragraph. */
export function attachContinuations(doc: AnalysedText, out: RawAttribution[], used: Set<number>, budget: TimeBudget) {
  const byQuote = new Map<number, RawAttribution>();
  for (const a of out) for (const q of a.quoteIndices) byQuote.set(q, a);
  let last: RawAttribution | undefined;
  let lastPara = -1;
  const toks = doc.tokens;
  for (let qi = 0; qi < doc.quotes.length; qi++) {
    budget.check();
    const q = doc.quotes[qi];
    const para = toks[q.openToken].paragraph;
    if (used.has(qi)) {
      const a = byQuote.get(qi);
      if (
        last &&
        a !== last &&
        a?.kind !== 'direct' &&
        doc.sentenceOf[q.openToken] ===
          doc.sentenceOf[doc.quotes[last.quoteIndices[last.quoteIndices.length - 1]].closeToken]
      ) {
        // a quote inside the attribution's own sentence ("“A,” said Smith, who noted prices had “cratered.” “B.”")
        // does not break the chain
        continue;
      }
      if (
        a &&
        (a.kind === 'direct' ||
          (a.kind === 'partial' &&
            !!a.source &&
            !!a.cue &&
            a.cue.firstToken > q.closeToken &&
            a.quoteIndices[a.quoteIndices.length - 1] === qi))
      ) {
        // a partial quote with its own attribution ("Golf clubs are “just scratching out a profit,” Hedge said.") can
        // go on in the next sentence too
        last = a;
        lastPara = toks[doc.quotes[a.quoteIndices[a.quoteIndices.length - 1]].closeToken].paragraph;
      } else last = undefined;
      continue;
    }
    const si = doc.sentenceOf[q.openToken];
    const s = doc.sentences[si];
    const lastQ0 = last ? doc.quotes[last.quoteIndices[last.quoteIndices.length - 1]] : undefined;
    // a title inside the attribution ("he said on “Meet the Press.”") does not break the chain
    if (lastQ0 && doc.sentenceOf[lastQ0.closeToken] === si && !speechLike(doc, qi)) continue;
    // the quote must be the whole sentence, or follow the attribution of the last quote ("“A,” he said in Calif. “B.”")
    const whole =
      (wordsOnlyInQuotes(doc, s.firstToken, q.openToken) ||
        (!!lastQ0 && doc.sentenceOf[lastQ0.closeToken] === si) ||
        shortOpenerBefore(doc, s.firstToken, q.openToken)) &&
      (noWordsBetween(doc, q.closeToken + 1, s.endToken) ||
        (wordCount(doc, qi) >= 5 && shortTail(doc, q.closeToken + 1, s.endToken)));
    if (!whole || !last || q.style !== 'double') {
      if (q.closeToken - q.openToken > 3) last = undefined;
      continue;
    }
    // something other than quotes between the last attributed quote and this one breaks the chain
    const lastQ = doc.quotes[last.quoteIndices[last.quoteIndices.length - 1]];
    if (hasWordsOutsideQuotes(doc, lastQ.closeToken + 1, q.openToken, doc.sentenceOf[lastQ.closeToken])) {
      last = undefined;
      continue;
    }
    if (para === lastPara) {
      last.parts.push(...q.pieces);
      last.quoteIndices.push(qi);
      used.add(qi);
    } else if (para === lastPara + 1) {
      // the speaker goes on in the next paragraph: one quotation, as PolNeAR and most readers count it
      last.parts.push(...q.pieces);
      last.quoteIndices.push(qi);
      used.add(qi);
      lastPara = toks[q.closeToken].paragraph;
    } else if (para === lastPara + 1 || para === lastPara) {
      const a: RawAttribution = {
        cue: null,
        source: null,
        parts: [...q.pieces],
        quoteIndices: [qi],
        kind: 'direct',
        sentenceIndex: si,
        inheritFrom: last.inheritFrom ?? last,
      };
      out.push(a);
      used.add(qi);
      last = a;
      lastPara = toks[q.closeToken].paragraph;
    }
  }
}

/** "Now, “…”" / "Still, “…”": one or two words and a comma before a quote that opens the rest of the sentence. */
export function shortOpenerBefore(doc: AnalysedText, t0: number, t: number): boolean {
  if (t - t0 < 2 || t - t0 > 3 || doc.tokens[t - 1].text !== ',') return false;
  for (let k = t0; k < t - 1; k++)
    if (doc.tokens[k].kind !== 'word' || doc.quoteAt[k] >= 0 || cueInfo(doc.tokens[k].lower)) return false;
  return true;
}

/** A few words after a quote that attribute nothing (", which votes June 7", "or to control the arsenal"). */
export function shortTail(doc: AnalysedText, t: number, t1: number): boolean {
  let words = 0;
  for (let k = t; k < t1; k++) {
    const u = doc.tokens[k];
    if (doc.quoteAt[k] >= 0) return false;
    if (u.kind === 'word') {
      words++;
      if (cueInfo(u.lower) && !u.capitalised) return false;
    }
  }
  return words <= 8;
}
