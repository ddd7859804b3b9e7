import { Injectable } from '@nestjs/common';
import { ClaimStage, Queryable, sql } from '@app/database';
import type { ClaimReviewJsonLd } from '@app/publishing';
import type { PagePosition } from '../verdicts/published-page';
import type { VerdictSourceDto } from '../verdicts/dto/verdict.dto';

/** How much of the article is read on either side of the quote (the page shows less, cut at a word). */
const CONTEXT_READ = 600;

/** A public fact check as stored: the claim, its slug and its version in force with that version's ClaimReview. */
export interface FactCheckRow {
  claimId: string;
  slug: string;
  publicSince: Date;
  /** `publicSince` to the microsecond, for the list's cursor. */
  publicSinceExact: string;
  claimText: string;
  articleTitle: string | null;
  articleUrl: string | null;
  publisher: string | null;
  articlePublishedAt: Date | null;
  version: number;
  rating: string;
  ratingValue: number;
  summary: string | null;
  explanation: string | null;
  sources: VerdictSourceDto[];
  correctionNote: string | null;
  publishedAt: Date;
  claimReview: ClaimReviewJsonLd;
}

/** The article's text around the quote: `text` starts at the article offset `start` (code points). */
export interface QuoteWindowRow {
  quoteText: string;
  text: string;
  start: number;
  articleLength: number;
}

/** A published version as the public pages show it. */
export interface PublicVersionRow {
  version: number;
  rating: string;
  ratingValue: number;
  summary: string | null;
  explanation: string | null;
  sources: VerdictSourceDto[];
  correctionNote: string | null;
  publishedAt: Date;
}

const PUBLIC_VERSION_COLUMNS = sql`
  verdict.version, verdict.rating, verdict.rating_value AS "ratingValue", verdict.summary, verdict.explanation,
  verdict.sources, verdict.correction_note AS "correctionNote", verdict.published_at AS "publishedAt"`;

/**
 * The public pages' reads. Only published claims with a slug and their published versions; the columns are named
 * one by one, so no draft, review comment, note or person (authors, reviewers) can reach a public page.
 */
const FACT_CHECK_FROM = sql`
  FROM claims claim
  JOIN LATERAL (SELECT ${PUBLIC_VERSION_COLUMNS}, verdict.claim_review
                  FROM verdicts verdict
                 WHERE verdict.claim_id = claim.id AND verdict.published_at IS NOT NULL
                   AND verdict.superseded_at IS NULL
                 ORDER BY verdict.version DESC LIMIT 1) current ON true
  JOIN articles article ON article.id = claim.article_id`;

const FACT_CHECK_COLUMNS = sql`
  claim.id AS "claimId", claim.public_slug AS slug, claim.public_since AS "publicSince",
  to_char(claim.public_since AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "publicSinceExact",
  claim.text AS "claimText", article.title AS "articleTitle", article.url AS "articleUrl", article.publisher,
  article.published_at AS "articlePublishedAt", current.version, current.rating, current."ratingValue",
  current.summary, current.explanation, current.sources, current."correctionNote", current."publishedAt",
  current.claim_review AS "claimReview"`;

const IS_PUBLIC = sql`claim.public_slug IS NOT NULL AND claim.stage = ${ClaimStage.Published}`;

@Injectable()
export class FactChecksQuery {
  /** The published fact check with this slug, or null. */
  async bySlug(db: Queryable, slug: string): Promise<FactCheckRow | null> {
    const [row] = await db.query<FactCheckRow>(sql`
      SELECT ${FACT_CHECK_COLUMNS} ${FACT_CHECK_FROM} WHERE claim.public_slug = ${slug} AND ${IS_PUBLIC}`);
    return row ?? null;
  }

  /** Published fact checks, newest first (by their first publication), after `after`. */
  async page(db: Queryable, after: PagePosition | null, limit: number): Promise<FactCheckRow[]> {
    const position = after
      ? sql`AND (claim.public_since, claim.id) < (${after.publishedAtExact}::timestamptz, ${after.id}::uuid)`
      : sql``;
    return db.query<FactCheckRow>(sql`
      SELECT ${FACT_CHECK_COLUMNS} ${FACT_CHECK_FROM}
       WHERE ${IS_PUBLIC} ${position}
       ORDER BY claim.public_since DESC, claim.id DESC
       LIMIT ${limit}`);
  }

  /** Every published version of the claim's verdict, newest first. */
  async versions(db: Queryable, claimId: string): Promise<PublicVersionRow[]> {
    return db.query<PublicVersionRow>(sql`
      SELECT ${PUBLIC_VERSION_COLUMNS} FROM verdicts verdict
       WHERE verdict.claim_id = ${claimId} AND verdict.published_at IS NOT NULL
       ORDER BY verdict.version DESC`);
  }

  /** The quote and the article's text around it. */
  async quoteWindow(db: Queryable, claimId: string): Promise<QuoteWindowRow> {
    const [row] = await db.query<QuoteWindowRow>(sql`
      SELECT quote.text AS "quoteText",
             substring(article.body FROM greatest(quote.start_offset - ${CONTEXT_READ}, 0) + 1
                       FOR quote.end_offset - greatest(quote.start_offset - ${CONTEXT_READ}, 0) + ${CONTEXT_READ}) AS text,
             greatest(quote.start_offset - ${CONTEXT_READ}, 0) AS start, length(article.body) AS "articleLength"
        FROM claims claim
        JOIN quotes quote ON quote.id = claim.quote_id
        JOIN articles article ON article.id = claim.article_id
       WHERE claim.id = ${claimId}`);
    return row;
  }
}
