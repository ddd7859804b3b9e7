import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { Claim, LeasedStage } from '@app/database';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { GetClaimUseCase } from '../claims/get-claim.usecase';
import { openLease } from './lease-writer';

/**
 * Leases the highest-priority free claim of a stage to the caller. `FOR NO KEY UPDATE SKIP LOCKED` lets concurrent callers
 * pass over each other's rows instead of waiting, and the partial unique index on open leases makes a double grant
 * impossible even if the query were wrong. Editors are never handed their own verdicts.
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
      const claimId = await this.dataSource.transaction(async (manager) => {
        const leaseId = randomUUID();
        const [rows] = (await manager.query(
          `UPDATE claims SET lease_id = $2, lease_holder_id = $3,
                  lease_expires_at = now() + make_interval(secs => $4), version = version + 1, updated_at = now()
            WHERE id = (
              SELECT id FROM claims candidate
               WHERE candidate.stage = $1
                 AND (candidate.lease_expires_at IS NULL OR candidate.lease_expires_at <= now())
                 AND NOT EXISTS (SELECT 1 FROM verdicts own WHERE own.claim_id = candidate.id
                                    AND own.author_id = $3 AND own.status = 'submitted')
               ORDER BY candidate.queue_rank DESC, candidate.id
               LIMIT 1
               FOR NO KEY UPDATE SKIP LOCKED)
              AND (lease_expires_at IS NULL OR lease_expires_at <= now())
           RETURNING id`,
          [stage, leaseId, actor.id, this.config.LEASE_SECONDS],
        )) as [{ id: string }[], number];
        if (rows.length === 0) return null;
        const claim = await manager.findOneByOrFail(Claim, { id: rows[0].id });
        await openLease(manager, claim, stage);
        await recordEvent(manager, {
          type: EventType.LeaseTaken,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId: claim.id,
          data: { leaseId, stage, expiresAt: claim.leaseExpiresAt!.toISOString(), via: 'next' },
        });
        return claim.id;
      });
      if (claimId) return this.getClaim.execute(claimId);
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
