import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Claim, SYSTEM_USER_ID } from '@app/database';
import { leaseExpiries } from '@app/observability/metrics';
import { EventType, recordEvent } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { closeLease } from './lease-writer';

/**
 * The timer behind a lease: when it fires and the lease has really run out (not extended, not ended), the claim
 * goes back to its queue. Take-next already ignores expired leases; this makes the claim's state say so too.
 */
@Injectable()
export class ExpireLeaseUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(leaseId: string): Promise<JobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(Claim, { where: { leaseId }, lock: { mode: 'for_no_key_update' } });
      if (!claim) {
        await manager.query(
          `UPDATE leases SET released_at = now(), release_reason = 'expired'
            WHERE id = $1 AND released_at IS NULL AND expires_at <= now()`,
          [leaseId],
        );
        return skipped('lease already ended');
      }
      const [{ expired }] = await manager.query('SELECT $1::timestamptz <= now() AS expired', [claim.leaseExpiresAt]);
      if (!expired) return skipped('lease was extended');
      const holderId = claim.leaseHolderId;
      await closeLease(manager, claim, 'expired');
      claim.version += 1;
      await manager.save(claim);
      await recordEvent(manager, {
        type: EventType.LeaseExpired,
        actorId: SYSTEM_USER_ID,
        articleId: claim.articleId,
        claimId: claim.id,
        data: { leaseId, holderId },
      });
      leaseExpiries.inc();
      return done('claim returned to its queue');
    });
  }
}
