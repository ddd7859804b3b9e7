import { describe, expect, it } from 'vitest';
import type { ClaimReview } from '../api/types';
import { appearancesOf, groupClaimReviews, jsonLdScriptTag, jsonLdText, publishedVersions } from './claim-reviews';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function review(
  claimId: string,
  version: number,
  datePublished: string,
  dateModified?: string,
  rating = 'False',
): ClaimReview {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `https://desk.example/fact-checks/claim-${claimId.slice(0, 8)}`,
    claimReviewed: `claim ${claimId}`,
    datePublished,
    ...(dateModified ? { dateModified } : {}),
    version,
    author: { '@type': 'Organization', name: 'Desk' },
    reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: rating },
    itemReviewed: { '@type': 'Claim' },
  };
}

describe('groupClaimReviews', () => {
  it('shows one entry per claim, the latest version on top of its earlier ones, most recently changed first', () => {
    const feed = [
      { claimId: A, review: review(A, 1, '2026-09-01T10:00:00Z') },
      { claimId: B, review: review(B, 1, '2026-09-02T10:00:00Z') },
      { claimId: A, review: review(A, 2, '2026-09-01T10:00:00Z', '2026-09-03T10:00:00Z', 'Mostly False') },
    ];
    const entries = groupClaimReviews(feed);
    expect(entries.map((entry) => entry.claimId)).toEqual([A, B]);
    expect(entries[0].latest.reviewRating.alternateName).toBe('Mostly False');
    expect(entries[0].earlier.map((entry) => entry.version)).toEqual([1]);
    expect(entries[1].earlier).toEqual([]);
  });

  it('takes each claim from the feed, whatever page the review url names (a newsroom’s own too)', () => {
    const elsewhere = { ...review(A, 1, '2026-09-01T10:00:00Z'), url: 'https://news.example/fact-check/12' };
    const versions = publishedVersions({ items: [elsewhere, review(B, 1, '2026-09-02T10:00:00Z')], claimIds: [A, B] });
    expect(versions.map((version) => version.claimId)).toEqual([A, B]);
    expect(groupClaimReviews(versions).map((entry) => entry.claimId)).toEqual([B, A]);
  });
});

describe('jsonLdText', () => {
  it('escapes what could end a script element, and parses back to the same ClaimReview', () => {
    const sneaky = {
      ...review(A, 1, '2026-09-01T10:00:00Z'),
      claimReviewed: 'He said </script><script>alert(1)</script> & more',
    };
    const text = jsonLdText(sneaky);
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(sneaky);
    const tag = jsonLdScriptTag(sneaky);
    expect(tag.match(/<\/script>/g)).toHaveLength(1);
    expect(tag.startsWith('<script type="application/ld+json">')).toBe(true);
  });
});

describe('appearancesOf', () => {
  const first = { '@type': 'NewsArticle' as const, url: 'https://first.example/a', headline: 'First' };
  const repeat = { '@type': 'NewsArticle' as const, url: 'https://second.example/b' };

  it('reads one appearance, a list of them, or none', () => {
    const withAppearance = (appearance?: ClaimReview['itemReviewed']['appearance']): ClaimReview => ({
      ...review(A, 1, '2026-01-01T00:00:00Z'),
      itemReviewed: { '@type': 'Claim', ...(appearance ? { appearance } : {}) },
    });
    expect(appearancesOf(withAppearance(first))).toEqual([first]);
    expect(appearancesOf(withAppearance([first, repeat]))).toEqual([first, repeat]);
    expect(appearancesOf(withAppearance())).toEqual([]);
  });
});
