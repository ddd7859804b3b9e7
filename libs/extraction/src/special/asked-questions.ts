/** Questions put to somebody with nobody named asking: "When asked whether …", "was asked about …". */
import { AnalysedText } from '../analysed-text';
import { RawAttribution } from '../raw-attribution';

export function passiveAsk(doc: AnalysedText, si: number, t: number): RawAttribution | null {
  const s = doc.sentences[si];
  const toks = doc.tokens;
  if (!/^(asked|being)$/.test(toks[t].lower) && toks[t].lower !== 'asked') return null;
  let j = t - 1;
  while (
    j >= s.firstToken &&
    toks[j].kind === 'word' &&
    /^(when|was|were|is|are|been|being|be|after|also|later|repeatedly|once|again|then|twice|if)$/.test(toks[j].lower)
  )
    j--;
  const opener = j < s.firstToken || toks[j].text === ',' || (toks[j].kind === 'quote' && doc.quoteAt[j] >= 0);
  const passiveAux = /^(was|were|is|are|been|being|be)$/.test(toks[t - 1]?.lower ?? '');
  if (!opener && !passiveAux) return null;
  const n = toks[t + 1];
  if (!n || n.kind !== 'word' || !/^(whether|if|what|who|whom|how|why|which|when|where|about)$/.test(n.lower))
    return null;
  const c0 = n.lower === 'about' ? t + 2 : t + 1;
  let c1 = c0;
  while (c1 < s.endToken && !/^[,;:.!?—–]$|^--$/.test(toks[c1].text) && doc.quoteAt[c1] < 0 && c1 - c0 < 40) c1++;
  if (c1 - c0 < 1 || c1 - c0 >= 40) return null;
  return {
    cue: { firstToken: t, endToken: n.lower === 'about' ? t + 2 : t + 1 },
    source: null,
    parts: [{ start: toks[c0].start, end: toks[c1 - 1].end }],
    quoteIndices: [],
    kind: 'indirect',
    sentenceIndex: si,
    clause: { firstToken: c0, endToken: c1 },
  };
}
