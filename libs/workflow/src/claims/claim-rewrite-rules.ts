import { ClaimStage, Role, roleAllows } from '@app/database';
import { Actor } from '../common/actor';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { leaseIsLive, refuseReservedForOther } from '../leases/lease-rules';
import type { ClaimRow } from './claims.repository';

/**
 * A claim may be split or merged until it is published (or dismissed): by anyone who could take it while nobody holds
 * it, by its holder, or by an editor, who may take it from under a lease (the holder's later writes get 409, as when a
 * lease is broken). So a claim under review is an editor's (a fact-checker cannot take it: 403), and one sent back to
 * its author is theirs while it is kept for them (409 claim-reserved), as taking it would be.
 */
export function requireRewritable(
  claim: Pick<
    ClaimRow,
    | 'id'
    | 'stage'
    | 'leaseId'
    | 'leaseLive'
    | 'leaseHolderId'
    | 'leaseHolderName'
    | 'reservedForId'
    | 'reservedForName'
    | 'reservedUntil'
    | 'reservationLive'
  >,
  actor: Actor,
): void {
  if (claim.stage === ClaimStage.Published || claim.stage === ClaimStage.Dismissed) {
    throw new WorkflowError(
      WorkflowErrorCode.WrongStage,
      `claim ${claim.id} is ${claim.stage}; only a claim not yet published can be split or merged`,
      { stage: claim.stage },
    );
  }
  if (roleAllows(actor.role, Role.Editor)) return;
  if (claim.stage === ClaimStage.Review) {
    throw new WorkflowError(
      WorkflowErrorCode.Forbidden,
      `claim ${claim.id} is under review: only an editor can split or merge it`,
    );
  }
  if (leaseIsLive(claim) && claim.leaseHolderId !== actor.id) {
    throw new WorkflowError(
      WorkflowErrorCode.LeaseHeld,
      `claim ${claim.id} is leased by ${claim.leaseHolderName ?? 'someone else'}; only they or an editor can split or merge it`,
    );
  }
  refuseReservedForOther(claim, actor.id);
}
