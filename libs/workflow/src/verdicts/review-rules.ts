import { Role, roleAllows, VerdictStatus } from '@app/database';
import { Actor } from '../common/actor';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import type { VerdictRow } from './verdicts.columns';

/**
 * The rules of a decision on a submitted verdict (approve, reject), besides the review lease (lease-rules.ts) and the
 * two-person rule (verdict-authors.ts).
 */

/** Only editors decide on verdicts. */
export function requireEditor(actor: Actor, action: string): void {
  if (!roleAllows(actor.role, Role.Editor)) {
    throw new WorkflowError(WorkflowErrorCode.Forbidden, `only editors ${action}`);
  }
}

/** The claim's latest version, which a decision is on, must be the one waiting for review. */
export function requireSubmitted(claimId: string, latest: VerdictRow | null): VerdictRow {
  if (!latest || latest.status !== VerdictStatus.Submitted) {
    throw new WorkflowError(WorkflowErrorCode.Conflict, `claim ${claimId} has no submitted verdict to review`);
  }
  return latest;
}
