/** What a quote looks like: how many words it has, whether it is a title ("Meet the Press") or somebody's words. */
import { AnalysedText } from '../analysed-text';

export function wordCount(doc: AnalysedText, quoteIndex: number): number {
  const quote = doc.quotes[quoteIndex];
  let words = 0;
  for (let i = quote.openToken; i <= quote.closeToken && i < doc.tokens.length; i++)
    if (doc.tokens[i].kind === 'word') words++;
  return words;
}

/** "Fox News Sunday", "The Apprentice": short title-case quotes name things, nobody is quoted. */
export function looksLikeTitle(doc: AnalysedText, quoteIndex: number): boolean {
  const quote = doc.quotes[quoteIndex];
  let words = 0;
  let titleWords = 0;
  for (let i = quote.openToken + 1; i < quote.closeToken; i++) {
    const token = doc.tokens[i];
    if (token.kind !== 'word') continue;
    words++;
    if (token.capitalised || /^\d/.test(token.text) || /^(of|the|a|an|and|in|on|for|to|at|by|with)$/.test(token.lower))
      titleWords++;
  }
  return words > 0 && words <= 6 && titleWords === words && doc.tokens[quote.openToken + 1]?.capitalised === true;
}

/** Is this quote somebody's words (not a title, a name or a one-word scare quote)? */
export function speechLike(doc: AnalysedText, quoteIndex: number): boolean {
  const words = wordCount(doc, quoteIndex);
  if (words < 2) return false;
  if (looksLikeTitle(doc, quoteIndex)) return false;
  return true;
}
