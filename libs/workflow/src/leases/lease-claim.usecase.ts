import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { Claim, ClaimStage, Role, roleAllows } from '@app/database';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { GetClaimUseCase } from '../claims/get-claim.usecase';
import { refuseReviewByAuthor } from '../verdicts/verdict-authors';
import { heldLeasesSql, isLeasedStage, leaseIsLive, lockTakerSql, refuseOverLimit } from './lease-rules';
import { openLease, scheduleExpiry } from './lease-writer';

/**
 * Takes one chosen claim, or extends the caller's lease on it; 409 while someone else holds it, or when taking it
 * would give the caller more leases than MAX_LEASES_PER_PERSON (extending never does).
 */
@Injectable()
export class LeaseClaimUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly getClaim: GetClaimUseCase,
  ) {}

  async execute(claimId: string, actor: Actor) {
    assertUuid('claim', claimId);
    await this.dataSource.transaction(async (manager) => {
      // The taker's row before the claim's, in the order take-next and revoking a user lock them.
      await manager.query(lockTakerSql('$1::uuid'), [actor.id]);
      const claim = await manager.findOne(Claim, { where: { id: claimId }, lock: { mode: 'for_no_key_update' } });
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
        await refuseReviewByAuthor(manager, claimId, actor.id);
      }
      const live = leaseIsLive(claim);
      if (live && claim.leaseHolderId !== actor.id) {
        throw new WorkflowError(WorkflowErrorCode.LeaseHeld, `claim ${claimId} is leased by someone else`, {
          expiresAt: claim.leaseExpiresAt!.toISOString(),
        });
      }
      if (!live) {
        const [{ held }] = await manager.query(heldLeasesSql('$1::uuid'), [actor.id]);
        refuseOverLimit(held, this.config.MAX_LEASES_PER_PERSON);
      }
      const [{ expires_at: expiresAt }] = await manager.query(
        `SELECT now() + make_interval(secs => $1) AS expires_at`,
        [this.config.LEASE_SECONDS],
      );
      claim.leaseExpiresAt = new Date(expiresAt);
      claim.leaseLive = true;
      claim.version += 1;
      if (live) {
        await manager.save(claim);
        await manager.query('UPDATE leases SET expires_at = $2 WHERE id = $1', [claim.leaseId, claim.leaseExpiresAt]);
        await scheduleExpiry(manager, claim.leaseId!, claim.leaseExpiresAt);
      } else {
        claim.leaseId = randomUUID();
        claim.leaseHolderId = actor.id;
        await manager.save(claim);
        await openLease(manager, claim, stage);
      }
      await recordEvent(manager, {
        type: live ? EventType.LeaseExtended : EventType.LeaseTaken,
        actorId: actor.id,
        articleId: claim.articleId,
        claimId,
        data: { leaseId: claim.leaseId, stage, expiresAt: claim.leaseExpiresAt.toISOString() },
      });
    });
    return this.getClaim.execute(claimId);
  }
}
