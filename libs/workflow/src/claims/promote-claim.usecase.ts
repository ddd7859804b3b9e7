import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Claim, ClaimStage } from '@app/database';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { claimSummary } from './claim-views';
import { moveToStage } from './claim-stage';

/** A person overrules triage: a parked claim enters research after all. */
@Injectable()
export class PromoteClaimUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(claimId: string, actor: Actor) {
    assertUuid('claim', claimId);
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(Claim, { where: { id: claimId }, lock: { mode: 'for_no_key_update' } });
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (claim.stage !== ClaimStage.Triage || !claim.triagedAt) {
        throw new WorkflowError(
          WorkflowErrorCode.WrongStage,
          `only claims parked in triage can be promoted; claim ${claimId} is in ${claim.stage}`,
          { stage: claim.stage },
        );
      }
      claim.parked = false;
      await moveToStage(manager, claim, ClaimStage.Research);
      claim.version += 1;
      await manager.save(claim);
      const summary = await claimSummary(manager, claim);
      await recordEvent(manager, {
        type: EventType.ClaimPromoted,
        actorId: actor.id,
        articleId: claim.articleId,
        claimId,
        data: {},
      });
      await recordEvent(manager, {
        type: EventType.ClaimReady,
        actorId: actor.id,
        articleId: claim.articleId,
        claimId,
        data: { promoted: true },
        webhook: { claim: summary },
      });
      return summary;
    });
  }
}
