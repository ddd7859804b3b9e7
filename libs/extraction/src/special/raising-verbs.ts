/**
 * Raising verbs: "Clinton seemed irritated", "Trump is expected to win": an impression reported with nobody named.
 */
import { AnalysedText, TokenRange } from '../analysed-text';
import { clauseEnd } from '../grammar/clauses';
import { nounPhraseEndingAt } from '../grammar/noun-phrases';
import { AUX_ADV } from '../lexicon';
import { Range, RawAttribution } from '../raw-attribution';

/** Verbs that report an impression with nobody named ("seemed", "is expected to"): see raisingAttributions. */
export const RAISING_VERB = /^(?:seem|seems|seemed|appear|appears|appeared|expected)$/;

/**
 * Evidential and expectation verbs with nobody named: "Clinton seemed irritated", "the fax machine appears to have
 * been broken", "Trump is expected to win". The reported content is the subject together with its complement.
 */
export function raisingAttributions(doc: AnalysedText, si: number): RawAttribution[] {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  const out: RawAttribution[] = [];
  for (let t = s.firstToken + 1; t < s.endToken - 1; t++) {
    const u = toks[t];
    if (u.kind !== 'word' || doc.quoteAt[t] >= 0) continue;
    let cue: TokenRange | null = null;
    let subjEnd = t;
    if (RAISING_VERB.test(u.lower) && u.lower !== 'expected') {
      cue = { firstToken: t, endToken: t + 1 };
      // "appeared on Fox", "appears in court": only with a complement that describes or reports
      const n = toks[t + 1];
      if (
        !n ||
        n.kind !== 'word' ||
        /^(on|in|at|before|with|for|from|as|alongside|onstage|together|again)$/.test(n.lower)
      )
        continue;
    } else if (
      u.lower === 'expected' &&
      /^(is|are|was|were|be|been|being|’s|'s)$/.test(toks[t - 1].lower) &&
      toks[t + 1]?.lower === 'to'
    ) {
      cue = { firstToken: t - 1, endToken: t + 1 };
      subjEnd = t - 1;
    } else continue;
    let j = subjEnd - 1;
    while (
      j >= s.firstToken &&
      toks[j].kind === 'word' &&
      AUX_ADV.has(toks[j].lower) &&
      !/^(who|which|that)$/.test(toks[j].lower)
    )
      j--;
    const np = j >= s.firstToken ? nounPhraseEndingAt(doc, j, s.firstToken) : null;
    if (!np) continue;
    const c1 = clauseEnd(doc, cue.endToken, s.endToken, s.endToken);
    if (c1 <= cue.endToken) continue;
    const parts: Range[] = [];
    if (!(np.endToken - np.firstToken === 1 && /^(it|there)$/.test(toks[np.firstToken].lower)))
      parts.push({ start: toks[np.firstToken].start, end: toks[np.endToken - 1].end });
    parts.push({ start: toks[cue.endToken].start, end: toks[c1 - 1].end });
    out.push({
      cue,
      source: null,
      parts,
      quoteIndices: [],
      kind: 'indirect',
      sentenceIndex: si,
      clause: { firstToken: cue.endToken, endToken: c1 },
    });
  }
  return out;
}
