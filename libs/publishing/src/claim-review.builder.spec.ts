import { ClaimReviewInput, buildClaimReview, withAppearances } from './claim-review.builder';
import { DEFAULT_RATING_SCALE, parseRatingScale } from './rating-scale';
import { PublishingError, PublishingErrorCode } from './publishing.error';

function input(overrides: Partial<ClaimReviewInput> = {}): ClaimReviewInput {
  return {
    claim: {
      text: 'Our people have not asked for this',
      standalone: 'Chicago residents have not asked for a federal crackdown.',
    },
    speaker: { name: 'Brandon Johnson', type: 'person', title: 'Mayor' },
    article: {
      url: 'https://news.example/2026/09/06/chicago',
      title: 'Mayor rejects federal deployment',
      publisher: 'Example News',
      publishedAt: '2026-09-06T12:00:00Z',
    },
    verdict: {
      rating: 'mostly false',
      summary: 'Polls show a split, not unanimous opposition.',
      publishedAt: new Date('2026-09-08T09:30:00Z'),
    },
    scale: DEFAULT_RATING_SCALE,
    organization: { name: 'Example Fact Check', url: 'https://factcheck.example' },
    reviewUrl: 'https://factcheck.example/claims/c1',
    ...overrides,
  };
}

function errorCode(run: () => unknown): PublishingErrorCode {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PublishingError);
    return (error as PublishingError).code;
  }
  throw new Error('expected buildClaimReview to throw');
}

describe('buildClaimReview', () => {
  it('builds the ClaimReview Google documents for fact checks', () => {
    expect(buildClaimReview(input())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/claims/c1',
      claimReviewed: 'Chicago residents have not asked for a federal crackdown.',
      datePublished: '2026-09-08T09:30:00.000Z',
      author: { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example' },
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly False' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Brandon Johnson', jobTitle: 'Mayor' },
        datePublished: '2026-09-06T12:00:00.000Z',
        appearance: {
          '@type': 'NewsArticle',
          url: 'https://news.example/2026/09/06/chicago',
          headline: 'Mayor rejects federal deployment',
          datePublished: '2026-09-06T12:00:00.000Z',
          publisher: { '@type': 'Organization', name: 'Example News' },
        },
      },
      reviewBody: 'Polls show a split, not unanimous opposition.',
    });
  });

  it('is deterministic and serialises the same way every time', () => {
    expect(JSON.stringify(buildClaimReview(input()))).toBe(JSON.stringify(buildClaimReview(input())));
  });

  it('falls back to the claim text when there is no standalone version', () => {
    expect(buildClaimReview(input({ claim: { text: 'Crime is down 20%', standalone: '  ' } })).claimReviewed).toBe(
      'Crime is down 20%',
    );
  });

  it('takes best and worst rating from the scale in force', () => {
    const scale = parseRatingScale([
      { name: 'Pants on Fire', value: 2, description: '' },
      { name: 'Accurate', value: 9, description: '' },
      { name: 'Misleading', value: 4, description: '' },
    ]);
    expect(
      buildClaimReview(input({ scale, verdict: { ...input().verdict, rating: 'Misleading' } })).reviewRating,
    ).toEqual({
      '@type': 'Rating',
      ratingValue: 4,
      bestRating: 9,
      worstRating: 2,
      alternateName: 'Misleading',
    });
  });

  it('makes organizations, media and documents Organization authors, without a job title', () => {
    for (const type of ['organization', 'media', 'document'] as const) {
      expect(
        buildClaimReview(input({ speaker: { name: 'City Council', type, title: 'ignored' } })).itemReviewed.author,
      ).toEqual({
        '@type': 'Organization',
        name: 'City Council',
      });
    }
  });

  it('treats a speaker of unknown type as a person', () => {
    expect(buildClaimReview(input({ speaker: { name: 'A resident', type: 'unknown' } })).itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'A resident',
    });
  });

  it('leaves out whatever is unknown instead of writing nulls', () => {
    const review = buildClaimReview(
      input({
        speaker: null,
        article: { url: null, title: null, publisher: null, publishedAt: null },
        verdict: { rating: 'True', summary: null, publishedAt: new Date('2026-09-08T09:30:00Z') },
        organization: { name: 'Example Fact Check', url: null },
      }),
    );
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/claims/c1',
      claimReviewed: 'Chicago residents have not asked for a federal crackdown.',
      datePublished: '2026-09-08T09:30:00.000Z',
      author: { '@type': 'Organization', name: 'Example Fact Check' },
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' },
      itemReviewed: { '@type': 'Claim' },
    });
    expect(JSON.stringify(review)).not.toMatch(/null/);
  });

  it('keeps an appearance known only by its url', () => {
    const review = buildClaimReview(input({ article: { url: 'https://news.example/a' } }));
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: expect.anything(),
      appearance: { '@type': 'NewsArticle', url: 'https://news.example/a' },
    });
  });

  it('records a correction as dateModified and version', () => {
    const review = buildClaimReview(
      input({ verdict: { ...input().verdict, correctedAt: new Date('2026-09-10T08:00:00Z'), version: 2 } }),
    );
    expect(review).toMatchObject({
      datePublished: '2026-09-08T09:30:00.000Z',
      dateModified: '2026-09-10T08:00:00.000Z',
      version: 2,
    });
  });

  it('refuses a rating that is not on the scale', () => {
    expect(errorCode(() => buildClaimReview(input({ verdict: { ...input().verdict, rating: 'Pants on Fire' } })))).toBe(
      PublishingErrorCode.UnknownRating,
    );
  });

  it('refuses input it cannot publish', () => {
    const invalid = PublishingErrorCode.InvalidClaimReviewInput;
    expect(errorCode(() => buildClaimReview(input({ claim: { text: ' ' } })))).toBe(invalid);
    expect(errorCode(() => buildClaimReview(input({ reviewUrl: '/claims/c1' })))).toBe(invalid);
    expect(errorCode(() => buildClaimReview(input({ organization: { name: '' } })))).toBe(invalid);
    expect(
      errorCode(() => buildClaimReview(input({ verdict: { ...input().verdict, publishedAt: new Date('nope') } }))),
    ).toBe(invalid);
    expect(errorCode(() => buildClaimReview(input({ article: { publishedAt: 'last tuesday' } })))).toBe(invalid);
    expect(errorCode(() => buildClaimReview(input({ scale: [] })))).toBe(invalid);
  });

  it('lists every appearance, in the order given, once the claim was checked again elsewhere', () => {
    const repeat = { url: 'https://other.example/repeat', title: 'The mayor again', publisher: 'Other News' };
    const review = buildClaimReview(input({ appearances: [input().article, repeat, { title: ' ', url: null }] }));
    expect(review.itemReviewed.datePublished).toBe('2026-09-06T12:00:00.000Z');
    expect(review.itemReviewed.appearance).toEqual([
      expect.objectContaining({ url: 'https://news.example/2026/09/06/chicago' }),
      {
        '@type': 'NewsArticle',
        url: 'https://other.example/repeat',
        headline: 'The mayor again',
        publisher: { '@type': 'Organization', name: 'Other News' },
      },
    ]);
  });

  it('replaces the appearances of a published ClaimReview and nothing else', () => {
    const published = buildClaimReview(input());
    const repeat = { url: 'https://other.example/repeat' };
    const updated = withAppearances(published, [input().article, repeat]);
    expect(updated).toEqual({
      ...published,
      itemReviewed: {
        ...published.itemReviewed,
        appearance: [
          published.itemReviewed.appearance,
          { '@type': 'NewsArticle', url: 'https://other.example/repeat' },
        ],
      },
    });
    expect(withAppearances(updated, [input().article])).toEqual(published);
  });
});
