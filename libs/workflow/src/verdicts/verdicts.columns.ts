import { sql, SQLQuery, VerdictStatus } from '@app/database';
import type { ReusedVerdictDto, VerdictAuthorDto, VerdictSourceDto } from './dto/verdict.dto';

/** A verdict version as stored, with everyone who wrote part of it. */
export interface VerdictRow {
  id: string;
  claimId: string;
  version: number;
  status: VerdictStatus;
  rating: string | null;
  ratingValue: number | null;
  summary: string | null;
  explanation: string | null;
  sources: VerdictSourceDto[];
  /** The last person who wrote it. */
  authorId: string;
  /** Everyone who wrote part of it, in the order they first did. */
  authors: VerdictAuthorDto[];
  /** The editors who changed it while reviewing it, in the order they first did; not its authors. */
  editors: VerdictAuthorDto[];
  reviewerId: string | null;
  reviewComment: string | null;
  correctionNote: string | null;
  /** The newsroom's own page the editor gave for the ClaimReview `url` (null: this service's public page). */
  reviewUrl: string | null;
  /** The published verdict this one was started from ("same verdict"), on the claim it repeats. */
  reusedFrom: ReusedVerdictDto | null;
  supersededAt: Date | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** The authors of the verdict `verdict.id`, as JSON `[{id, name}]` in the order they first wrote. */
const AUTHORS_JSON = sql`
  coalesce((SELECT json_agg(json_build_object('id', author.id, 'name', author.name) ORDER BY wrote.first_wrote_at, wrote.user_id)
              FROM verdict_authors wrote JOIN users author ON author.id = wrote.user_id
             WHERE wrote.verdict_id = verdict.id), '[]'::json)`;

/** The editors who changed the verdict `verdict.id` in review, as JSON `[{id, name}]` in the order they first did. */
const EDITORS_JSON = sql`
  coalesce((SELECT json_agg(json_build_object('id', editor.id, 'name', editor.name) ORDER BY edited.first_edited_at, edited.user_id)
              FROM verdict_editors edited JOIN users editor ON editor.id = edited.user_id
             WHERE edited.verdict_id = verdict.id), '[]'::json)`;
/** The verdict `verdict.reused_from` names, as JSON `{claimId, verdictId, version, rating}`. */
const REUSED_FROM_JSON = sql`
  (SELECT json_build_object('claimId', source.claim_id, 'verdictId', source.id, 'version', source.version,
                            'rating', source.rating)
     FROM verdicts source WHERE source.id = verdict.reused_from)`;

/** The columns of a VerdictRow, from the `verdicts` table as `verdict`. */
export const VERDICT_COLUMNS = sql`
  verdict.id, verdict.claim_id AS "claimId", verdict.version, verdict.status, verdict.rating,
  verdict.rating_value AS "ratingValue", verdict.summary, verdict.explanation, verdict.sources,
  verdict.author_id AS "authorId", ${AUTHORS_JSON} AS authors, ${EDITORS_JSON} AS editors, verdict.reviewer_id AS "reviewerId",
  verdict.review_comment AS "reviewComment", verdict.correction_note AS "correctionNote",
  verdict.review_url AS "reviewUrl", ${REUSED_FROM_JSON} AS "reusedFrom", verdict.superseded_at AS "supersededAt", verdict.submitted_at AS "submittedAt", verdict.approved_at AS "approvedAt",
  verdict.published_at AS "publishedAt", verdict.updated_at AS "updatedAt"`;

/** True unless the person wrote part of a verdict waiting for review on the claim `claimId` names. */
export function notAuthorOfSubmittedVerdictSql(claimId: SQLQuery, personId: string): SQLQuery {
  return sql`
    NOT EXISTS (SELECT 1 FROM verdicts own JOIN verdict_authors wrote ON wrote.verdict_id = own.id
                 WHERE own.claim_id = ${claimId} AND own.status = 'submitted' AND wrote.user_id = ${personId})`;
}

/**
 * The latest version of the claim `claim.id`, in brief (ClaimVerdictBriefDto, `submittedAt` as stored), as JSON; null
 * before a draft. One probe of the (claim_id, version) index and of the version's authors.
 */
export const LATEST_VERDICT_BRIEF_JSON = sql`
  (SELECT json_build_object('id', verdict.id, 'version', verdict.version, 'status', verdict.status,
                            'rating', verdict.rating, 'ratingValue', verdict.rating_value, 'authors', ${AUTHORS_JSON},
                            'submittedAt', verdict.submitted_at,
                            'sentBack', verdict.review_comment IS NOT NULL AND verdict.status IN ('draft', 'submitted'))
     FROM verdicts verdict WHERE verdict.claim_id = claim.id ORDER BY verdict.version DESC LIMIT 1)`;
