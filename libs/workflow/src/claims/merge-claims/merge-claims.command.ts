import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';

/** Merge a claim with another of the same article into one covering both. */
export class MergeClaimsCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly otherClaimId: string,
  ) {
    assertUuid('claim', claimId);
    if (otherClaimId === claimId) {
      throw WorkflowError.invalid('a claim cannot be merged with itself', [
        { field: 'otherClaimId', message: 'must be another claim' },
      ]);
    }
    assertUuid('claim', otherClaimId);
  }
}
