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

/**
 * The JSON-LD as text to paste into a page: `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026` (as the API
 * sends them), so a claim that quotes `</script>` cannot end the script element it is pasted into.
 */
export function jsonLdText(review: ClaimReview): string {
  return JSON.stringify(review, null, 2).replace(
    /[<>&]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function jsonLdScriptTag(review: ClaimReview): string {
  return `<script type="application/ld+json">\n${jsonLdText(review)}\n</script>`;
}
