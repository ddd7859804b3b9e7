import { Injectable } from '@nestjs/common';
import { Queryable, sql } from '@app/database';

/**
 * Slack takes one message a second: slots are a little longer, so that two messages sent a slot apart still arrive
 * a second apart when the first was slowed on its way.
 */
export const SENDING_SLOT_MS = 1100;

/** `standard`: Standard Webhooks JSON, signed; `slack`: a Slack incoming-webhook message, one a second at most. */
export type WebhookSubscriptionKind = 'standard' | 'slack';

/** A subscription as stored, named as the code names it; never its secret (see `WebhookDeliveriesRepository`). */
export interface WebhookSubscriptionRow {
  id: string;
  url: string;
  kind: WebhookSubscriptionKind;
  events: string[];
  description: string | null;
  /** False once its endpoint answered 410 Gone, or it was deleted. */
  active: boolean;
  disabledReason: string | null;
  createdAt: Date;
}

/** A new subscription: where, what, and the secret its deliveries are signed with. */
export interface NewWebhookSubscription {
  url: string;
  kind: WebhookSubscriptionKind;
  events: string[];
  description: string | null;
  secret: string;
  createdBy: string;
}

/** The columns of a WebhookSubscriptionRow, from the `webhook_subscriptions` table as `subscription`. */
const WEBHOOK_SUBSCRIPTION_COLUMNS = sql`
  subscription.id, subscription.url, subscription.kind, subscription.events, subscription.description,
  subscription.active, subscription.disabled_reason AS "disabledReason", subscription.created_at AS "createdAt"`;

/** Newsrooms' webhook subscriptions. A deleted one is kept (its deliveries refer to it) but is never found again. */
@Injectable()
export class WebhookSubscriptionsRepository {
  async insert(db: Queryable, subscription: NewWebhookSubscription): Promise<WebhookSubscriptionRow> {
    const [row] = await db.query<WebhookSubscriptionRow>(sql`
      INSERT INTO webhook_subscriptions AS subscription (url, kind, events, description, secret, created_by)
      VALUES (${subscription.url}, ${subscription.kind}, ${subscription.events}::text[], ${subscription.description},
              ${subscription.secret}, ${subscription.createdBy})
      RETURNING ${WEBHOOK_SUBSCRIPTION_COLUMNS}`);
    return row;
  }

  /** Every subscription not deleted, oldest first. */
  list(db: Queryable): Promise<WebhookSubscriptionRow[]> {
    return db.query<WebhookSubscriptionRow>(sql`
      SELECT ${WEBHOOK_SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions subscription
       WHERE subscription.deleted_at IS NULL
       ORDER BY subscription.created_at, subscription.id`);
  }

  /** The subscription unless it was deleted. */
  async find(db: Queryable, id: string): Promise<WebhookSubscriptionRow | null> {
    const [row] = await db.query<WebhookSubscriptionRow>(sql`
      SELECT ${WEBHOOK_SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions subscription
       WHERE subscription.id = ${id} AND subscription.deleted_at IS NULL`);
    return row ?? null;
  }

  /** Deletes the subscription (it stops being active); false when there is none, or it was deleted already. */
  async delete(db: Queryable, id: string): Promise<boolean> {
    const rows = await db.query(sql`
      UPDATE webhook_subscriptions SET deleted_at = now(), active = false, disabled_reason = 'deleted'
       WHERE id = ${id} AND deleted_at IS NULL
      RETURNING id`);
    return rows.length > 0;
  }

  /** Stops deliveries to the subscription, saying why; it stays listed. */
  async disable(db: Queryable, id: string, reason: string): Promise<void> {
    await db.query(sql`UPDATE webhook_subscriptions SET active = false, disabled_reason = ${reason} WHERE id = ${id}`);
  }

  /**
   * Takes the subscription's next sending slot if it has come (0), or says how many milliseconds until it comes:
   * one statement, so two deliveries never take the same slot.
   */
  async takeSendingSlot(db: Queryable, id: string): Promise<number> {
    // The SELECT reads the row as it was before the UPDATE: the slot's time when the UPDATE could not take it.
    const [{ waitMs }] = await db.query<{ waitMs: number }>(sql`
      WITH taken AS (
        UPDATE webhook_subscriptions SET next_send_at = now() + make_interval(secs => ${SENDING_SLOT_MS / 1000})
         WHERE id = ${id} AND (next_send_at IS NULL OR next_send_at <= now())
        RETURNING id)
      SELECT CASE WHEN EXISTS (SELECT 1 FROM taken) THEN 0
                  ELSE greatest(0, extract(epoch FROM next_send_at - now()) * 1000)::int + 20 END AS "waitMs"
        FROM webhook_subscriptions WHERE id = ${id}`);
    return waitMs;
  }
}
