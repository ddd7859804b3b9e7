import type { ClaimReview } from '../api/types';

export interface PublishedEntry {
  /** The claim's id, read from the ClaimReview url (`<PUBLIC_BASE_URL>/claims/<id>`), when it has that shape. */
  claimId: string | null;
  latest: ClaimReview;
  /** Earlier published versions, newest first: a correction replaced each. */
  earlier: ClaimReview[];
}

const CLAIM_PATH = /\/claims\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

export function claimIdOf(review: ClaimReview): string | null {
  try {
    return CLAIM_PATH.exec(new URL(review.url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * The feed lists every published version in publication order; the desk shows one entry per claim, the most
 * recently changed first, with its earlier versions under it.
 */
export function groupClaimReviews(feed: readonly ClaimReview[]): PublishedEntry[] {
  const byClaim = new Map<string, ClaimReview[]>();
  for (const review of feed) {
    const key = claimIdOf(review) ?? review.url;
    byClaim.set(key, [...(byClaim.get(key) ?? []), review]);
  }
  const changedAt = (review: ClaimReview) => Date.parse(review.dateModified ?? review.datePublished) || 0;
  return [...byClaim.values()]
    .map((versions) => {
      const sorted = [...versions].sort((a, b) => (b.version ?? 1) - (a.version ?? 1) || changedAt(b) - changedAt(a));
      return { claimId: claimIdOf(sorted[0]), latest: sorted[0], earlier: sorted.slice(1) };
    })
    .sort((a, b) => changedAt(b.latest) - changedAt(a.latest));
}
