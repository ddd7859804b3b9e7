import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** An editor ends someone's lease on a claim, which goes back to its queue. */
export class BreakLeaseCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
  ) {
    assertUuid('claim', claimId);
  }
}
