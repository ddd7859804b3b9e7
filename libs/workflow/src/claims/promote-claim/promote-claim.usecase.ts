import { Injectable } from '@nestjs/common';
import { ClaimStage, Database } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { ClaimListQuery } from '../claim-list.query';
import { ClaimsRepository } from '../claims.repository';
import { ClaimListItemDto } from '../dto/claim-list-item.dto';
import { PromoteClaimCommand } from './promote-claim.command';

/** A person overrules triage: a parked claim enters research after all (and `claim.ready` goes out). */
@Injectable()
export class PromoteClaimUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly claimList: ClaimListQuery,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId }: PromoteClaimCommand): Promise<ClaimListItemDto> {
    return this.database.transaction(async (tx) => {
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (claim.stage !== ClaimStage.Triage || !claim.triagedAt) {
        throw new WorkflowError(
          WorkflowErrorCode.WrongStage,
          `only claims parked in triage can be promoted; claim ${claimId} is in ${claim.stage}`,
          { stage: claim.stage },
        );
      }
      await this.claims.moveToStage(tx, [claimId], ClaimStage.Research, { parked: false });
      const [summary] = await this.claimList.summaries(tx, [claimId]);
      const about = { actorId: actor.id, articleId: claim.articleId, claimId };
      await this.events.record(tx, [
        { type: EventType.ClaimPromoted, ...about, data: {} },
        { type: EventType.ClaimReady, ...about, data: { promoted: true }, webhook: { claim: summary } },
      ]);
      return summary;
    });
  }
}
