/**
 * Raising verbs: "Clinton seemed irritated", "Trump is expected to win": an impression reported with nobody named.
 */
import { AnalysedText } from '../analysed-text';
import { clauseEnd } from '../grammar/clauses';
import { npEndingAt } from '../grammar/noun-phrases';
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
  for (let t = s.t0 + 1; t < s.t1 - 1; t++) {
    const u = toks[t];
    if (u.kind !== 'w' || doc.quoteAt[t] >= 0) continue;
    let cue: { t0: number; t1: number } | null = null;
    let subjEnd = t;
    if (RAISING_VERB.test(u.lower) && u.lower !== 'expected') {
      cue = { t0: t, t1: t + 1 };
      // "appeared on Fox", "appears in court": only with a complement that describes or reports
      const n = toks[t + 1];
      if (!n || n.kind !== 'w' || /^(on|in|at|before|with|for|from|as|alongside|onstage|together|again)$/.test(n.lower))
        continue;
    } else if (
      u.lower === 'expected' &&
      /^(is|are|was|were|be|been|being|’s|'s)$/.test(toks[t - 1].lower) &&
      toks[t + 1]?.lower === 'to'
    ) {
      cue = { t0: t - 1, t1: t + 1 };
      subjEnd = t - 1;
    } else continue;
    let j = subjEnd - 1;
    while (j >= s.t0 && toks[j].kind === 'w' && AUX_ADV.has(toks[j].lower) && !/^(who|which|that)$/.test(toks[j].lower))
      j--;
    const np = j >= s.t0 ? npEndingAt(doc, j, s.t0) : null;
    if (!np) continue;
    const c1 = clauseEnd(doc, cue.t1, s.t1, s.t1);
    if (c1 <= cue.t1) continue;
    const parts: Range[] = [];
    if (!(np.t1 - np.t0 === 1 && /^(it|there)$/.test(toks[np.t0].lower)))
      parts.push({ start: toks[np.t0].start, end: toks[np.t1 - 1].end });
    parts.push({ start: toks[cue.t1].start, end: toks[c1 - 1].end });
    out.push({
      cue,
      source: null,
      parts,
      quotes: [],
      kind: 'indirect',
      sentence: si,
      clause: { t0: cue.t1, t1: c1 },
    });
  }
  return out;
}
