import type { ClaimReview } from '../api/types';

export interface PublishedEntry {
  /** The claim the ClaimReview reviews (the feed carries it beside each item: its `url` names no claim). */
  claimId: string;
  latest: ClaimReview;
  /** Earlier published versions, newest first: a correction replaced each. */
  earlier: ClaimReview[];
}

type Appearance = Exclude<NonNullable<ClaimReview['itemReviewed']['appearance']>, readonly unknown[]>;

/**
 * Where the reviewed claim appeared: its article, or every article once a repeat was published with the same verdict
 * (the ClaimReview then carries a list, the first fact-checked appearance first).
 */
export function appearancesOf(review: ClaimReview): Appearance[] {
  const appearance = review.itemReviewed.appearance;
  if (!appearance) return [];
  return Array.isArray(appearance) ? appearance : [appearance];
}

/** A published version and its claim, as the feed pairs them (`claimIds[i]` is the claim of `items[i]`). */
export interface PublishedVersion {
  claimId: string;
  review: ClaimReview;
}

/** The feed's items with their claims. */
export function publishedVersions(page: { items: readonly ClaimReview[]; claimIds: readonly string[] }) {
  return page.items.map((review, index): PublishedVersion => ({ claimId: page.claimIds[index], review }));
}

/**
 * The feed lists every published version in publication order; the desk shows one entry per claim, the most
 * recently changed first, with its earlier versions under it.
 */
export function groupClaimReviews(feed: readonly PublishedVersion[]): PublishedEntry[] {
  const byClaim = new Map<string, ClaimReview[]>();
  for (const { claimId, review } of feed) byClaim.set(claimId, [...(byClaim.get(claimId) ?? []), review]);
  const changedAt = (review: ClaimReview) => Date.parse(review.dateModified ?? review.datePublished) || 0;
  return [...byClaim.entries()]
    .map(([claimId, versions]) => {
      const sorted = [...versions].sort((a, b) => (b.version ?? 1) - (a.version ?? 1) || changedAt(b) - changedAt(a));
      return { claimId, latest: sorted[0], earlier: sorted.slice(1) };
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
