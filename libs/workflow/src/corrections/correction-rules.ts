import { ClaimStage, Role, roleAllows } from '@app/database';
import type { ClaimRow } from '../claims/claims.repository';
import { Actor } from '../common/actor';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { leaseIsLive, reservedForOther } from '../leases/lease-rules';

type CorrectedClaim = Pick<
  ClaimRow,
  'id' | 'stage' | 'leaseId' | 'leaseHolderId' | 'leaseLive' | 'reservedForId' | 'reservationLive'
>;

/**
 * Published words are the ClaimReview's, which a verdict correction changes; a dismissed claim is out of the desk's
 * work. Neither is corrected here (409).
 */
export function refuseClosed(claims: CorrectedClaim[], what: string): void {
  const closed = claims.find((claim) => claim.stage === ClaimStage.Published || claim.stage === ClaimStage.Dismissed);
  if (!closed) return;
  throw new WorkflowError(
    WorkflowErrorCode.WrongStage,
    closed.stage === ClaimStage.Published
      ? `${what} is published: its ClaimReview is changed by correcting the verdict (POST /v1/claims/${closed.id}/correct)`
      : `${what} is dismissed: nothing of it is checked any more`,
    { stage: closed.stage, claimId: closed.id },
  );
}

/**
 * A quote's attribution is in the ClaimReview of each of its published claims; its dismissed claims are not in the
 * way of correcting it for the others.
 */
export function publishedOnly<Claim extends CorrectedClaim>(claims: Claim[]): Claim[] {
  return claims.filter((claim) => claim.stage === ClaimStage.Published);
}

/**
 * Who corrects the machine: an editor, or the fact-checker working on the claim (holding a live lease on it, or on
 * one of the quote's claims). Anyone else's view of the work may be stale, as with every lease-holder write (409).
 */
export function requireCorrector(actor: Actor, claims: CorrectedClaim[], what: string): void {
  if (roleAllows(actor.role, Role.Editor)) return;
  if (claims.some((claim) => claim.leaseHolderId === actor.id && leaseIsLive(claim))) return;
  throw new WorkflowError(
    WorkflowErrorCode.LeaseNotHeld,
    `you do not hold the lease on ${what}; take it first (editors may correct any claim)`,
  );
}

/**
 * Who corrects a quote's attribution (its speaker, or that it is nobody's), which is every one of its claims': an
 * editor, or a corrector (see requireCorrector) while none of its other claims is someone else's work, held by
 * another person, kept for the author it was sent back to, or under review (409): a fact-checker's correction never
 * changes, or dismisses, a claim they could not write to.
 */
export function requireAttributionCorrector(actor: Actor, claims: CorrectedClaim[], what: string): void {
  requireCorrector(actor, claims, what);
  if (roleAllows(actor.role, Role.Editor)) return;
  const othersWork = claims.find(
    (claim) =>
      claim.stage === ClaimStage.Review ||
      (leaseIsLive(claim) && claim.leaseHolderId !== actor.id) ||
      reservedForOther(claim, actor.id),
  );
  if (!othersWork) return;
  throw new WorkflowError(
    WorkflowErrorCode.LeaseHeld,
    `claim ${othersWork.id} of ${what} is ${othersWork.stage === ClaimStage.Review ? 'under review' : 'someone else’s'}: ` +
      'its attribution is theirs too, so only an editor can correct it',
    { claimId: othersWork.id },
  );
}
