import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** Take one chosen claim, or extend the caller's lease on it. */
export class LeaseClaimCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
  ) {
    assertUuid('claim', claimId);
  }
}
