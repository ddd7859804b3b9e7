import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { WorkflowError } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { WebhookDeliveriesRepository } from '../webhook-deliveries.repository';
import { WebhookSubscriptionsRepository } from '../webhook-subscriptions.repository';
import { DeleteWebhookSubscriptionCommand } from './delete-webhook-subscription.command';

/** Deletes a subscription; deliveries to it not yet made end as failed rather than staying pending forever. */
@Injectable()
export class DeleteWebhookSubscriptionUseCase {
  constructor(
    private readonly database: Database,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, subscriptionId }: DeleteWebhookSubscriptionCommand): Promise<void> {
    await this.database.transaction(async (tx) => {
      if (!(await this.subscriptions.delete(tx, subscriptionId)))
        throw WorkflowError.notFound('webhook', subscriptionId);
      await this.deliveries.failPending(tx, subscriptionId, 'subscription deleted');
      await this.events.record(tx, [{ type: EventType.WebhookDeleted, actorId: actor.id, data: { subscriptionId } }]);
    });
  }
}
