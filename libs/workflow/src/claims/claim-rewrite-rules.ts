import { ClaimStage, Role, roleAllows } from '@app/database';
import { Actor } from '../common/actor';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { leaseIsLive } from '../leases/lease-rules';
import type { ClaimRow } from './claims.repository';

/**
 * A claim may be split or merged until it is published (or dismissed): by anyone while nobody holds it, by its holder,
 * or by an editor, who may take it from under a lease (the holder's later writes get 409, as when a lease is broken).
 */
export function requireRewritable(
  claim: Pick<ClaimRow, 'id' | 'stage' | 'leaseId' | 'leaseLive' | 'leaseHolderId' | 'leaseHolderName'>,
  actor: Actor,
): void {
  if (claim.stage === ClaimStage.Published || claim.stage === ClaimStage.Dismissed) {
    throw new WorkflowError(
      WorkflowErrorCode.WrongStage,
      `claim ${claim.id} is ${claim.stage}; only a claim not yet published can be split or merged`,
      { stage: claim.stage },
    );
  }
  if (leaseIsLive(claim) && claim.leaseHolderId !== actor.id && !roleAllows(actor.role, Role.Editor)) {
    throw new WorkflowError(
      WorkflowErrorCode.LeaseHeld,
      `claim ${claim.id} is leased by ${claim.leaseHolderName ?? 'someone else'}; only they or an editor can split or merge it`,
    );
  }
}
