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
 * A delivery again, by hand. A finished one (succeeded or failed) is sent again: a new round from the first step of
 * the retry schedule. One waiting for its next attempt after a failure is tried now: a new round that keeps the
 * attempts made, so the schedule goes on from where it was, and the job waiting for the old time finds its round
 * over and sends nothing. Either way the message keeps its id and body (each attempt is signed afresh), and it still
 * waits for an earlier pending delivery about the same claim or article, so retrying never changes the order.
 * Refused (409): a delivery whose attempt is under way or due (nothing to bring forward), a waiting one behind an
 * earlier pending delivery of the same claim or article, and any delivery of a disabled subscription.
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
      if (delivery.status === DeliveryStatus.Pending && !delivery.waiting) {
        throw new WorkflowError(
          WorkflowErrorCode.Conflict,
          'the delivery is being attempted now; it can be retried once it waits for its next attempt or has finished',
        );
      }
      // Tried now, it would only wait for the earlier one; a finished delivery sent again waits its turn as before.
      if (delivery.status === DeliveryStatus.Pending && delivery.waitsForEarlier) {
        throw new WorkflowError(
          WorkflowErrorCode.Conflict,
          'an earlier delivery about the same claim or article to this subscriber is still pending, and goes first: ' +
            'retry that one',
        );
      }
      const restarted =
        delivery.status === DeliveryStatus.Pending
          ? await this.deliveries.bringForward(tx, deliveryId)
          : await this.deliveries.startRound(tx, deliveryId);
      await this.outbox.enqueue(tx, [
        jobRequest(JobName.DeliverWebhook, jobId.deliver(deliveryId, restarted.round, restarted.attempts), {
          deliveryId,
          round: restarted.round,
          attempt: restarted.attempts,
        }),
      ]);
      await this.events.record(tx, [
        {
          type: EventType.WebhookRetried,
          actorId: actor.id,
          data: {
            subscriptionId,
            deliveryId,
            retried: delivery.status === DeliveryStatus.Pending ? 'waiting' : delivery.status,
          },
        },
      ]);
      return deliveryView(restarted);
    });
  }
}
