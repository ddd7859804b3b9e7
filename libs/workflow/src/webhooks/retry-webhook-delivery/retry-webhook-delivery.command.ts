import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';

/** Send a finished delivery again, or try a waiting one now, by hand. */
export class RetryWebhookDeliveryCommand {
  constructor(
    readonly actor: Actor,
    readonly subscriptionId: string,
    readonly deliveryId: string,
  ) {
    assertUuid('webhook', subscriptionId);
    assertUuid('delivery', deliveryId);
  }
}
