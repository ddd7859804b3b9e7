import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** Approve the verdict submitted on a claim, for publication. */
export class ApproveVerdictCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
  ) {
    assertUuid('claim', claimId);
  }
}
