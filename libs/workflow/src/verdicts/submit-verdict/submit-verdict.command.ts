import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** Send the caller's draft verdict on a claim to review. */
export class SubmitVerdictCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
  ) {
    assertUuid('claim', claimId);
  }
}
