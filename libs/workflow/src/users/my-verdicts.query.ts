import { Injectable } from '@nestjs/common';
import { ClaimStage, Queryable, sql, VerdictStatus } from '@app/database';

/** One of a person's verdicts, as read: the latest version, its claim, the quote's speaker and the article. */
export interface MyVerdictRow {
  id: string;
  claimId: string;
  version: number;
  status: VerdictStatus;
  rating: string | null;
  summary: string | null;
  reviewComment: string | null;
  updatedAt: Date;
  text: string;
  standalone: string;
  stage: ClaimStage;
  leasedByYou: boolean;
  speakerName: string | null;
  articleId: string;
  articleTitle: string | null;
}

/** A person's verdicts, for `GET /v1/me/verdicts`: verdicts with their claims, quotes and articles. */
@Injectable()
export class MyVerdictsQuery {
  /** The latest version of each verdict the person wrote part of, most recently changed first (at most 200). */
  list(db: Queryable, personId: string): Promise<MyVerdictRow[]> {
    return db.query<MyVerdictRow>(sql`
      SELECT v.id, v.claim_id AS "claimId", v.version, v.status, v.rating, v.summary, v.review_comment AS "reviewComment",
             v.updated_at AS "updatedAt", c.text, c.standalone, c.stage,
             (c.lease_holder_id = ${personId} AND c.lease_expires_at > now()) IS TRUE AS "leasedByYou",
             q.speaker_name AS "speakerName", a.id AS "articleId", a.title AS "articleTitle"
        FROM verdicts v
        JOIN claims c ON c.id = v.claim_id
        JOIN quotes q ON q.id = c.quote_id
        JOIN articles a ON a.id = c.article_id
       WHERE v.id IN (SELECT verdict_id FROM verdict_authors WHERE user_id = ${personId})
         AND v.version = (SELECT max(version) FROM verdicts latest WHERE latest.claim_id = v.claim_id)
       ORDER BY v.updated_at DESC
       LIMIT 200`);
  }
}
