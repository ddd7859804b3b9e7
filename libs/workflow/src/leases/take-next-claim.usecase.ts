import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { LeasedStage } from '@app/database';
import { currentRequestId } from '@app/observability/request-context';
import { jobId, jobRequest, JobName, QUEUE_OF_JOB } from '@app/queue';
import { Actor } from '../common/actor';
import { EventType } from '../common/events';
import { GetClaimUseCase } from '../claims/get-claim.usecase';
import { simpleQuery } from '../common/simple-query';
import { wroteSubmittedVerdictSql } from '../verdicts/verdict-authors';
import { heldLeasesSql, lockTakerSql, refuseOverLimit } from './lease-rules';

/**
 * Leases the highest-priority free claim of a stage to the caller. The lease's expiry is set by this process's clock
 * (hosts keep NTP time; a few milliseconds do not matter to a lease of minutes). `FOR NO KEY UPDATE SKIP LOCKED` lets concurrent callers
 * pass over each other's rows instead of waiting, and the partial unique index on open leases makes a double grant
 * impossible even if the query were wrong. Editors are never handed a verdict they wrote part of.
 */
@Injectable()
export class TakeNextClaimUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly getClaim: GetClaimUseCase,
  ) {}

  async execute(stage: LeasedStage, actor: Actor) {
    // A row committed by a concurrent taker between our snapshot and our lock is re-checked and dropped by
    // Postgres, which can leave the page empty although other claims are free: look again before saying "none".
    for (let attempt = 0; attempt < 3; attempt++) {
      const leaseId = randomUUID();
      const expiresAt = new Date(Date.now() + this.config.LEASE_SECONDS * 1000);
      const expiry = jobRequest(JobName.ExpireLease, jobId.expireLease(leaseId, expiresAt), { leaseId }, expiresAt);
      const requestId = currentRequestId() ?? null;
      // The taker's row is locked first, so that one person's takes run one after another. Then one statement counts
      // the leases they hold, picks and locks the claim unless they hold as many as one may, leases it, closes a
      // lease that ran out unnoticed, opens the new one, schedules its expiry and records the event; the claim's
      // view is read after it, found through the new lease. All in one round trip and one transaction.
      const results = await simpleQuery(this.dataSource, (literal) => [
        lockTakerSql(`${literal(actor.id)}::uuid`),
        `WITH holding AS (${heldLeasesSql(`${literal(actor.id)}::uuid`)}),
         candidate AS (
           SELECT id, lease_id AS stale_lease FROM claims candidate
            WHERE (SELECT held FROM holding) < ${literal(String(this.config.MAX_LEASES_PER_PERSON))}::int
              AND candidate.stage = ${literal(stage)}
              AND (candidate.lease_expires_at IS NULL OR candidate.lease_expires_at <= now())
              AND NOT ${wroteSubmittedVerdictSql('candidate.id', `${literal(actor.id)}::uuid`)}
            ORDER BY candidate.queue_rank DESC, candidate.id
            LIMIT 1
            FOR NO KEY UPDATE SKIP LOCKED),
         taken AS (
           UPDATE claims SET lease_id = ${literal(leaseId)}::uuid, lease_holder_id = ${literal(actor.id)}::uuid,
                  lease_expires_at = ${literal(expiresAt.toISOString())}::timestamptz, version = version + 1, updated_at = now()
             FROM candidate
            WHERE claims.id = candidate.id AND (claims.lease_expires_at IS NULL OR claims.lease_expires_at <= now())
           RETURNING claims.id, claims.article_id, candidate.stale_lease),
         closed AS (
           UPDATE leases SET released_at = now(), release_reason = 'expired'
            WHERE id = (SELECT stale_lease FROM taken) AND released_at IS NULL
           RETURNING id),
         opened AS (
           -- Joined to "closed" so that the lease that ran out is closed before the new one is opened.
           INSERT INTO leases (id, claim_id, holder_id, stage, acquired_at, expires_at)
           SELECT ${literal(leaseId)}::uuid, taken.id, ${literal(actor.id)}::uuid, ${literal(stage)}, now(),
                  ${literal(expiresAt.toISOString())}::timestamptz
             FROM taken CROSS JOIN (SELECT count(*) FROM closed) AS done
           RETURNING id),
         scheduled AS (
           INSERT INTO outbox (queue, job_name, job_id, payload, run_at, request_id)
           SELECT ${literal(QUEUE_OF_JOB[JobName.ExpireLease])}, ${literal(expiry.name)}, ${literal(expiry.id)},
                  ${literal(JSON.stringify(expiry.payload))}::jsonb, ${literal(expiresAt.toISOString())}::timestamptz,
                  ${requestId === null ? 'NULL' : literal(requestId)}
             FROM taken),
         logged AS (
           INSERT INTO events (type, actor_id, article_id, claim_id, data)
           SELECT ${literal(EventType.LeaseTaken)}, ${literal(actor.id)}::uuid, article_id, id,
                  ${literal(JSON.stringify({ leaseId, stage, expiresAt: expiresAt.toISOString(), via: 'next' }))}::jsonb
             FROM taken)
         SELECT taken.id, holding.held FROM holding LEFT JOIN taken ON true CROSS JOIN (SELECT count(*) FROM opened) AS done`,
        ...this.getClaim.statements(`(SELECT claim_id FROM leases WHERE id = ${literal(leaseId)}::uuid)`),
      ]);
      const [{ id, held }] = results[1].rows;
      if (id) return this.getClaim.fromResults(results.slice(2));
      refuseOverLimit(held, this.config.MAX_LEASES_PER_PERSON);
      const [{ free }] = await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM claims WHERE stage = $1
                  AND (lease_expires_at IS NULL OR lease_expires_at <= now())) AS free`,
        [stage],
      );
      if (!free) return null;
    }
    return null;
  }
}
