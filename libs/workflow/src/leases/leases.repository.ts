import { Injectable } from '@nestjs/common';
import { LeasedStage, LeaseReleaseReason, Queryable, sql, SQLQuery } from '@app/database';
import { expireLeaseJobIdSql, JobName, OutboxRepository } from '@app/queue';
import { EventsRepository } from '../events/events.repository';
import { EventType } from '../events/event-type';
import { notAuthorOfSubmittedVerdictSql } from '../verdicts/verdicts.columns';

/** A new lease: its id, who takes it, on which stage, for how long (from the database's now). */
export interface LeaseTerms {
  leaseId: string;
  holderId: string;
  stage: LeasedStage;
  seconds: number;
}

/**
 * Leases: a person's hold on a claim while they work on it. Each is a row of `leases` (the history: who, when, how it
 * ended) and the claim's `lease_*` columns (the live lease, kept on the claim so that the queue's index serves
 * take-next); this repository writes both, and the job that ends a lease when its time is up. Every time is the
 * database's.
 */
@Injectable()
export class LeasesRepository {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly events: EventsRepository,
  ) {}

  /**
   * Locks the person's user row for the rest of the transaction, so that their takes happen one after another: a
   * count of their leases in a later statement (a fresh snapshot) sees every take before it.
   */
  lockHolderSql(personId: string): SQLQuery {
    return sql`SELECT 1 FROM users WHERE id = ${personId} FOR NO KEY UPDATE`;
  }

  async lockHolder(db: Queryable, personId: string): Promise<void> {
    await db.query(this.lockHolderSql(personId));
  }

  /** How many claims the person holds live leases on (see `lockHolder`). */
  async countLive(db: Queryable, personId: string): Promise<number> {
    const [{ held }] = await db.query<{ held: number }>(sql`SELECT (${this.liveCountSql(personId)}) AS held`);
    return held;
  }

  /** Whether any claim of the stage is free for the person to take (not leased, not reserved for someone else). */
  async anyFree(db: Queryable, stage: LeasedStage, personId: string): Promise<boolean> {
    const [{ free }] = await db.query<{ free: boolean }>(sql`
      SELECT EXISTS (SELECT 1 FROM claims
                      WHERE stage = ${stage} AND (lease_expires_at IS NULL OR lease_expires_at <= now())
                        AND (reserved_until IS NULL OR reserved_until <= now() OR reserved_for = ${personId})) AS free`);
    return free;
  }

  /** Leases the claim (locked by the caller, its lease not live) and schedules the lease's end; its expiry. */
  async open(db: Queryable, claimId: string, terms: LeaseTerms): Promise<Date> {
    const [{ expiresAt }] = await db.query<{ expiresAt: Date }>(sql`
      WITH ${this.openSteps(sql`SELECT ${claimId}::uuid AS id`, terms)}
      SELECT taken.expires_at AS "expiresAt" FROM taken`);
    return expiresAt;
  }

  /** Extends the claim's live lease to `seconds` from now and schedules its new end; the new expiry. */
  async extend(db: Queryable, claimId: string, leaseId: string, seconds: number): Promise<Date> {
    const [{ expiresAt }] = await db.query<{ expiresAt: Date }>(sql`
      WITH extended AS (
        UPDATE claims SET lease_expires_at = ${expirySql(seconds)}, updated_at = now()
         WHERE id = ${claimId} AND lease_id = ${leaseId}
        RETURNING lease_id, lease_expires_at AS expires_at),
      recorded AS (
        UPDATE leases SET expires_at = extended.expires_at FROM extended WHERE leases.id = extended.lease_id),
      scheduled AS (${this.scheduleEndSql(sql`extended`)})
      SELECT expires_at AS "expiresAt" FROM extended`);
    return expiresAt;
  }

  /** Ends the claim's lease `leaseId` (its row keeps the history) and clears it from the claim. */
  async close(db: Queryable, claimId: string, leaseId: string, reason: LeaseReleaseReason): Promise<void> {
    await db.query(sql`
      WITH cleared AS (
        UPDATE claims SET lease_id = NULL, lease_holder_id = NULL, lease_expires_at = NULL, updated_at = now()
         WHERE id = ${claimId} AND lease_id = ${leaseId})
      UPDATE leases SET released_at = now(), release_reason = ${reason} WHERE id = ${leaseId} AND released_at IS NULL`);
  }

  /** Closes a lease row its claim no longer names (the claim moved on), once its time is up. */
  async closeOrphan(db: Queryable, leaseId: string): Promise<void> {
    await db.query(sql`
      UPDATE leases SET released_at = now(), release_reason = 'expired'
       WHERE id = ${leaseId} AND released_at IS NULL AND expires_at <= now()`);
  }

  /**
   * Take-next in one statement, to send after `lockHolderSql` in the same pipeline: unless the taker holds as many
   * leases as they may, a free claim of the stage is leased to them (`FOR NO KEY UPDATE SKIP LOCKED` lets concurrent
   * takers pass over each other's rows instead of waiting), its lease's end scheduled and the take recorded. The
   * claim is one an editor sent back to the taker (reserved for them; the one whose reservation ends first), or else
   * the highest-ranked one reserved for nobody else, of which they wrote no verdict waiting for review: the first
   * look-up is a probe of the reservations' own index, the second, made only when it finds nothing, walks the queue
   * index as before. One row: the claim taken (null when none was) and how many leases the taker held before.
   */
  takeNextSql(terms: LeaseTerms, maxLeases: number): SQLQuery {
    const free = sql`(claim.lease_expires_at IS NULL OR claim.lease_expires_at <= now())`;
    return sql`
      WITH holding AS (SELECT (${this.liveCountSql(terms.holderId)}) AS held),
      reserved AS (
        SELECT claim.id FROM claims claim
         WHERE (SELECT held FROM holding) < ${maxLeases}
           AND claim.reserved_for = ${terms.holderId} AND claim.reserved_until > now()
           AND claim.stage = ${terms.stage} AND ${free}
         ORDER BY claim.reserved_until, claim.id
         LIMIT 1
         FOR NO KEY UPDATE SKIP LOCKED),
      ranked AS (
        SELECT claim.id FROM claims claim
         WHERE (SELECT held FROM holding) < ${maxLeases}
           AND NOT EXISTS (SELECT 1 FROM reserved)
           AND claim.stage = ${terms.stage} AND ${free}
           AND (claim.reserved_until IS NULL OR claim.reserved_until <= now() OR claim.reserved_for = ${terms.holderId})
           AND ${notAuthorOfSubmittedVerdictSql(sql`claim.id`, terms.holderId)}
         ORDER BY claim.queue_rank DESC, claim.id
         LIMIT 1
         FOR NO KEY UPDATE SKIP LOCKED),
      candidate AS (SELECT id FROM reserved UNION ALL SELECT id FROM ranked),
      ${this.openSteps(sql`SELECT id FROM candidate`, terms)},
      logged AS (${this.events.insertForClaimsSql(
        EventType.LeaseTaken,
        terms.holderId,
        sql`taken`,
        sql`jsonb_build_object('leaseId', lease_id, 'stage', ${terms.stage}::text, 'expiresAt', ${isoSql(sql`expires_at`)},
                               'via', 'next')`,
      )})
      SELECT taken.id AS "claimId", holding.held FROM holding LEFT JOIN taken ON true`;
  }

  /**
   * The steps that lease the claims `claims` selects (a statement runs every step that writes, whether or not it
   * reads its result): `taken` (the claims, with the lease and its expiry), `closed`
   * (a lease that ran out unnoticed), `opened` (the lease's row) and `scheduled` (the job that ends it).
   */
  private openSteps(claims: SQLQuery, terms: LeaseTerms): SQLQuery {
    return sql`
      taken AS (
        UPDATE claims SET lease_id = ${terms.leaseId}, lease_holder_id = ${terms.holderId},
               lease_expires_at = ${expirySql(terms.seconds)}, updated_at = now()
          FROM (${claims}) AS chosen, claims before
         WHERE claims.id = chosen.id AND before.id = claims.id
           AND (before.lease_expires_at IS NULL OR before.lease_expires_at <= now())
        RETURNING claims.id, claims.article_id, claims.lease_id, claims.lease_expires_at AS expires_at,
                  before.lease_id AS stale_lease),
      closed AS (
        UPDATE leases SET released_at = now(), release_reason = 'expired'
          FROM taken WHERE leases.id = taken.stale_lease AND leases.released_at IS NULL
        RETURNING leases.id),
      opened AS (
        -- Joined to "closed" so that the lease that ran out is closed before the new one opens.
        INSERT INTO leases (id, claim_id, holder_id, stage, acquired_at, expires_at)
        SELECT taken.lease_id, taken.id, ${terms.holderId}, ${terms.stage}, now(), taken.expires_at
          FROM taken CROSS JOIN (SELECT count(*) FROM closed) AS done
        RETURNING id),
      scheduled AS (${this.scheduleEndSql(sql`taken`)})`;
  }

  /** The job that ends a lease at its expiry, for each row (lease_id, expires_at) of the step `source`. */
  private scheduleEndSql(source: SQLQuery): SQLQuery {
    return this.outbox.insertFromSql(JobName.ExpireLease, source, {
      id: expireLeaseJobIdSql(sql`lease_id`, sql`expires_at`),
      payload: sql`jsonb_build_object('leaseId', lease_id)`,
      runAt: sql`expires_at`,
    });
  }

  private liveCountSql(personId: string): SQLQuery {
    return sql`
      SELECT count(*)::int FROM leases open_lease
        JOIN claims held ON held.id = open_lease.claim_id AND held.lease_id = open_lease.id
       WHERE open_lease.holder_id = ${personId} AND open_lease.released_at IS NULL AND held.lease_expires_at > now()`;
  }
}

/** Now plus the lease's duration, to the millisecond (so that the expiry job's id reads the same from a Date). */
function expirySql(seconds: number): SQLQuery {
  return sql`date_trunc('milliseconds', now() + make_interval(secs => ${seconds}))`;
}

/** A timestamp as JavaScript's toISOString() writes it, for event data built by Postgres. */
function isoSql(timestamp: SQLQuery): SQLQuery {
  return sql`to_char(${timestamp} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
