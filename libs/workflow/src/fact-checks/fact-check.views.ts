import type { ClaimReviewJsonLd } from '@app/publishing';
import type { VerdictSourceDto } from '../verdicts/dto/verdict.dto';

/**
 * What the public pages and feeds show of a published fact check: only published words (never a draft, a review
 * comment or an internal note) and no person but the speaker; the organisation signs it.
 */

/** One published version of the verdict. */
export interface FactCheckVersion {
  version: number;
  rating: string;
  ratingValue: number;
  summary: string | null;
  explanation: string | null;
  sources: VerdictSourceDto[];
  /** Why this version corrected the one before (null on the first). */
  correctionNote: string | null;
  publishedAt: Date;
}

/** A fact check in a list or a feed: its version in force. */
export interface FactCheckSummary {
  slug: string;
  /** Where its ClaimReview says it is read: this service's page, or the newsroom's own. */
  reviewUrl: string;
  claimReviewed: string;
  speaker: string | null;
  articleTitle: string | null;
  publisher: string | null;
  /** When its first version was published. */
  publishedAt: Date;
  /** When a correction last changed it (null if never). */
  modifiedAt: Date | null;
  current: FactCheckVersion;
}

/** Another appearance of the same claim, given the same verdict there, with its own public page. */
export interface SameClaimAppearance {
  slug: string;
  /** The first fact check of the claim, whose verdict the repeats reused. */
  original: boolean;
  article: { title: string | null; url: string | null; publisher: string | null; publishedAt: Date | null };
}

/** A fact check's page: its version in force, the earlier ones and where the quote stands in the article. */
export interface FactCheck extends FactCheckSummary {
  claimText: string;
  speakerTitle: string | null;
  article: { title: string | null; url: string | null; publisher: string | null; publishedAt: Date | null };
  /** The quote with some of the article's text before and after it (`…` where the window cuts the text). */
  context: { before: string; quote: string; after: string };
  /** Earlier published versions, newest first: each replaced by a correction. */
  earlier: FactCheckVersion[];
  /** The other published appearances of the claim given the same verdict, the original first: each page links the others. */
  sameClaim: SameClaimAppearance[];
  claimReview: ClaimReviewJsonLd;
}

/** A page of the list, newest first. */
export interface FactCheckPage {
  items: FactCheckSummary[];
  nextCursor: string | null;
}
