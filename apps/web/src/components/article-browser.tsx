import { FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../api/client';
import { ArticleListItem, ArticlePage } from '../api/types';
import { useSession } from '../auth/session';
import {
  appendPage,
  ARTICLE_STATUSES,
  articleCounts,
  ArticleFilters,
  articleListQuery,
  filtersFromSearch,
} from '../lib/article-list';
import { formatDateTime } from '../lib/format';
import { TextField } from './text-field';
import { Notice } from './ui';

/**
 * Everything ingested, newest first: words, status, publisher and a first day to filter by (kept in the address),
 * twenty at a time with "More articles"; each opens the article with its quotes and claims.
 */
export function ArticleBrowser() {
  const { api } = useSession();
  const [params, setParams] = useSearchParams();
  const applied = filtersFromSearch(params);
  const [draft, setDraft] = useState<ArticleFilters>(applied);
  const [items, setItems] = useState<ArticleListItem[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(articleListQuery(applied));

  const load = async (cursor: string | null) => {
    setLoading(true);
    try {
      const { data } = await api.get<ArticlePage>('/v1/articles', articleListQuery(applied, cursor));
      setItems((shown) => (cursor ? appendPage(shown, data.items) : data.items));
      setNextCursor(data.nextCursor);
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    setDraft(filtersFromSearch(params));
    void load(null);
    // Reloaded when the filters in the address change, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(articleListQuery(draft), { replace: true });
  };
  const set = (field: keyof ArticleFilters) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  return (
    <section aria-labelledby="article-list-title">
      <h2 id="article-list-title">Everything ingested</h2>
      <form className="filters" role="search" aria-label="Search articles" onSubmit={search}>
        <TextField id="article-search" label="Words" type="search" value={draft.q} onValue={set('q')} />
        <div className="field">
          <label htmlFor="article-status">Status</label>
          <select id="article-status" value={draft.status} onChange={(event) => set('status')(event.target.value)}>
            <option value="">Any</option>
            {ARTICLE_STATUSES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="article-publisher-filter"
          label="Publisher contains"
          value={draft.publisher}
          onValue={set('publisher')}
        />
        <TextField id="article-since" label="Received since" type="date" value={draft.since} onValue={set('since')} />
        <div className="form-actions">
          <button type="submit">Search</button>
        </div>
      </form>
      {error && <Notice tone="error">{error}</Notice>}
      {!loading && !error && items.length === 0 ? (
        <p className="empty">No article matches.</p>
      ) : (
        <ul className="plain-list article-list" aria-label="Articles" aria-busy={loading}>
          {items.map((item) => (
            <li key={item.id}>
              <Link to={`/articles/${item.id}`}>{item.title || item.url || 'Untitled article'}</Link>{' '}
              <span className="muted">
                {[item.publisher, item.status, articleCounts(item), `received ${formatDateTime(item.receivedAt)}`]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {nextCursor && (
        <button type="button" disabled={loading} onClick={() => void load(nextCursor)}>
          {loading ? 'Loading…' : 'More articles'}
        </button>
      )}
    </section>
  );
}
