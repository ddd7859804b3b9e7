import type { FactCheckSummary, FactCheckVersion } from './fact-check.views';
import type { FactCheckRow, PublicVersionRow } from './fact-checks.query';

/** A published version as the public pages show it. */
export function publicVersion(row: PublicVersionRow): FactCheckVersion {
  return {
    version: row.version,
    rating: row.rating,
    ratingValue: row.ratingValue,
    summary: row.summary,
    explanation: row.explanation,
    sources: row.sources,
    correctionNote: row.correctionNote,
    publishedAt: row.publishedAt,
  };
}

/** A fact check as lists and feeds show it; the claim and speaker as its ClaimReview published them. */
export function factCheckSummary(row: FactCheckRow): FactCheckSummary {
  return {
    slug: row.slug,
    reviewUrl: row.claimReview.url,
    claimReviewed: row.claimReview.claimReviewed,
    speaker: row.claimReview.itemReviewed.author?.name ?? null,
    articleTitle: row.articleTitle,
    publisher: row.publisher,
    publishedAt: row.publicSince,
    modifiedAt: row.version > 1 ? row.publishedAt : null,
    current: publicVersion(row),
  };
}
