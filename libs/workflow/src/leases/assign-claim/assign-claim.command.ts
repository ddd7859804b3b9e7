import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** An editor gives a claim to a person: a fresh lease for them, ending whoever held it. */
export class AssignClaimCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly userId: string,
  ) {
    assertUuid('claim', claimId);
    assertUuid('user', userId);
  }
}
