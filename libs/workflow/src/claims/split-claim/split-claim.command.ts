import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';

/** Split a claim in two at an offset of the article's text inside it. */
export class SplitClaimCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly at: number,
  ) {
    assertUuid('claim', claimId);
    if (!Number.isInteger(at) || at < 0) {
      throw WorkflowError.invalid('at is not an offset', [
        { field: 'at', message: 'must be an offset into the article’s text (an integer from 0)' },
      ]);
    }
  }
}
