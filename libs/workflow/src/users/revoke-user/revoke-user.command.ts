import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** Revoke a person's API key for good. */
export class RevokeUserCommand {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
  ) {
    assertUuid('user', userId);
  }
}
