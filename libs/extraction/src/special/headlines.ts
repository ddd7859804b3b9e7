/** Headlines: the short first paragraph of a text, title case, quoting whoever it starts with. */
import { AnalysedText, TokenRange } from '../analysed-text';
import { isVerbalWord } from '../entities/word-tags';
import { cueInfo } from '../lexicon';

/** The first paragraph of a multi-paragraph text when it is short: the headline. */
export function isHeadline(doc: AnalysedText, para: number): boolean {
  if (para !== 0 || doc.paragraphs.length < 2) return false;
  const p = doc.paragraphs[0];
  return p.endToken - p.firstToken <= 40;
}

/** The subject of a headline that quotes somebody: the words before its colon, or before its first verb. */
export function headlineSource(doc: AnalysedText, para: number, qt0: number): TokenRange | null {
  const toks = doc.tokens;
  const p = doc.paragraphs[para];
  for (let k = p.firstToken + 1; k < qt0 && k - p.firstToken <= 10; k++) {
    if (toks[k].text === ':' && doc.quoteAt[k] < 0) return validHeadlineNp(doc, p.firstToken, k);
  }
  for (let k = p.firstToken + 1; k < qt0 && k - p.firstToken <= 8; k++) {
    const u = toks[k];
    if (u.kind !== 'word' || doc.quoteAt[k] >= 0) return null;
    const l = u.lower;
    const verb = (isVerbalWord(l) && !/ed$/.test(l)) || (/[^s]s$/.test(l) && !!cueInfo(l));
    if (!verb) continue;
    let e = k;
    while (
      e > p.firstToken + 1 &&
      /^(just|now|also|still|again|finally|reportedly|officially)$/.test(toks[e - 1].lower)
    )
      e--;
    return validHeadlineNp(doc, p.firstToken, e);
  }
  return null;
}

export function validHeadlineNp(doc: AnalysedText, t0: number, t1: number): TokenRange | null {
  if (t1 <= t0 || t1 - t0 > 8) return null;
  for (let k = t0; k < t1; k++) {
    const u = doc.tokens[k];
    if (doc.quoteAt[k] >= 0) return null;
    if (u.kind === 'word' && !u.capitalised && !/^(of|the|and|for|on|in|at|['’]s)$/.test(u.lower)) return null;
  }
  return { firstToken: t0, endToken: t1 };
}
