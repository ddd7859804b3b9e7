import type { ArticleListItem, ArticleStatus } from '../api/types';

/** What the article list is filtered by, as the form holds it (empty means not filtered). */
export interface ArticleFilters {
  q: string;
  status: '' | ArticleStatus;
  publisher: string;
  /** A day, `2026-09-06`, from a date input: articles received from its start (UTC) on. */
  since: string;
}

export const NO_FILTERS: ArticleFilters = { q: '', status: '', publisher: '', since: '' };

export const ARTICLE_STATUSES: { value: ArticleStatus; label: string }[] = [
  { value: 'received', label: 'Received' },
  { value: 'extracting', label: 'Extracting' },
  { value: 'extracted', label: 'Extracted' },
  { value: 'failed', label: 'Failed' },
];

/** The query of GET /v1/articles for these filters and page: blank filters left out, text trimmed. */
export function articleListQuery(filters: ArticleFilters, cursor?: string | null): Record<string, string> {
  const query: Record<string, string> = {};
  const q = filters.q.trim();
  const publisher = filters.publisher.trim();
  if (q) query.q = q;
  if (filters.status) query.status = filters.status;
  if (publisher) query.publisher = publisher;
  if (/^\d{4}-\d{2}-\d{2}$/.test(filters.since)) query.since = filters.since;
  if (cursor) query.cursor = cursor;
  return query;
}

/** The filters kept in the page's address (so that a search can be bookmarked); anything unknown is dropped. */
export function filtersFromSearch(search: URLSearchParams): ArticleFilters {
  const status = search.get('status') ?? '';
  const since = search.get('since') ?? '';
  return {
    q: search.get('q') ?? '',
    status: ARTICLE_STATUSES.some((option) => option.value === status) ? (status as ArticleStatus) : '',
    publisher: search.get('publisher') ?? '',
    since: /^\d{4}-\d{2}-\d{2}$/.test(since) ? since : '',
  };
}

/** `1 quote, 3 claims`: what the extraction found in an article. */
export function articleCounts(item: Pick<ArticleListItem, 'quoteCount' | 'claimCount'>): string {
  const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
  return `${plural(item.quoteCount, 'quote')}, ${plural(item.claimCount, 'claim')}`;
}

/** Pages of articles read one after another: the next page's items added, an article never listed twice. */
export function appendPage(shown: ArticleListItem[], page: ArticleListItem[]): ArticleListItem[] {
  const seen = new Set(shown.map((item) => item.id));
  return [...shown, ...page.filter((item) => !seen.has(item.id))];
}
