import { assertUuid } from '../../common/workflow-error';

/** A claim's view, or its history alone. */
export class GetClaimCommand {
  constructor(readonly claimId: string) {
    assertUuid('claim', claimId);
  }
}
