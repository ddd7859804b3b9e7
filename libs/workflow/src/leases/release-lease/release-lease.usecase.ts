import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { ClaimsRepository } from '../../claims/claims.repository';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { leaseIsLive } from '../lease-rules';
import { LeasesRepository } from '../leases.repository';
import { ReleaseLeaseCommand } from './release-lease.command';

/** Gives a claim back to its queue; only its live lease's holder may. */
@Injectable()
export class ReleaseLeaseUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId }: ReleaseLeaseCommand): Promise<void> {
    await this.database.transaction(async (tx) => {
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (claim.leaseHolderId !== actor.id || !leaseIsLive(claim)) {
        throw new WorkflowError(WorkflowErrorCode.LeaseNotHeld, `you hold no lease on claim ${claimId}`);
      }
      await this.leases.close(tx, claimId, claim.leaseId!, 'released');
      await this.events.record(tx, [
        {
          type: EventType.LeaseReleased,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: { leaseId: claim.leaseId },
        },
      ]);
    });
  }
}
