import { describe, expect, it } from 'vitest';
import type { ArticleListItem } from '../api/types';
import { appendPage, articleCounts, articleListQuery, filtersFromSearch, NO_FILTERS } from './article-list';

const item = (id: string): ArticleListItem => ({
  id,
  title: id,
  url: null,
  publisher: null,
  publishedAt: null,
  status: 'extracted',
  receivedAt: '2026-09-06T12:00:00.000Z',
  quoteCount: 0,
  claimCount: 0,
});

describe('the article list', () => {
  it('asks for nothing but the page when no filter is set', () => {
    expect(articleListQuery(NO_FILTERS)).toEqual({});
    expect(articleListQuery({ q: '  ', status: '', publisher: ' ', since: '' }, 'abc')).toEqual({ cursor: 'abc' });
  });

  it('sends the filters set, trimmed, and a day as since', () => {
    expect(
      articleListQuery({ q: ' budget "deficit" ', status: 'failed', publisher: ' Times ', since: '2026-09-06' }),
    ).toEqual({ q: 'budget "deficit"', status: 'failed', publisher: 'Times', since: '2026-09-06' });
    expect(articleListQuery({ ...NO_FILTERS, since: '06/09/2026' })).toEqual({});
  });

  it('reads the filters from the address, dropping a status or day it does not know', () => {
    expect(filtersFromSearch(new URLSearchParams('q=crime&status=extracted&publisher=AP&since=2026-01-02'))).toEqual({
      q: 'crime',
      status: 'extracted',
      publisher: 'AP',
      since: '2026-01-02',
    });
    expect(filtersFromSearch(new URLSearchParams('status=published&since=yesterday'))).toEqual(NO_FILTERS);
  });

  it('counts quotes and claims in words', () => {
    expect(articleCounts({ quoteCount: 1, claimCount: 3 })).toBe('1 quote, 3 claims');
    expect(articleCounts({ quoteCount: 0, claimCount: 1 })).toBe('0 quotes, 1 claim');
  });

  it('adds the next page without listing an article twice', () => {
    expect(appendPage([item('a'), item('b')], [item('b'), item('c')]).map((article) => article.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
