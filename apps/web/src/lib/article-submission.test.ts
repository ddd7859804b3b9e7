import { describe, expect, it } from 'vitest';
import { ArticleForm, articleSubmission, fetchesPage } from './article-submission';

const EMPTY: ArticleForm = { text: '', format: 'text', title: '', url: '', publisher: '', publishedAt: '' };

describe('the article submission', () => {
  it('sends the text as a body or as html, with the fields filled in', () => {
    expect(articleSubmission({ ...EMPTY, text: 'Words.', title: ' Budget ', publisher: 'News ' })).toEqual({
      submission: { body: 'Words.', title: 'Budget', publisher: 'News' },
    });
    expect(
      articleSubmission({ ...EMPTY, text: '<p>Words.</p>', format: 'html', url: ' https://news.example/a ' }),
    ).toEqual({
      submission: { html: '<p>Words.</p>', url: 'https://news.example/a' },
    });
  });

  it('says where the claims come from only when chosen: the service’s default otherwise', () => {
    expect(articleSubmission({ ...EMPTY, text: 'Words.', claimsFrom: 'all' })).toEqual({
      submission: { body: 'Words.', claimsFrom: 'all' },
    });
    expect(articleSubmission({ ...EMPTY, text: 'Words.', claimsFrom: undefined })).toEqual({
      submission: { body: 'Words.' },
    });
  });

  it('sends an address alone for the page to be fetched', () => {
    const result = articleSubmission({ ...EMPTY, text: '  \n', url: 'https://news.example/story' });
    expect(result).toEqual({ submission: { url: 'https://news.example/story' } });
    expect(fetchesPage((result as { submission: object }).submission)).toBe(true);
    expect(fetchesPage({ url: 'https://news.example/story', body: 'Words.' })).toBe(false);
  });

  it('asks for a text or an address, and an address that is http(s)', () => {
    const missing = articleSubmission(EMPTY);
    expect('error' in missing && missing.error).toMatch(/text.*address/);
    expect(articleSubmission({ ...EMPTY, url: 'news.example/story' })).toEqual({
      error: 'The address must start with http:// or https://.',
    });
    expect(articleSubmission({ ...EMPTY, url: 'ftp://news.example/story', text: 'Words.' })).toEqual({
      error: 'The address must start with http:// or https://.',
    });
  });
});
