import { Injectable } from '@nestjs/common';
import { ClaimStage, Queryable, sql, SQLQuery } from '@app/database';

/** A claim as stored, named as the code names it. */
export interface ClaimRow {
  id: string;
  articleId: string;
  quoteId: string;
  position: number;
  text: string;
  standalone: string;
  start: number;
  end: number;
  speakerId: string | null;
  checkworthiness: number;
  checkworthy: boolean;
  stage: ClaimStage;
  /** Triaged and found not worth checking: kept in triage, visible and promotable, never dropped. */
  parked: boolean;
  /** Base priority at triage: check-worthiness, the speaker's prominence and the news' recency. */
  priority: number;
  /** The queue's sort key: priority aged by waiting time (see claim-priority.ts), raised when overdue. */
  queueRank: number;
  overdue: boolean;
  triagedAt: Date | null;
  stageEnteredAt: Date;
  leaseId: string | null;
  leaseHolderId: string | null;
  leaseExpiresAt: Date | null;
  /** The lease's expiry was ahead, by the database's clock, when the row was read. */
  leaseLive: boolean;
  dismissedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The columns of a ClaimRow, from the `claims` table as `claim`. */
export const CLAIM_COLUMNS = sql`
  claim.id, claim.article_id AS "articleId", claim.quote_id AS "quoteId", claim.position, claim.text, claim.standalone,
  claim.start_offset AS "start", claim.end_offset AS "end", claim.speaker_id AS "speakerId", claim.checkworthiness,
  claim.checkworthy, claim.stage, claim.parked, claim.priority, claim.queue_rank AS "queueRank", claim.overdue,
  claim.triaged_at AS "triagedAt", claim.stage_entered_at AS "stageEnteredAt", claim.lease_id AS "leaseId",
  claim.lease_holder_id AS "leaseHolderId", claim.lease_expires_at AS "leaseExpiresAt",
  coalesce(claim.lease_expires_at > now(), false) AS "leaseLive", claim.dismissed_reason AS "dismissedReason",
  claim.created_at AS "createdAt", claim.updated_at AS "updatedAt"`;

/** Claims: the checkable assertions found in quotes, and where each stands on the desk. */
@Injectable()
export class ClaimsRepository {
  /** The claim, locked for the rest of the transaction against other writers (not against readers). */
  async lock(db: Queryable, id: string): Promise<ClaimRow | null> {
    return this.lockWhere(db, sql`claim.id = ${id}`);
  }

  /** The claim a lease is (or was last) on, locked as `lock` does. */
  async lockByLease(db: Queryable, leaseId: string): Promise<ClaimRow | null> {
    return this.lockWhere(db, sql`claim.lease_id = ${leaseId}`);
  }

  private async lockWhere(db: Queryable, condition: SQLQuery): Promise<ClaimRow | null> {
    const [row] = await db.query<ClaimRow>(
      sql`SELECT ${CLAIM_COLUMNS} FROM claims claim WHERE ${condition} FOR NO KEY UPDATE`,
    );
    return row ?? null;
  }
}
