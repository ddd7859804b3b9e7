import { Injectable } from '@nestjs/common';
import { DeliveryStatus, prepare, Queryable, sql, SQLQuery } from '@app/database';
import { WebhookSubscriptionKind } from './webhook-subscriptions.repository';

/** An event announced to subscribers: its message body, and what orders it among a subscriber's messages. */
export interface AnnouncedEvent {
  eventId: string;
  type: string;
  body: string;
  /** Messages of one key reach a subscriber in the order of their events (a claim's, an article's). */
  orderingKey: string | null;
}

/** The most of a receiver's answer a delivery keeps: the worker reads at most 1 KiB of it (a CHECK holds this). */
const ANSWER_BODY_MAX_CHARS = 1024;

/** A delivery as the log shows it. */
export interface WebhookDeliveryRow {
  id: string;
  subscriptionId: string;
  /** The `webhook-id` header: the same on every attempt so receivers can deduplicate. */
  messageId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  /** Incremented by each manual retry, so its jobs' ids differ from the exhausted ones'. */
  round: number;
  lastStatusCode: number | null;
  lastError: string | null;
  /** The start of the receiver's last answer; null when no answer arrived. */
  lastResponseBody: string | null;
  /** The message as sent (the signed bytes). */
  payload: string;
  nextAttemptAt: Date | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** The columns of a WebhookDeliveryRow, from the `webhook_deliveries` table as `delivery`. */
const WEBHOOK_DELIVERY_COLUMNS = sql`
  delivery.id, delivery.subscription_id AS "subscriptionId", delivery.message_id AS "messageId",
  delivery.event_type AS "eventType", delivery.status, delivery.attempts, delivery.round,
  delivery.last_status_code AS "lastStatusCode", delivery.last_error AS "lastError",
  delivery.last_response_body AS "lastResponseBody", delivery.body AS payload, delivery.next_attempt_at AS "nextAttemptAt", delivery.created_at AS "createdAt", delivery.delivered_at AS "deliveredAt"`;

/** Everything an attempt needs: the delivery, where it goes and how, and whether it must wait for an earlier one. */
export interface DeliveryAttemptRow {
  id: string;
  status: DeliveryStatus;
  round: number;
  attempts: number;
  messageId: string;
  /** The exact message, as stored when the event happened. */
  body: string;
  subscriptionId: string;
  url: string;
  secret: string;
  kind: WebhookSubscriptionKind;
  subscriptionActive: boolean;
  /** An earlier delivery of the same ordering key to the same subscriber is still pending. */
  waitsForEarlier: boolean;
}

/** One attempt of one round of a delivery: what a job makes, and what makes a duplicate job change nothing. */
export interface AttemptKey {
  deliveryId: string;
  round: number;
  /** The attempts made before this one. */
  attempt: number;
}

/** What an attempt got from the receiver. */
export interface AttemptRecord {
  /** The attempts made, this one included. */
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  /** The start of the answer's body (null when no answer arrived). */
  lastResponseBody: string | null;
}

/** A delivery locked for a retry by hand, with what decides whether it may be retried now. */
export interface RetryCandidateRow extends WebhookDeliveryRow {
  /** Pending, attempted before and waiting for its next attempt (due later by the database's clock). */
  waiting: boolean;
  /** An earlier delivery of the same ordering key to the same subscriber is still pending: it goes first. */
  waitsForEarlier: boolean;
}

/**
 * Webhook deliveries: one per subscription and event, with its attempts. Each attempt's outcome is written only if
 * the delivery is still pending at that attempt (`AttemptKey`), so a job that runs twice records once.
 */
@Injectable()
export class WebhookDeliveriesRepository {
  /**
   * The event types some active subscription receives, to pipeline with the events' insert: an event no subscription
   * receives gets no delivery, so its message need not be made.
   */
  subscribedTypesSql(): SQLQuery {
    return prepare(sql`
      SELECT DISTINCT unnest(events) AS type FROM webhook_subscriptions WHERE active AND deleted_at IS NULL`);
  }

  /** Creates a delivery for every active subscription to each event's type; the new deliveries' ids. */
  async createForEvents(db: Queryable, events: AnnouncedEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    const rows = await db.query<{ id: string }>(
      prepare(sql`
      INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, message_id, body, ordering_key)
      SELECT subscription.id, event.id, event.type, 'msg_' || event.id, event.body, event.ordering_key
        FROM unnest(${events.map((event) => event.eventId)}::bigint[], ${events.map((event) => event.type)}::text[],
                    ${events.map((event) => event.body)}::text[], ${events.map((event) => event.orderingKey)}::text[])
             AS event(id, type, body, ordering_key)
        JOIN webhook_subscriptions subscription
          ON subscription.active AND subscription.deleted_at IS NULL AND event.type = ANY(subscription.events)
       ORDER BY event.id
      ON CONFLICT (subscription_id, event_id) DO NOTHING
      RETURNING id`),
    );
    return rows.map((row) => row.id);
  }

  /** The delivery with its subscription, for an attempt, in one query; null when there is no such delivery. */
  async findForAttempt(db: Queryable, deliveryId: string): Promise<DeliveryAttemptRow | null> {
    const [row] = await db.query<DeliveryAttemptRow>(sql`
      SELECT delivery.id, delivery.status, delivery.round, delivery.attempts, delivery.message_id AS "messageId",
             delivery.body, subscription.id AS "subscriptionId", subscription.url, subscription.secret, subscription.kind,
             subscription.active AND subscription.deleted_at IS NULL AS "subscriptionActive",
             delivery.ordering_key IS NOT NULL AND EXISTS (
               SELECT 1 FROM webhook_deliveries earlier
                WHERE earlier.subscription_id = delivery.subscription_id AND earlier.ordering_key = delivery.ordering_key
                  AND earlier.status = 'pending' AND earlier.event_id < delivery.event_id) AS "waitsForEarlier"
        FROM webhook_deliveries delivery
        JOIN webhook_subscriptions subscription ON subscription.id = delivery.subscription_id
       WHERE delivery.id = ${deliveryId}`);
    return row ?? null;
  }

  /** Records a successful attempt; false when the delivery is no longer at that attempt. */
  async recordSuccess(db: Queryable, key: AttemptKey, record: AttemptRecord): Promise<boolean> {
    return this.recordAttempt(db, key, record, sql`status = 'succeeded', delivered_at = now(), next_attempt_at = NULL`);
  }

  /** Records a failed attempt after which nothing more is tried; false as `recordSuccess`. */
  async recordFailure(db: Queryable, key: AttemptKey, record: AttemptRecord): Promise<boolean> {
    return this.recordAttempt(db, key, record, sql`status = 'failed', next_attempt_at = NULL`);
  }

  /**
   * Records a failed attempt to be made again `delayMs` from now; when the next is due (by the database's clock), or
   * null as `recordSuccess`.
   */
  async recordRetry(db: Queryable, key: AttemptKey, record: AttemptRecord, delayMs: number): Promise<Date | null> {
    const [row] = await db.query<{ nextAttemptAt: Date }>(sql`
      ${this.attemptUpdateSql(key, record, sql`next_attempt_at = now() + make_interval(secs => ${delayMs / 1000})`)}
      RETURNING next_attempt_at AS "nextAttemptAt"`);
    return row?.nextAttemptAt ?? null;
  }

  /** Ends the delivery as failed without an attempt (`reason` becomes its last error); false as `recordSuccess`. */
  async abandon(db: Queryable, key: AttemptKey, reason: string): Promise<boolean> {
    const rows = await db.query(sql`
      UPDATE webhook_deliveries SET status = 'failed', last_error = ${reason}, next_attempt_at = NULL, updated_at = now()
       WHERE ${this.atAttemptSql(key)}
      RETURNING id`);
    return rows.length > 0;
  }

  /** Ends every delivery still pending to the subscription as failed, with `reason` as its last error. */
  async failPending(db: Queryable, subscriptionId: string, reason: string): Promise<void> {
    await db.query(sql`
      UPDATE webhook_deliveries SET status = 'failed', last_error = ${reason}, updated_at = now()
       WHERE subscription_id = ${subscriptionId} AND status = 'pending'`);
  }

  /** The subscription's deliveries, newest first, of one status when given. */
  list(
    db: Queryable,
    subscriptionId: string,
    options: { limit: number; status?: DeliveryStatus },
  ): Promise<WebhookDeliveryRow[]> {
    return db.query<WebhookDeliveryRow>(sql`
      SELECT ${WEBHOOK_DELIVERY_COLUMNS} FROM webhook_deliveries delivery
       WHERE delivery.subscription_id = ${subscriptionId}
             ${options.status ? sql`AND delivery.status = ${options.status}` : sql``}
       ORDER BY delivery.created_at DESC, delivery.id DESC
       LIMIT ${options.limit}`);
  }

  /** The subscription's delivery, locked for the rest of the transaction against other writers. */
  async lock(db: Queryable, subscriptionId: string, deliveryId: string): Promise<RetryCandidateRow | null> {
    const [row] = await db.query<RetryCandidateRow>(sql`
      SELECT ${WEBHOOK_DELIVERY_COLUMNS},
             delivery.status = 'pending' AND delivery.attempts > 0 AND delivery.next_attempt_at > now() AS waiting,
             delivery.ordering_key IS NOT NULL AND EXISTS (
               SELECT 1 FROM webhook_deliveries earlier
                WHERE earlier.subscription_id = delivery.subscription_id AND earlier.ordering_key = delivery.ordering_key
                  AND earlier.status = 'pending' AND earlier.event_id < delivery.event_id) AS "waitsForEarlier"
        FROM webhook_deliveries delivery
       WHERE delivery.id = ${deliveryId} AND delivery.subscription_id = ${subscriptionId}
         FOR NO KEY UPDATE OF delivery`);
    return row ?? null;
  }

  /**
   * Brings a waiting delivery's next attempt forward to now: a new round, so the job waiting for the old time finds
   * its round over and does nothing, with the attempts made kept, so the retry schedule goes on from where it was.
   */
  async bringForward(db: Queryable, deliveryId: string): Promise<WebhookDeliveryRow> {
    const [row] = await db.query<WebhookDeliveryRow>(sql`
      UPDATE webhook_deliveries AS delivery
         SET round = round + 1, next_attempt_at = now(), updated_at = now()
       WHERE delivery.id = ${deliveryId}
      RETURNING ${WEBHOOK_DELIVERY_COLUMNS}`);
    return row;
  }

  /** Starts the delivery's next round: pending again, no attempt made, due now. */
  async startRound(db: Queryable, deliveryId: string): Promise<WebhookDeliveryRow> {
    const [row] = await db.query<WebhookDeliveryRow>(sql`
      UPDATE webhook_deliveries AS delivery
         SET status = 'pending', round = round + 1, attempts = 0, next_attempt_at = now(), last_error = NULL,
             updated_at = now()
       WHERE delivery.id = ${deliveryId}
      RETURNING ${WEBHOOK_DELIVERY_COLUMNS}`);
    return row;
  }

  private async recordAttempt(
    db: Queryable,
    key: AttemptKey,
    record: AttemptRecord,
    outcome: SQLQuery,
  ): Promise<boolean> {
    const rows = await db.query(sql`${this.attemptUpdateSql(key, record, outcome)} RETURNING id`);
    return rows.length > 0;
  }

  private attemptUpdateSql(key: AttemptKey, record: AttemptRecord, outcome: SQLQuery): SQLQuery {
    return sql`
      UPDATE webhook_deliveries
         SET attempts = ${record.attempts}, last_status_code = ${record.lastStatusCode}, last_error = ${record.lastError},
             last_response_body = ${storedAnswer(record.lastResponseBody)}, ${outcome}, updated_at = now()
       WHERE ${this.atAttemptSql(key)}`;
  }

  /** The delivery, if it is still pending at that attempt of that round. */
  private atAttemptSql({ deliveryId, round, attempt }: AttemptKey): SQLQuery {
    return sql`id = ${deliveryId} AND round = ${round} AND attempts = ${attempt} AND status = 'pending'`;
  }
}

/** An answer's body as a text column holds it: no NUL (Postgres text refuses it), at most the bound. */
function storedAnswer(body: string | null): string | null {
  return body === null ? null : body.replaceAll('\u0000', '').slice(0, ANSWER_BODY_MAX_CHARS);
}
