/**
 * The word lists of lexicon/ are general English and news-writing vocabulary, nothing specific to one article. They
 * are written as text, one word or phrase per '|' or line, to be easy to read and to extend.
 */
export function wordSet(list: string): Set<string> {
  return new Set(
    list
      .trim()
      .split(/\s*\|\s*|\s*\n\s*/)
      .filter(Boolean),
  );
}
