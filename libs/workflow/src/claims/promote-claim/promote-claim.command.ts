import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** Send a claim triage parked on to research. */
export class PromoteClaimCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
  ) {
    assertUuid('claim', claimId);
  }
}
