import { Injectable } from '@nestjs/common';
import { ClaimStage, Database, Role, roleAllows } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { leaseIsLive, refuseReservedForOther } from '../../leases/lease-rules';
import { LeasesRepository } from '../../leases/leases.repository';
import { ClaimsRepository } from '../claims.repository';
import { DismissedClaimDto } from '../dto/dismissed-claim.dto';
import { DismissClaimCommand } from './dismiss-claim.command';

/**
 * Ends a claim without a verdict. Refused while someone else holds its lease, once it is published, to a fact-checker
 * once it is under review (a submitted verdict waits for an editor, who alone may end it), and to other fact-checkers
 * while it is kept for the author an editor sent it back to (an editor may).
 */
@Injectable()
export class DismissClaimUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, reason }: DismissClaimCommand): Promise<DismissedClaimDto> {
    return this.database.transaction(async (tx) => {
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (claim.stage === ClaimStage.Published || claim.stage === ClaimStage.Dismissed) {
        throw new WorkflowError(WorkflowErrorCode.WrongStage, `claim ${claimId} is already ${claim.stage}`, {
          stage: claim.stage,
        });
      }
      const editor = roleAllows(actor.role, Role.Editor);
      if (claim.stage === ClaimStage.Review && !editor) {
        throw new WorkflowError(
          WorkflowErrorCode.Forbidden,
          `claim ${claimId} is under review: only an editor can dismiss it`,
        );
      }
      if (leaseIsLive(claim) && claim.leaseHolderId !== actor.id) {
        throw new WorkflowError(WorkflowErrorCode.LeaseHeld, `claim ${claimId} is leased by someone else`);
      }
      if (!editor) refuseReservedForOther(claim, actor.id);
      // The dismisser's own lease, or one that ran out, ends with the claim.
      if (claim.leaseId) await this.leases.close(tx, claimId, claim.leaseId, 'dismissed');
      await this.claims.moveToStage(tx, [claimId], ClaimStage.Dismissed, { dismissedReason: reason });
      await this.events.record(tx, [
        {
          type: EventType.ClaimDismissed,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: { reason, from: claim.stage },
        },
      ]);
      return { id: claimId, stage: ClaimStage.Dismissed, dismissedReason: reason };
    });
  }
}
