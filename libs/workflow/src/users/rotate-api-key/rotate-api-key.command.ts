import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** Give a person a new API key in place of the one they have. */
export class RotateApiKeyCommand {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
  ) {
    assertUuid('user', userId);
  }
}
