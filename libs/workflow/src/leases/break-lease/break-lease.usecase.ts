import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { ClaimsRepository } from '../../claims/claims.repository';
import { ClaimViewQuery } from '../../claims/claim-view.query';
import { ClaimDetailDto } from '../../claims/dto/claim-detail.dto';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { leaseIsLive } from '../lease-rules';
import { LeasesRepository } from '../leases.repository';
import { BreakLeaseCommand } from './break-lease.command';

/**
 * An editor ends the live lease on a claim (`broken`): the claim goes back to its queue, where take-next hands it
 * out, and its former holder's late writes are refused (409) as after any lease ends. The scheduled end of the
 * broken lease finds it ended and does nothing.
 */
@Injectable()
export class BreakLeaseUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly events: EventLog,
    private readonly claimView: ClaimViewQuery,
  ) {}

  async execute({ actor, claimId }: BreakLeaseCommand): Promise<ClaimDetailDto> {
    await this.database.transaction(async (tx) => {
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (!leaseIsLive(claim)) {
        throw new WorkflowError(WorkflowErrorCode.LeaseNotHeld, `nobody holds a lease on claim ${claimId}`, {
          stage: claim.stage,
        });
      }
      await this.leases.close(tx, claimId, claim.leaseId!, 'broken');
      await this.events.record(tx, [
        {
          type: EventType.LeaseBroken,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: {
            leaseId: claim.leaseId,
            holderId: claim.leaseHolderId,
            holderName: claim.leaseHolderName,
            by: actor.id,
            stage: claim.stage,
          },
        },
      ]);
    });
    return (await this.claimView.get(this.database, claimId))!;
  }
}
