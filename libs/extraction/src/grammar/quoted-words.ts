/** What a quote looks like: how many words it has, whether it is a title ("Meet the Press") or somebody's words. */
import { AnalysedText } from '../analysed-text';

export function wordCount(doc: AnalysedText, qi: number): number {
  const q = doc.quotes[qi];
  let words = 0;
  for (let k = q.openToken; k <= q.closeToken && k < doc.tokens.length; k++) if (doc.tokens[k].kind === 'word') words++;
  return words;
}

/** "Fox News Sunday", "The Apprentice": short title-case quotes name things, nobody is quoted. */
export function looksLikeTitle(doc: AnalysedText, qi: number): boolean {
  const q = doc.quotes[qi];
  let words = 0;
  let caps = 0;
  for (let k = q.openToken + 1; k < q.closeToken; k++) {
    const u = doc.tokens[k];
    if (u.kind !== 'word') continue;
    words++;
    if (u.capitalised || /^\d/.test(u.text) || /^(of|the|a|an|and|in|on|for|to|at|by|with)$/.test(u.lower)) caps++;
  }
  return words > 0 && words <= 6 && caps === words && doc.tokens[q.openToken + 1]?.capitalised === true;
}

/** Is this quote somebody's words (not a title, a name or a one-word scare quote)? */
export function speechLike(doc: AnalysedText, qi: number): boolean {
  const words = wordCount(doc, qi);
  if (words < 2) return false;
  if (looksLikeTitle(doc, qi)) return false;
  return true;
}
