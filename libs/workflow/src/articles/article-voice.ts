import { bylineName, type ArticleVoice } from '@app/extraction';

/**
 * Who speaks in an article's own voice: its publisher (`media`), else its first author (`person`); nobody when it
 * names neither. The one rule for the statements the extraction finds and the ones people add by hand.
 */
export function articleVoice(article: { publisher: string | null; authors: string[] }): ArticleVoice | null {
  const publisher = article.publisher?.trim();
  if (publisher) return { name: publisher, type: 'media' };
  // (a byline as its first author's name: "By JANE DOE" is Jane Doe, as the extraction reads it)
  const author = article.authors.map((name) => bylineName(name)).find(Boolean);
  return author ? { name: author, type: 'person' } : null;
}
