import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Claim } from '@app/database';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { leaseIsLive } from './lease-rules';
import { closeLease } from './lease-writer';

/** Gives a claim back to its queue. */
@Injectable()
export class ReleaseLeaseUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(claimId: string, actor: Actor): Promise<void> {
    assertUuid('claim', claimId);
    await this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(Claim, { where: { id: claimId }, lock: { mode: 'for_no_key_update' } });
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (claim.leaseHolderId !== actor.id || !leaseIsLive(claim)) {
        throw new WorkflowError(WorkflowErrorCode.LeaseNotHeld, `you hold no lease on claim ${claimId}`);
      }
      const leaseId = claim.leaseId;
      await closeLease(manager, claim, 'released');
      claim.version += 1;
      await manager.save(claim);
      await recordEvent(manager, {
        type: EventType.LeaseReleased,
        actorId: actor.id,
        articleId: claim.articleId,
        claimId,
        data: { leaseId },
      });
    });
  }
}
