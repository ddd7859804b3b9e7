import { Injectable } from '@nestjs/common';
import { Queryable, sql } from '@app/database';

/** An event announced to subscribers: its message body, and what orders it among a subscriber's messages. */
export interface AnnouncedEvent {
  eventId: string;
  type: string;
  body: string;
  /** Messages of one key reach a subscriber in the order of their events (a claim's, an article's). */
  orderingKey: string | null;
}

/** Webhook deliveries: one per subscription and event, with its attempts. */
@Injectable()
export class WebhookDeliveriesRepository {
  /** Creates a delivery for every active subscription to each event's type; the new deliveries' ids. */
  async createForEvents(db: Queryable, events: AnnouncedEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    const rows = await db.query<{ id: string }>(sql`
      INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, message_id, body, ordering_key)
      SELECT subscription.id, event.id, event.type, 'msg_' || event.id, event.body, event.ordering_key
        FROM unnest(${events.map((event) => event.eventId)}::bigint[], ${events.map((event) => event.type)}::text[],
                    ${events.map((event) => event.body)}::text[], ${events.map((event) => event.orderingKey)}::text[])
             AS event(id, type, body, ordering_key)
        JOIN webhook_subscriptions subscription
          ON subscription.active AND subscription.deleted_at IS NULL AND event.type = ANY(subscription.events)
       ORDER BY event.id
      ON CONFLICT (subscription_id, event_id) DO NOTHING
      RETURNING id`);
    return rows.map((row) => row.id);
  }
}
