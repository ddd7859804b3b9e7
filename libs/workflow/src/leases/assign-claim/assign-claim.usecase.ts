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
import { UsersRepository } from '../../users/users.repository';
import { VerdictsRepository } from '../../verdicts/verdicts.repository';
import { isLeasedStage, leaseIsLive } from '../lease-rules';
import { LeasesRepository } from '../leases.repository';
import { AssignClaimCommand } from './assign-claim.command';

/**
 * An editor gives a claim in research or review to a person: the current holder's lease ends (`reassigned`) and the
 * assignee gets a fresh one for LEASE_SECONDS, its end scheduled as when they take it themselves. The assignee must
 * have a live key and a role that works the stage (a fact-checker for research, an editor for review who wrote no
 * part of the verdict: the two-person rule), and may be given no more than MAX_LEASES_PER_PERSON claims: an editor's
 * assignment counts as the assignee's take. Assigning a claim sent back to its author to anyone else ends the
 * author's reservation (recorded).
 */
@Injectable()
export class AssignClaimUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly claims: ClaimsRepository,
    private readonly users: UsersRepository,
    private readonly leases: LeasesRepository,
    private readonly verdicts: VerdictsRepository,
    private readonly events: EventLog,
    private readonly claimView: ClaimViewQuery,
  ) {}

  async execute({ actor, claimId, userId }: AssignClaimCommand): Promise<ClaimDetailDto> {
    await this.database.transaction(async (tx) => {
      // The assignee's row before the claim's, in the order taking a lease and revoking a user lock them.
      const assignee = await this.users.lock(tx, userId);
      if (!assignee || assignee.revokedAt || !assignee.keyPrefix) throw WorkflowError.notFound('user', userId);
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      const stage = claim.stage;
      if (!isLeasedStage(stage)) {
        throw new WorkflowError(
          WorkflowErrorCode.WrongStage,
          `claim ${claimId} is in ${stage}; only claims in research or review are assigned`,
          { stage },
        );
      }
      const needed = stage === ClaimStage.Review ? Role.Editor : Role.FactChecker;
      if (!roleAllows(assignee.role, needed)) {
        throw WorkflowError.invalid(`${assignee.name} is an ${assignee.role}; a claim in ${stage} needs a ${needed}`, [
          { field: 'userId', message: `must be a ${needed} or above to work a claim in ${stage}` },
        ]);
      }
      if (stage === ClaimStage.Review && (await this.verdicts.wroteSubmitted(tx, claimId, userId))) {
        throw WorkflowError.invalid(`${assignee.name} wrote part of this verdict, so another editor must review it`, [
          { field: 'userId', message: 'wrote part of the verdict: nobody reviews a verdict they wrote part of' },
        ]);
      }
      const live = leaseIsLive(claim);
      if (live && claim.leaseHolderId === userId) {
        throw new WorkflowError(WorkflowErrorCode.Conflict, `${assignee.name} already holds claim ${claimId}`, {
          expiresAt: claim.leaseExpiresAt!.toISOString(),
        });
      }
      const held = await this.leases.countLive(tx, userId);
      if (held >= this.config.MAX_LEASES_PER_PERSON) {
        throw new WorkflowError(
          WorkflowErrorCode.LeaseLimit,
          `${assignee.name} already holds ${held} ${held === 1 ? 'claim' : 'claims'}; they must submit or release one first`,
          { held, limit: this.config.MAX_LEASES_PER_PERSON },
        );
      }
      if (live) await this.leases.close(tx, claimId, claim.leaseId!, 'reassigned');
      // Giving a claim sent back to its author to someone else is the editor's call: the author's reservation ends.
      const reservationEnded = claim.reservationLive && claim.reservedForId !== userId;
      if (reservationEnded) await this.claims.endReservation(tx, claimId);
      const leaseId = randomUUID();
      const expiresAt = await this.leases.open(tx, claimId, {
        leaseId,
        holderId: userId,
        stage,
        seconds: this.config.LEASE_SECONDS,
      });
      await this.events.record(tx, [
        {
          type: EventType.LeaseReassigned,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: {
            leaseId,
            previousLeaseId: live ? claim.leaseId : null,
            from: live ? claim.leaseHolderId : null,
            fromName: live ? claim.leaseHolderName : null,
            to: userId,
            toName: assignee.name,
            by: actor.id,
            stage,
            expiresAt: expiresAt.toISOString(),
          },
        },
        ...(reservationEnded
          ? [
              {
                type: EventType.ClaimReservationEnded,
                actorId: actor.id,
                articleId: claim.articleId,
                claimId,
                data: { userId: claim.reservedForId, name: claim.reservedForName, reason: 'reassigned' },
              },
            ]
          : []),
      ]);
    });
    return (await this.claimView.get(this.database, claimId))!;
  }
}
