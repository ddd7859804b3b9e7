/** Headlines: the short first paragraph of a text, title case, quoting whoever it starts with. */
import { AnalysedText } from '../analysed-text';
import { isVerbalWord } from '../entities';
import { cueInfo } from '../lexicon';

/** The first paragraph of a multi-paragraph text when it is short: the headline. */
export function isHeadline(doc: AnalysedText, para: number): boolean {
  if (para !== 0 || doc.paragraphs.length < 2) return false;
  const p = doc.paragraphs[0];
  return p.t1 - p.t0 <= 40;
}

/** The subject of a headline that quotes somebody: the words before its colon, or before its first verb. */
export function headlineSource(doc: AnalysedText, para: number, qt0: number): { t0: number; t1: number } | null {
  const toks = doc.tokens;
  const p = doc.paragraphs[para];
  for (let k = p.t0 + 1; k < qt0 && k - p.t0 <= 10; k++) {
    if (toks[k].text === ':' && doc.quoteAt[k] < 0) return validHeadlineNp(doc, p.t0, k);
  }
  for (let k = p.t0 + 1; k < qt0 && k - p.t0 <= 8; k++) {
    const u = toks[k];
    if (u.kind !== 'w' || doc.quoteAt[k] >= 0) return null;
    const l = u.lower;
    const verb = (isVerbalWord(l) && !/ed$/.test(l)) || (/[^s]s$/.test(l) && !!cueInfo(l));
    if (!verb) continue;
    let e = k;
    while (e > p.t0 + 1 && /^(just|now|also|still|again|finally|reportedly|officially)$/.test(toks[e - 1].lower)) e--;
    return validHeadlineNp(doc, p.t0, e);
  }
  return null;
}

export function validHeadlineNp(doc: AnalysedText, t0: number, t1: number): { t0: number; t1: number } | null {
  if (t1 <= t0 || t1 - t0 > 8) return null;
  for (let k = t0; k < t1; k++) {
    const u = doc.tokens[k];
    if (doc.quoteAt[k] >= 0) return null;
    if (u.kind === 'w' && !u.cap && !/^(of|the|and|for|on|in|at|['’]s)$/.test(u.lower)) return null;
  }
  return { t0, t1 };
}
