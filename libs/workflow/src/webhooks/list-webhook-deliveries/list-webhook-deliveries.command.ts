import { DeliveryStatus } from '@app/database';
import { assertUuid } from '../../common/workflow-error';

/** A subscription's delivery log. */
export class ListWebhookDeliveriesCommand {
  readonly limit: number;
  /** Only the deliveries in this state. */
  readonly status?: DeliveryStatus;

  constructor(
    readonly subscriptionId: string,
    options: { limit?: number; status?: DeliveryStatus } = {},
  ) {
    assertUuid('webhook', subscriptionId);
    this.limit = options.limit ?? 50;
    this.status = options.status;
  }
}
