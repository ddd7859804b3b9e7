import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** Give a claim back to its queue. */
export class ReleaseLeaseCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
  ) {
    assertUuid('claim', claimId);
  }
}
