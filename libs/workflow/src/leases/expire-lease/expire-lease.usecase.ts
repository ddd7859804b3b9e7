import { Injectable } from '@nestjs/common';
import { Database, SYSTEM_USER_ID } from '@app/database';
import { leaseExpiries } from '@app/observability/metrics';
import { ClaimsRepository } from '../../claims/claims.repository';
import { done, JobOutcome, skipped } from '../../common/result';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { LeasesRepository } from '../leases.repository';
import { ExpireLeaseCommand } from './expire-lease.command';

/**
 * The timer behind a lease: when it fires and the lease has really run out (not extended, not ended), the claim
 * goes back to its queue. Take-next already ignores expired leases; this makes the claim's state say so too.
 */
@Injectable()
export class ExpireLeaseUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ leaseId }: ExpireLeaseCommand): Promise<JobOutcome> {
    return this.database.transaction(async (tx) => {
      const claim = await this.claims.lockByLease(tx, leaseId);
      if (!claim) {
        await this.leases.closeOrphan(tx, leaseId);
        return skipped('lease already ended');
      }
      if (claim.leaseLive) return skipped('lease was extended');
      await this.leases.close(tx, claim.id, leaseId, 'expired');
      await this.events.record(tx, [
        {
          type: EventType.LeaseExpired,
          actorId: SYSTEM_USER_ID,
          articleId: claim.articleId,
          claimId: claim.id,
          data: { leaseId, holderId: claim.leaseHolderId },
        },
      ]);
      leaseExpiries.inc();
      return done('claim returned to its queue');
    });
  }
}
