import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Start a claim's verdict from the published verdict of a claim it repeats ("same verdict"). */
export class ReuseVerdictCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly fromClaimId: string,
  ) {
    assertUuid('claim', claimId);
    if (!UUID.test(fromClaimId)) {
      throw WorkflowError.invalid('fromClaimId must name a claim', [
        { field: 'fromClaimId', message: 'must be a claim id (a uuid)' },
      ]);
    }
  }
}
