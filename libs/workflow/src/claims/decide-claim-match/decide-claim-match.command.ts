import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** A person's decision on a suggested match: the same claim (confirmed) or not (rejected). */
export class DecideClaimMatchCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly matchId: string,
    readonly decision: 'confirmed' | 'rejected',
  ) {
    assertUuid('claim', claimId);
    assertUuid('match', matchId);
  }
}
