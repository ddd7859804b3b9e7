import { Injectable } from '@nestjs/common';
import { Queryable } from '@app/database';
import { jobId, jobRequest, JobName, OutboxRepository } from '@app/queue';
import { isWebhookEventType, serializeWebhookPayload, WebhookEventType } from '@app/webhooks';
import { WebhookDeliveriesRepository } from '../webhooks/webhook-deliveries.repository';
import { EventsRepository, NewEvent, RecordedEvent } from './events.repository';
import { EventType } from './event-type';

export interface Happening extends NewEvent {
  type: EventType;
  /** The `data` of the webhook message, when this event is announced to subscribers. */
  webhook?: Record<string, unknown>;
}

/**
 * Records what happened in the caller's transaction and, for webhook events, creates one delivery per active
 * subscription with its job: a newsroom hears of a change exactly when the change commits.
 */
@Injectable()
export class EventLog {
  constructor(
    private readonly events: EventsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  /** Records the events (three statements at most, whatever their number); their ids and times, in order. */
  async record(db: Queryable, happenings: Happening[]): Promise<RecordedEvent[]> {
    const recorded = await this.events.insert(db, happenings);
    const announced = happenings
      .map((happening, index) => ({ happening, ...recorded[index] }))
      .filter(({ happening }) => happening.webhook && isWebhookEventType(happening.type));
    const deliveryIds = await this.deliveries.createForEvents(
      db,
      announced.map(({ happening, id, createdAt }) => ({
        eventId: id,
        type: happening.type,
        body: serializeWebhookPayload(happening.type as string as WebhookEventType, happening.webhook, createdAt),
        orderingKey: happening.claimId
          ? `claim:${happening.claimId}`
          : happening.articleId
            ? `article:${happening.articleId}`
            : null,
      })),
    );
    await this.outbox.enqueue(
      db,
      deliveryIds.map((deliveryId) =>
        jobRequest(JobName.DeliverWebhook, jobId.deliver(deliveryId, 0, 0), { deliveryId, round: 0, attempt: 0 }),
      ),
    );
    return recorded;
  }
}
