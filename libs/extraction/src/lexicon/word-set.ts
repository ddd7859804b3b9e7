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

/**
 * A table looked up with words read from the text: without Object's prototype, so that "constructor" or "toString" in
 * an article finds nothing instead of a built-in function.
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
