import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/**
 * Approve the verdict submitted on a claim, for publication; `reviewUrl` is the newsroom's own page for its
 * ClaimReview `url` (this service's public page when null).
 */
export class ApproveVerdictCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly reviewUrl: string | null = null,
  ) {
    assertUuid('claim', claimId);
  }
}
