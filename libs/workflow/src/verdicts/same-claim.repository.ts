import { Injectable } from '@nestjs/common';
import { Queryable, sql } from '@app/database';
import type { ClaimReviewJsonLd } from '@app/publishing';
import { VERDICT_COLUMNS, VerdictRow } from './verdicts.columns';

/**
 * One appearance of a claim that was fact-checked once and given the same verdict again where it was repeated: the
 * original (its first fact check) or a repeat whose published verdict was started from the original's.
 */
export interface AppearanceRow {
  claimId: string;
  /** The first fact check of the claim; the others repeat its verdict. */
  original: boolean;
  /** Its public page, once published. */
  slug: string | null;
  publicSince: Date | null;
  articleUrl: string | null;
  articleTitle: string | null;
  publisher: string | null;
  articlePublishedAt: Date | null;
  /** Its version in force and that version's ClaimReview; null before its first publication. */
  verdictId: string | null;
  claimReview: ClaimReviewJsonLd | null;
}

/** What a claim's verdict may be started from: the original the named claim's verdict stands for. */
export interface ReuseSource {
  /** The named claim is a repeat of this claim's by a linked or confirmed match (directly or through its original). */
  matched: boolean;
  /** The original: the named claim, or the claim whose verdict the named claim's published verdict repeats. */
  originalClaimId: string;
  /** The original's version in force; null while it has none published. */
  verdict: VerdictRow | null;
}

/** The links "same verdict" makes between the verdicts of claims that say the same thing, and what they read. */
@Injectable()
export class SameClaimRepository {
  /**
   * The source of a "same verdict" for claim `claimId` named by `fromClaimId`: a claim it was matched with (linked by
   * triage or confirmed by a person), or a repeat of that claim, since matches point at the first claim of their kind
   * while the verdict may have been published on any of them. No row when `fromClaimId` names no claim.
   */
  async reuseSource(db: Queryable, claimId: string, fromClaimId: string): Promise<ReuseSource | null> {
    const [row] = await db.query<{ matched: boolean; originalClaimId: string }>(sql`
      SELECT EXISTS (
               SELECT 1 FROM claim_matches match
                WHERE match.claim_id = ${claimId} AND match.status IN ('linked', 'confirmed')
                  AND (match.matched_claim_id = source.id
                       OR EXISTS (SELECT 1 FROM claim_matches repeat
                                   WHERE repeat.matched_claim_id = match.matched_claim_id AND repeat.claim_id = source.id
                                     AND repeat.status IN ('linked', 'confirmed')))) AS matched,
             coalesce((SELECT original.claim_id FROM verdicts own JOIN verdicts original ON original.id = own.reused_from
                        WHERE own.claim_id = source.id AND own.published_at IS NOT NULL AND own.superseded_at IS NULL
                        ORDER BY own.version DESC LIMIT 1), source.id) AS "originalClaimId"
        FROM claims source WHERE source.id = ${fromClaimId}`);
    if (!row) return null;
    const [verdict] = await db.query<VerdictRow>(sql`
      SELECT ${VERDICT_COLUMNS} FROM verdicts verdict
       WHERE verdict.claim_id = ${row.originalClaimId} AND verdict.published_at IS NOT NULL
         AND verdict.superseded_at IS NULL
       ORDER BY verdict.version DESC LIMIT 1`);
    return { ...row, verdict: verdict ?? null };
  }

  /**
   * Every appearance of the claim: the original first, then each repeat published with its verdict, in the order
   * they were first published (a repeat not published yet, such as the one being published, last).
   */
  async appearances(db: Queryable, claimId: string): Promise<AppearanceRow[]> {
    return db.query<AppearanceRow>(sql`
      WITH own AS (
        SELECT coalesce((SELECT original.claim_id FROM verdicts verdict JOIN verdicts original ON original.id = verdict.reused_from
                          WHERE verdict.claim_id = ${claimId} ORDER BY verdict.version DESC LIMIT 1),
                        ${claimId}::uuid) AS original_id),
      appearance AS (
        SELECT original_id AS claim_id, true AS original FROM own
        UNION
        SELECT repeat.claim_id, false FROM own
          JOIN verdicts original ON original.claim_id = own.original_id
          JOIN verdicts repeat ON repeat.reused_from = original.id
         WHERE repeat.published_at IS NOT NULL OR repeat.claim_id = ${claimId})
      SELECT claim.id AS "claimId", appearance.original, claim.public_slug AS slug, claim.public_since AS "publicSince",
             article.url AS "articleUrl", article.title AS "articleTitle", article.publisher,
             article.published_at AS "articlePublishedAt", current.id AS "verdictId",
             current.claim_review AS "claimReview"
        FROM appearance
        JOIN claims claim ON claim.id = appearance.claim_id
        JOIN articles article ON article.id = claim.article_id
        LEFT JOIN LATERAL (SELECT verdict.id, verdict.claim_review FROM verdicts verdict
                            WHERE verdict.claim_id = claim.id AND verdict.published_at IS NOT NULL
                              AND verdict.superseded_at IS NULL
                            ORDER BY verdict.version DESC LIMIT 1) current ON true
       ORDER BY appearance.original DESC, claim.public_since NULLS LAST, claim.id`);
  }

  /** Replaces the stored ClaimReview of a published version (its appearances changed; its verdict did not). */
  async updateClaimReview(db: Queryable, verdictId: string, claimReview: ClaimReviewJsonLd): Promise<void> {
    await db.query(sql`
      UPDATE verdicts SET claim_review = ${JSON.stringify(claimReview)}::jsonb, updated_at = now() WHERE id = ${verdictId}`);
  }
}
