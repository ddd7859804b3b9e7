import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Claim, ClaimStage, Role, roleAllows, Verdict, VerdictStatus } from '@app/database';
import { enqueueInTransaction, jobId, jobRequest, JobName } from '@app/queue';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { requireLease } from '../leases/lease-rules';
import { closeLease } from '../leases/lease-writer';
import { moveToStage } from '../claims/claim-stage';
import { refuseReviewByAuthor, viewOfVerdict } from './verdict-authors';

/**
 * An editor's decision on a submitted verdict, under their review lease: approve (the claim is published and the
 * publish stage builds its ClaimReview and tells subscribers) or reject with a comment (back to research). Nobody
 * who wrote part of the verdict decides on it; rejecting writes nothing, so the editor who sent a verdict back may
 * approve it once it returns.
 */
@Injectable()
export class ReviewVerdictUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async approve(claimId: string, actor: Actor) {
    return this.decide(claimId, actor, async (manager, claim, verdict) => {
      verdict.status = VerdictStatus.Approved;
      verdict.reviewerId = actor.id;
      verdict.approvedAt = new Date();
      verdict.reviewComment = null;
      await manager.save(verdict);
      await closeLease(manager, claim, 'approved');
      await moveToStage(manager, claim, ClaimStage.Published);
      await enqueueInTransaction(
        manager,
        jobRequest(JobName.PublishVerdict, jobId.publish(verdict.id), { verdictId: verdict.id }),
      );
      return { type: EventType.VerdictApproved, data: {} };
    });
  }

  async reject(claimId: string, actor: Actor, comment: string) {
    if (!comment?.trim()) {
      throw WorkflowError.invalid('a rejection needs a comment for the fact-checker', [
        { field: 'comment', message: 'must not be empty' },
      ]);
    }
    return this.decide(claimId, actor, async (manager, claim, verdict) => {
      verdict.status = VerdictStatus.Draft;
      verdict.reviewerId = actor.id;
      verdict.reviewComment = comment.trim();
      await manager.save(verdict);
      await closeLease(manager, claim, 'rejected');
      await moveToStage(manager, claim, ClaimStage.Research);
      return { type: EventType.VerdictRejected, data: { comment: comment.trim() } };
    });
  }

  private async decide(
    claimId: string,
    actor: Actor,
    apply: (
      manager: EntityManager,
      claim: Claim,
      verdict: Verdict,
    ) => Promise<{ type: EventType; data: Record<string, unknown> }>,
  ) {
    assertUuid('claim', claimId);
    if (!roleAllows(actor.role, Role.Editor)) {
      throw new WorkflowError(WorkflowErrorCode.Forbidden, 'only editors review verdicts');
    }
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(Claim, { where: { id: claimId }, lock: { mode: 'for_no_key_update' } });
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      requireLease(claim, actor.id, ClaimStage.Review);
      const verdict = await manager.findOne(Verdict, { where: { claimId }, order: { version: 'DESC' } });
      if (!verdict || verdict.status !== VerdictStatus.Submitted) {
        throw new WorkflowError(WorkflowErrorCode.Conflict, `claim ${claimId} has no submitted verdict to review`);
      }
      await refuseReviewByAuthor(manager, claimId, actor.id);
      const event = await apply(manager, claim, verdict);
      claim.version += 1;
      await manager.save(claim);
      await recordEvent(manager, {
        type: event.type,
        actorId: actor.id,
        articleId: claim.articleId,
        claimId,
        data: { verdictId: verdict.id, version: verdict.version, ...event.data },
      });
      return viewOfVerdict(manager, verdict);
    });
  }
}
