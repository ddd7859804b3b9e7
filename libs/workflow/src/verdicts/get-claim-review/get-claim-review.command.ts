import { assertUuid } from '../../common/workflow-error';

/** The ClaimReview of a claim's published verdict. */
export class GetClaimReviewCommand {
  constructor(readonly claimId: string) {
    assertUuid('claim', claimId);
  }
}
