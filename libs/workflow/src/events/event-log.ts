import { Injectable } from '@nestjs/common';
import { prepare, Queryable } from '@app/database';
import { jobId, jobRequest, JobName, OutboxRepository } from '@app/queue';
import { isWebhookEventType, serializeWebhookPayload, WebhookEventType } from '@app/webhooks';
import { WebhookDeliveriesRepository } from '../webhooks/webhook-deliveries.repository';
import { EventsRepository, NewEvent, RecordedEvent } from './events.repository';
import { EventType } from './event-type';

export interface Happening extends NewEvent {
  type: EventType;
  /**
   * The `data` of the webhook message, when this event is announced to subscribers; or what makes it, called only
   * when some subscription receives the event.
   */
  webhook?: Record<string, unknown> | (() => Record<string, unknown>);
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

  /**
   * Records the events (three round trips at most, whatever their number); their ids and times, in order. The types
   * active subscriptions receive are read with the insert, and only events of those types get a message and
   * deliveries: with no subscriber, nothing is serialised and no delivery statement is sent.
   */
  async record(db: Queryable, happenings: Happening[]): Promise<RecordedEvent[]> {
    if (happenings.length === 0) return [];
    const mayAnnounce = happenings.some((happening) => happening.webhook && isWebhookEventType(happening.type));
    const [recorded, subscribed] = (await db.pipeline([
      prepare(this.events.insertSql(happenings)),
      ...(mayAnnounce ? [this.deliveries.subscribedTypesSql()] : []),
    ])) as [RecordedEvent[], { type: string }[] | undefined];
    const types = new Set((subscribed ?? []).map((row) => row.type));
    const announced = happenings
      .map((happening, index) => ({ happening, ...recorded[index] }))
      .filter(({ happening }) => happening.webhook && isWebhookEventType(happening.type) && types.has(happening.type));
    const deliveryIds = await this.deliveries.createForEvents(
      db,
      announced.map(({ happening, id, createdAt }) => ({
        eventId: id,
        type: happening.type,
        body: serializeWebhookPayload(
          happening.type as string as WebhookEventType,
          typeof happening.webhook === 'function' ? happening.webhook() : happening.webhook,
          createdAt,
        ),
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
