import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Claim, ClaimStage } from '@app/database';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { leaseIsLive } from '../leases/lease-rules';
import { closeLease } from '../leases/lease-writer';
import { moveToStage } from './claim-stage';

/** Ends a claim without a verdict. Refused while someone else holds its lease, and once it is published. */
@Injectable()
export class DismissClaimUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(claimId: string, actor: Actor, reason: string) {
    assertUuid('claim', claimId);
    if (!reason?.trim()) {
      throw WorkflowError.invalid('a dismissal needs a reason', [{ field: 'reason', message: 'must not be empty' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(Claim, { where: { id: claimId }, lock: { mode: 'for_no_key_update' } });
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (claim.stage === ClaimStage.Published || claim.stage === ClaimStage.Dismissed) {
        throw new WorkflowError(WorkflowErrorCode.WrongStage, `claim ${claimId} is already ${claim.stage}`, {
          stage: claim.stage,
        });
      }
      if (leaseIsLive(claim) && claim.leaseHolderId !== actor.id) {
        throw new WorkflowError(WorkflowErrorCode.LeaseHeld, `claim ${claimId} is leased by someone else`);
      }
      const from = claim.stage;
      await closeLease(manager, claim, 'dismissed');
      await moveToStage(manager, claim, ClaimStage.Dismissed);
      claim.dismissedReason = reason.trim();
      claim.version += 1;
      await manager.save(claim);
      await recordEvent(manager, {
        type: EventType.ClaimDismissed,
        actorId: actor.id,
        articleId: claim.articleId,
        claimId,
        data: { reason: claim.dismissedReason, from },
      });
      return { id: claim.id, stage: claim.stage, dismissedReason: claim.dismissedReason };
    });
  }
}
