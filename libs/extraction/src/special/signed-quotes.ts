/** Signed quotes: "“…” ― Sonya Herridge", a quote followed by a dash and a name. */
import { AnalysedText } from '../analysed-text';
import { npStartingAt } from '../grammar/noun-phrases';
import { onlyPunctBefore } from '../grammar/token-runs';
import { RawAttribution } from '../raw-attribution';

/** "“…” ― Sonya Herridge": a quote signed with a dash and a name at the end of the paragraph. */
export function dashAttribution(doc: AnalysedText, si: number): RawAttribution | null {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  for (let t = s.t0; t < s.t1; t++) {
    const qi = doc.quoteAt[t];
    if (qi < 0 || doc.quotes[qi].t1 !== t) continue;
    const d = toks[t + 1];
    if (!d || d.para !== toks[t].para || !/^(―|—|–|-|--)$/.test(d.text)) continue;
    const np = npStartingAt(doc, t + 2, s.t1);
    if (!np || !toks[np.t0].cap) continue;
    const after = toks[np.t1];
    if (after && after.para === d.para && !/^[,.(]$/.test(after.text)) continue;
    const q = doc.quotes[qi];
    if (!onlyPunctBefore(doc, s.t0, q.t0)) continue;
    return {
      cue: { t0: t + 1, t1: t + 2 },
      source: np,
      parts: [...q.pieces],
      quotes: [qi],
      kind: 'direct',
      sentence: si,
    };
  }
  return null;
}
