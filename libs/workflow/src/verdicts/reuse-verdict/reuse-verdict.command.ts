import { Actor } from '../../common/actor';
import { assertUuid, isUuid, WorkflowError } from '../../common/workflow-error';

/** Start a claim's verdict from the published verdict of a claim it repeats ("same verdict"). */
export class ReuseVerdictCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly fromClaimId: string,
  ) {
    assertUuid('claim', claimId);
    if (!isUuid(fromClaimId)) {
      throw WorkflowError.invalid('fromClaimId must name a claim', [
        { field: 'fromClaimId', message: 'must be a claim id (a uuid)' },
      ]);
    }
  }
}
