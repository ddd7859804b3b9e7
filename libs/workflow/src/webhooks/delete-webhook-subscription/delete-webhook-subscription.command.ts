import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** Unsubscribe a newsroom endpoint. */
export class DeleteWebhookSubscriptionCommand {
  constructor(
    readonly actor: Actor,
    readonly subscriptionId: string,
  ) {
    assertUuid('webhook', subscriptionId);
  }
}
