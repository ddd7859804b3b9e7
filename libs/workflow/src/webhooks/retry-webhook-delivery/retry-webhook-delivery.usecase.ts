import { Injectable } from '@nestjs/common';
import { Database, DeliveryStatus } from '@app/database';
import { jobId, jobRequest, JobName, OutboxRepository } from '@app/queue';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { WebhookDeliveryDto } from '../dto/webhook-delivery.dto';
import { deliveryView } from '../webhook.views';
import { WebhookDeliveriesRepository } from '../webhook-deliveries.repository';
import { WebhookSubscriptionsRepository } from '../webhook-subscriptions.repository';
import { RetryWebhookDeliveryCommand } from './retry-webhook-delivery.command';

/**
 * Sends a finished delivery (succeeded or failed) again, by hand: a new round from the first step of the retry
 * schedule, with the same message id. A delivery still being attempted, or to a disabled subscription, is refused.
 */
@Injectable()
export class RetryWebhookDeliveryUseCase {
  constructor(
    private readonly database: Database,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly outbox: OutboxRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, subscriptionId, deliveryId }: RetryWebhookDeliveryCommand): Promise<WebhookDeliveryDto> {
    return this.database.transaction(async (tx) => {
      const delivery = await this.deliveries.lock(tx, subscriptionId, deliveryId);
      if (!delivery) throw WorkflowError.notFound('delivery', deliveryId);
      const subscription = await this.subscriptions.find(tx, subscriptionId);
      if (!subscription) throw WorkflowError.notFound('webhook', subscriptionId);
      if (!subscription.active) {
        throw new WorkflowError(
          WorkflowErrorCode.Conflict,
          `the subscription is disabled: ${subscription.disabledReason}`,
        );
      }
      if (delivery.status === DeliveryStatus.Pending) {
        throw new WorkflowError(WorkflowErrorCode.Conflict, 'the delivery is still being attempted');
      }
      const restarted = await this.deliveries.startRound(tx, deliveryId);
      await this.outbox.enqueue(tx, [
        jobRequest(JobName.DeliverWebhook, jobId.deliver(deliveryId, restarted.round, 0), {
          deliveryId,
          round: restarted.round,
          attempt: 0,
        }),
      ]);
      await this.events.record(tx, [
        { type: EventType.WebhookRetried, actorId: actor.id, data: { subscriptionId, deliveryId } },
      ]);
      return deliveryView(restarted);
    });
  }
}
