import { Claim, ClaimStage, LeasedStage } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';

export function isLeasedStage(stage: ClaimStage): stage is LeasedStage {
  return stage === ClaimStage.Research || stage === ClaimStage.Review;
}

export function leaseIsLive(claim: Claim, now = new Date()): boolean {
  return Boolean(claim.leaseId && claim.leaseExpiresAt && claim.leaseExpiresAt > now);
}

/** A write by a person on a leased claim: they must hold its live lease, or their view of it is stale (409). */
export function requireLease(claim: Claim, actorId: string, stage: LeasedStage): void {
  if (claim.stage !== stage) {
    throw new WorkflowError(WorkflowErrorCode.WrongStage, `claim ${claim.id} is in ${claim.stage}, not ${stage}`, {
      stage: claim.stage,
    });
  }
  if (claim.leaseHolderId !== actorId || !leaseIsLive(claim)) {
    throw new WorkflowError(
      WorkflowErrorCode.LeaseNotHeld,
      claim.leaseHolderId === actorId
        ? `your lease on claim ${claim.id} has expired; take it again`
        : `you do not hold the lease on claim ${claim.id}; take it first`,
    );
  }
}
