import { describe, expect, it } from 'vitest';
import type { ClaimDetail, Verdict } from '../api/types';
import { replacesDraft, reusedOriginal, reuseOffer } from './same-verdict';

type Match = ClaimDetail['matches'][number];

const ORIGINAL = '11111111-1111-4111-8111-111111111111';

function match(status: Match['status'], published: boolean): Match {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    status,
    similarity: 1,
    claim: {
      id: ORIGINAL,
      text: 'Crime fell',
      standalone: 'Crime fell 20 percent.',
      stage: 'published',
      speaker: null,
    },
    article: { id: '33333333-3333-4333-8333-333333333333', title: null, url: null, publisher: null },
    verdict: published
      ? {
          id: '44444444-4444-4444-8444-444444444444',
          claimId: ORIGINAL,
          version: 1,
          rating: 'False',
          ratingValue: 1,
          summary: 'No.',
          publishedAt: '2026-09-06T00:00:00Z',
        }
      : null,
  };
}

function draft(words: Partial<Verdict>): Verdict {
  return {
    id: '55555555-5555-4555-8555-555555555555',
    claimId: ORIGINAL,
    version: 1,
    status: 'draft',
    rating: null,
    ratingValue: null,
    summary: null,
    explanation: null,
    sources: [],
    authorId: ORIGINAL,
    authors: [],
    editors: [],
    reviewerId: null,
    reviewComment: null,
    correctionNote: null,
    reusedFrom: null,
    supersededAt: null,
    submittedAt: null,
    approvedAt: null,
    publishedAt: null,
    updatedAt: '2026-09-06T00:00:00Z',
    ...words,
  };
}

describe('reuseOffer', () => {
  it('offers the same verdict for a linked or confirmed repeat with a published verdict, to whoever writes the draft', () => {
    expect(reuseOffer(match('linked', true), true)).toBe('reuse');
    expect(reuseOffer(match('confirmed', true), true)).toBe('reuse');
    expect(reuseOffer(match('suggested', true), true)).toBe('confirm-first');
    expect(reuseOffer(match('linked', false), true)).toBeNull();
    expect(reuseOffer(match('linked', true), false)).toBeNull();
  });
});

describe('replacesDraft', () => {
  it('asks before replacing words, not an empty or submitted draft', () => {
    expect(replacesDraft(null)).toBe(false);
    expect(replacesDraft(draft({}))).toBe(false);
    expect(replacesDraft(draft({ summary: 'Mine.' }))).toBe(true);
    expect(replacesDraft(draft({ sources: [{ url: 'https://a.example' }] }))).toBe(true);
    expect(replacesDraft(draft({ status: 'submitted', summary: 'Mine.' }))).toBe(false);
  });
});

describe('reusedOriginal', () => {
  it('names the original with its words when the matches show it', () => {
    const reused = draft({ reusedFrom: { claimId: ORIGINAL, verdictId: ORIGINAL, version: 1, rating: 'False' } });
    const claim = { verdict: reused, matches: [match('linked', true)] } as unknown as ClaimDetail;
    expect(reusedOriginal(claim)).toEqual({ claimId: ORIGINAL, text: 'Crime fell 20 percent.', rating: 'False' });
    expect(reusedOriginal({ ...claim, matches: [] })).toEqual({ claimId: ORIGINAL, text: null, rating: 'False' });
    expect(reusedOriginal({ ...claim, verdict: draft({}) })).toBeNull();
  });
});
