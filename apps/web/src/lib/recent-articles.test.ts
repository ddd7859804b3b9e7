import { describe, expect, it } from 'vitest';
import { looksLikeHtml, recentArticles, rememberArticle, titleFromText } from './recent-articles';

const memory = () => {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
};

describe('recent articles', () => {
  it('keeps the newest first, without duplicates', () => {
    const storage = memory();
    rememberArticle({ id: 'a', title: 'A', at: '1' }, storage);
    rememberArticle({ id: 'b', title: 'B', at: '2' }, storage);
    rememberArticle({ id: 'a', title: 'A again', at: '3' }, storage);
    expect(recentArticles(storage).map((entry) => entry.title)).toEqual(['A again', 'B']);
  });

  it('reads broken storage as empty', () => {
    expect(recentArticles({ getItem: () => '{not json' })).toEqual([]);
    expect(recentArticles({ getItem: () => '[{"id": 1}]' })).toEqual([]);
  });
});

describe('titleFromText and looksLikeHtml', () => {
  it('takes the first non-empty line as the title', () => {
    expect(titleFromText('\n\n  Mayor signs order \nBody')).toBe('Mayor signs order');
    expect(titleFromText('')).toBe('Untitled article');
    expect(titleFromText('x'.repeat(100))).toHaveLength(80);
  });

  it('tells HTML from text by file name, then by the opening tag', () => {
    expect(looksLikeHtml('plain', 'story.html')).toBe(true);
    expect(looksLikeHtml('<p>tag</p>', 'story.txt')).toBe(false);
    expect(looksLikeHtml('  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<p>Para</p>')).toBe(true);
    expect(looksLikeHtml('“Quote,” she said. 3 < 4')).toBe(false);
  });
});
