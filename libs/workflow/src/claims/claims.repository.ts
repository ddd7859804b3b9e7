import { Injectable } from '@nestjs/common';
import { ClaimStage, Queryable, sql, SQLQuery } from '@app/database';
import { AGING_PER_HOUR, QUEUE_RANK_EPOCH } from './claim-priority';

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

  /**
   * Moves claims to a stage: every stage change of every feature goes through here (triage's routing, promoting,
   * dismissing, submitting, approving, rejecting). Their time in the stage starts at the database's now, their queue
   * rank is set from their priority and that time (see claim-priority.ts), overdue is cleared, and the stage-period
   * log closes each claim's open period and opens the new one; `also` writes fields that change with the move. One
   * statement, whatever the number of claims; the moved claims as they are now.
   */
  async moveToStage(
    db: Queryable,
    claimIds: string[],
    stage: ClaimStage,
    also: { parked?: boolean; dismissedReason?: string } = {},
  ): Promise<ClaimRow[]> {
    if (claimIds.length === 0) return [];
    const extra = [
      ...(also.parked === undefined ? [] : [sql`parked = ${also.parked}`]),
      ...(also.dismissedReason === undefined ? [] : [sql`dismissed_reason = ${also.dismissedReason}`]),
    ];
    return db.query<ClaimRow>(sql`
      WITH moved AS (
        UPDATE claims claim
           SET stage = ${stage}, stage_entered_at = now(), overdue = false, queue_rank = ${queueRankNowSql(sql`claim.priority`)},
               ${sql.join([...extra, sql`updated_at = now()`], sql`, `)}
         WHERE claim.id = ANY(${claimIds}::uuid[])
        RETURNING ${CLAIM_COLUMNS}),
      ${stagePeriodSteps(sql`SELECT id, stage FROM moved`)}
      SELECT * FROM moved`);
  }

  private async lockWhere(db: Queryable, condition: SQLQuery): Promise<ClaimRow | null> {
    const [row] = await db.query<ClaimRow>(
      sql`SELECT ${CLAIM_COLUMNS} FROM claims claim WHERE ${condition} FOR NO KEY UPDATE`,
    );
    return row ?? null;
  }
}

/** `queueRank` (claim-priority.ts) of a claim of this priority entering its stage at the database's now. */
function queueRankNowSql(priority: SQLQuery): SQLQuery {
  return sql`(${priority} - ${AGING_PER_HOUR}::float8
              * (extract(epoch FROM now() - ${QUEUE_RANK_EPOCH.toISOString()}::timestamptz)::float8 / 3600))`;
}

/**
 * The steps that log the stage changes of the claims `moved` selects (`id`, `stage`: the stage entered): `closed`
 * (the period each was in) and `opened` (the one it enters, from now).
 */
function stagePeriodSteps(moved: SQLQuery): SQLQuery {
  return sql`
    closed AS (
      UPDATE claim_stage_periods period SET left_at = now()
        FROM (${moved}) AS entering
       WHERE period.claim_id = entering.id AND period.left_at IS NULL
      RETURNING period.claim_id),
    opened AS (
      -- Joined to "closed" so that each open period is closed before the next opens (one open period per claim).
      INSERT INTO claim_stage_periods (claim_id, stage, entered_at)
      SELECT entering.id, entering.stage, now() FROM (${moved}) AS entering CROSS JOIN (SELECT count(*) FROM closed) AS done
      RETURNING claim_id)`;
}
