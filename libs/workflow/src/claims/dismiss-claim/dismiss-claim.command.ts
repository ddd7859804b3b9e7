import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';

/** End a claim without a verdict, with the reason. */
export class DismissClaimCommand {
  readonly reason: string;

  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    reason: string,
  ) {
    assertUuid('claim', claimId);
    this.reason = reason.trim();
    if (!this.reason) {
      throw WorkflowError.invalid('a dismissal needs a reason', [{ field: 'reason', message: 'must not be empty' }]);
    }
  }
}
