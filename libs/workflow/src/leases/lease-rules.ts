import { Claim, ClaimStage, LeasedStage } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';

export function isLeasedStage(stage: ClaimStage): stage is LeasedStage {
  return stage === ClaimStage.Research || stage === ClaimStage.Review;
}

/** Whether the claim is leased: its lease's expiry was still ahead, by the database's clock, when the row was read. */
export function leaseIsLive(claim: Pick<Claim, 'leaseId' | 'leaseLive'>): boolean {
  return Boolean(claim.leaseId && claim.leaseLive);
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

/**
 * Locks the person's user row for the rest of the transaction, so that their takes happen one after another: the
 * count of their leases that follows, in a statement of its own (a fresh snapshot), sees every take before it.
 * `person` is an SQL expression of their id.
 */
export const lockTakerSql = (person: string) => `SELECT 1 FROM users WHERE id = ${person} FOR NO KEY UPDATE`;

/** How many claims the person holds live leases on; `person` is an SQL expression of their id. */
export const heldLeasesSql = (person: string) => `
  SELECT count(*)::int AS held FROM leases open_lease
    JOIN claims held ON held.id = open_lease.claim_id AND held.lease_id = open_lease.id
   WHERE open_lease.holder_id = ${person} AND open_lease.released_at IS NULL AND held.lease_expires_at > now()`;

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
