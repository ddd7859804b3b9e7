import { EntityManager } from 'typeorm';
import { enqueueInTransaction, jobId, jobRequest, JobName } from '@app/queue';
import { isWebhookEventType, serializeWebhookPayload, WebhookEventType } from '@app/webhooks';

import { EventType } from '../events/event-type';

export { EventType };

export interface RecordEvent {
  type: EventType;
  actorId: string;
  articleId?: string | null;
  claimId?: string | null;
  data?: Record<string, unknown>;
  /** The `data` of the webhook message, when this event is announced to subscribers. */
  webhook?: Record<string, unknown>;
}

/**
 * Appends an event inside the caller's transaction and, for webhook events, creates one delivery per active
 * subscription with its outbox job: a newsroom hears of a change exactly when the change commits.
 */
export async function recordEvent(manager: EntityManager, event: RecordEvent): Promise<string> {
  const [eventId] = await recordEvents(manager, [event]);
  return eventId;
}

/** recordEvent for many events at once: three statements, whatever their number. */
export async function recordEvents(manager: EntityManager, events: RecordEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows: { id: string; created_at: Date }[] = await manager.query(
    `INSERT INTO events (type, actor_id, article_id, claim_id, data)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::jsonb[])
     RETURNING id, created_at`,
    [
      events.map((event) => event.type),
      events.map((event) => event.actorId),
      events.map((event) => event.articleId ?? null),
      events.map((event) => event.claimId ?? null),
      events.map((event) => JSON.stringify(event.data ?? {})),
    ],
  );
  const ids = rows.map((row) => String(row.id));
  const announced = events
    .map((event, index) => ({ event, id: ids[index], at: new Date(rows[index].created_at) }))
    .filter(({ event }) => event.webhook && isWebhookEventType(event.type));
  if (announced.length > 0) {
    const deliveries: { id: string }[] = await manager.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, message_id, body, ordering_key)
       SELECT subscription.id, event.id, event.type, 'msg_' || event.id, event.body, event.ordering_key
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS event(id, type, body, ordering_key)
         JOIN webhook_subscriptions subscription
           ON subscription.active AND subscription.deleted_at IS NULL AND event.type = ANY(subscription.events)
        ORDER BY event.id
       ON CONFLICT (subscription_id, event_id) DO NOTHING
       RETURNING id`,
      [
        announced.map(({ id }) => id),
        announced.map(({ event }) => event.type),
        announced.map(({ event, at }) =>
          serializeWebhookPayload(event.type as string as WebhookEventType, event.webhook, at),
        ),
        announced.map(({ event }) =>
          event.claimId ? `claim:${event.claimId}` : event.articleId ? `article:${event.articleId}` : null,
        ),
      ],
    );
    await enqueueInTransaction(
      manager,
      ...deliveries.map((delivery) =>
        jobRequest(JobName.DeliverWebhook, jobId.deliver(delivery.id, 0, 0), {
          deliveryId: delivery.id,
          round: 0,
          attempt: 0,
        }),
      ),
    );
  }
  return ids;
}
