import { ClaimStage, LeasedStage } from '@app/database';
import type { ClaimRow } from '../claims/claims.repository';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';

export function isLeasedStage(stage: ClaimStage): stage is LeasedStage {
  return stage === ClaimStage.Research || stage === ClaimStage.Review;
}

/** Whether the claim is leased: its lease's expiry was still ahead, by the database's clock, when the row was read. */
export function leaseIsLive(claim: Pick<ClaimRow, 'leaseId' | 'leaseLive'>): boolean {
  return Boolean(claim.leaseId && claim.leaseLive);
}

/** A write by a person on a leased claim: they must hold its live lease, or their view of it is stale (409). */
export function requireLease(
  claim: Pick<ClaimRow, 'id' | 'stage' | 'leaseId' | 'leaseHolderId' | 'leaseLive'>,
  actorId: string,
  stage: LeasedStage,
): void {
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

/** Refuses another lease to a person who holds as many as one may. */
export function refuseOverLimit(held: number, limit: number): void {
  if (held >= limit) {
    throw new WorkflowError(
      WorkflowErrorCode.LeaseLimit,
      `you already hold ${held} ${held === 1 ? 'claim' : 'claims'}; submit or release one first`,
      { held, limit },
    );
  }
}
