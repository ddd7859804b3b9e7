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

/** Whether the claim is kept, now, for someone other than the person (sent back to its author). */
export function reservedForOther(
  claim: Pick<ClaimRow, 'reservedForId' | 'reservationLive'>,
  personId: string,
): boolean {
  return Boolean(claim.reservationLive && claim.reservedForId && claim.reservedForId !== personId);
}

/** A claim sent back to its author is theirs to take while the reservation lasts (editors may give it to others). */
export function refuseReservedForOther(
  claim: Pick<ClaimRow, 'id' | 'reservedForId' | 'reservedForName' | 'reservedUntil' | 'reservationLive'>,
  personId: string,
): void {
  if (!reservedForOther(claim, personId)) return;
  const until = claim.reservedUntil!.toISOString();
  throw new WorkflowError(
    WorkflowErrorCode.ClaimReserved,
    `claim ${claim.id} was sent back to ${claim.reservedForName} and is kept for them until ${until}; an editor may assign it to someone else`,
    { reservation: { userId: claim.reservedForId, name: claim.reservedForName, until } },
  );
}
