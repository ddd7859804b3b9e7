import { ClaimStage, Queryable, Role, roleAllows, VerdictStatus } from '@app/database';
import type { ClaimRow, ClaimsRepository } from '../claims/claims.repository';
import { Actor } from '../common/actor';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { requireLease } from '../leases/lease-rules';
import { refuseReviewByAuthor } from './verdict-authors';
import type { VerdictRow } from './verdicts.columns';
import type { VerdictsRepository } from './verdicts.repository';

/** The rules of a decision on a submitted verdict (approve, reject). */

/** Only editors decide on verdicts. */
export function requireEditor(actor: Actor, action: string): void {
  if (!roleAllows(actor.role, Role.Editor)) {
    throw new WorkflowError(WorkflowErrorCode.Forbidden, `only editors ${action}`);
  }
}

/**
 * What a decision is on, checked inside its transaction: the claim (locked), whose review lease the editor holds, and
 * its latest version, which must be the one waiting for review and have none of the editor's words (the two-person
 * rule).
 */
export async function lockForDecision(
  tx: Queryable,
  claims: ClaimsRepository,
  verdicts: VerdictsRepository,
  actor: Actor,
  claimId: string,
): Promise<{ claim: ClaimRow; submitted: VerdictRow }> {
  const claim = await claims.lock(tx, claimId);
  if (!claim) throw WorkflowError.notFound('claim', claimId);
  requireLease(claim, actor.id, ClaimStage.Review);
  const submitted = requireSubmitted(claimId, await verdicts.latest(tx, claimId));
  refuseReviewByAuthor(submitted, actor.id);
  return { claim, submitted };
}

/** The claim's latest version, which a decision is on, must be the one waiting for review. */
function requireSubmitted(claimId: string, latest: VerdictRow | null): VerdictRow {
  if (!latest || latest.status !== VerdictStatus.Submitted) {
    throw new WorkflowError(WorkflowErrorCode.Conflict, `claim ${claimId} has no submitted verdict to review`);
  }
  return latest;
}
