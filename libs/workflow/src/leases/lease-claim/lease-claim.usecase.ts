import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ClaimStage, Database, Role, roleAllows } from '@app/database';
import { ClaimsRepository } from '../../claims/claims.repository';
import { ClaimViewQuery } from '../../claims/claim-view.query';
import { ClaimDetailDto } from '../../claims/dto/claim-detail.dto';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { ownVerdictError } from '../../verdicts/verdict-authors';
import { VerdictsRepository } from '../../verdicts/verdicts.repository';
import { isLeasedStage, leaseIsLive, refuseOverLimit, refuseReservedForOther, reservedForOther } from '../lease-rules';
import { LeasesRepository } from '../leases.repository';
import { LeaseClaimCommand } from './lease-claim.command';

/**
 * Takes one chosen claim, or extends the caller's lease on it; 409 while someone else holds it, while it is kept for
 * the author an editor sent it back to (unless the caller is an editor: their take ends the reservation, as their
 * assignment would), or when taking it would give the caller more leases than MAX_LEASES_PER_PERSON (extending never
 * does).
 */
@Injectable()
export class LeaseClaimUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly verdicts: VerdictsRepository,
    private readonly events: EventLog,
    private readonly claimView: ClaimViewQuery,
  ) {}

  async execute({ actor, claimId }: LeaseClaimCommand): Promise<ClaimDetailDto> {
    await this.database.transaction(async (tx) => {
      // The holder's row before the claim's, in the order take-next and revoking a user lock them.
      await this.leases.lockHolder(tx, actor.id);
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      const stage = claim.stage;
      if (!isLeasedStage(stage)) {
        throw new WorkflowError(
          WorkflowErrorCode.WrongStage,
          `claim ${claimId} is in ${stage}; only claims in research or review are leased`,
          { stage },
        );
      }
      if (stage === ClaimStage.Review) {
        if (!roleAllows(actor.role, Role.Editor)) {
          throw new WorkflowError(WorkflowErrorCode.Forbidden, 'only editors review verdicts');
        }
        if (await this.verdicts.wroteSubmitted(tx, claimId, actor.id)) throw ownVerdictError();
      }
      const live = leaseIsLive(claim);
      if (live && claim.leaseHolderId !== actor.id) {
        throw new WorkflowError(WorkflowErrorCode.LeaseHeld, `claim ${claimId} is leased by someone else`, {
          expiresAt: claim.leaseExpiresAt!.toISOString(),
        });
      }
      // An editor taking a claim kept for its author decides, as when they assign it, that it is no longer kept.
      const editorOverrides = reservedForOther(claim, actor.id) && roleAllows(actor.role, Role.Editor);
      if (editorOverrides) await this.claims.endReservation(tx, claimId);
      else refuseReservedForOther(claim, actor.id);
      let leaseId = claim.leaseId!;
      let expiresAt: Date;
      if (live) {
        expiresAt = await this.leases.extend(tx, claimId, leaseId, this.config.LEASE_SECONDS);
      } else {
        refuseOverLimit(await this.leases.countLive(tx, actor.id), this.config.MAX_LEASES_PER_PERSON);
        leaseId = randomUUID();
        expiresAt = await this.leases.open(tx, claimId, {
          leaseId,
          holderId: actor.id,
          stage,
          seconds: this.config.LEASE_SECONDS,
        });
      }
      await this.events.record(tx, [
        {
          type: live ? EventType.LeaseExtended : EventType.LeaseTaken,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: { leaseId, stage, expiresAt: expiresAt.toISOString() },
        },
        ...(editorOverrides
          ? [
              {
                type: EventType.ClaimReservationEnded,
                actorId: actor.id,
                articleId: claim.articleId,
                claimId,
                data: { userId: claim.reservedForId, name: claim.reservedForName, reason: 'taken' },
              },
            ]
          : []),
      ]);
    });
    return (await this.claimView.get(this.database, claimId))!;
  }
}
