/** Questions put to somebody with nobody named asking: "When asked whether …", "was asked about …". */
import { AnalysedText } from '../analysed-text';
import { RawAttribution } from '../raw-attribution';

export function passiveAsk(doc: AnalysedText, si: number, t: number): RawAttribution | null {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  if (!/^(asked|being)$/.test(toks[t].lower) && toks[t].lower !== 'asked') return null;
  let j = t - 1;
  while (
    j >= s.t0 &&
    toks[j].kind === 'w' &&
    /^(when|was|were|is|are|been|being|be|after|also|later|repeatedly|once|again|then|twice|if)$/.test(toks[j].lower)
  )
    j--;
  const opener = j < s.t0 || toks[j].text === ',' || (toks[j].kind === 'q' && doc.quoteAt[j] >= 0);
  const passiveAux = /^(was|were|is|are|been|being|be)$/.test(toks[t - 1]?.lower ?? '');
  if (!opener && !passiveAux) return null;
  const n = toks[t + 1];
  if (!n || n.kind !== 'w' || !/^(whether|if|what|who|whom|how|why|which|when|where|about)$/.test(n.lower)) return null;
  const c0 = n.lower === 'about' ? t + 2 : t + 1;
  let c1 = c0;
  while (c1 < s.t1 && !/^[,;:.!?—–]$|^--$/.test(toks[c1].text) && doc.quoteAt[c1] < 0 && c1 - c0 < 40) c1++;
  if (c1 - c0 < 1 || c1 - c0 >= 40) return null;
  return {
    cue: { t0: t, t1: n.lower === 'about' ? t + 2 : t + 1 },
    source: null,
    parts: [{ start: toks[c0].start, end: toks[c1 - 1].end }],
    quotes: [],
    kind: 'indirect',
    sentence: si,
    clause: { t0: c0, t1: c1 },
  };
}
