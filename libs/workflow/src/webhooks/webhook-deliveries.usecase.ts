import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { DeliveryStatus, SYSTEM_USER_ID, WebhookDelivery, WebhookSubscription } from '@app/database';
import { enqueueInTransaction, jobId, jobRequest, JobName } from '@app/queue';
import { Agent } from 'undici';
import { webhookDeliveries } from '@app/observability/metrics';
import {
  createWebhookAgent,
  DEFAULT_WEBHOOK_USER_AGENT,
  deliverWebhook,
  deliveryOutcome,
  retryDelayMs,
  slackMessage,
  WebhookEventType,
  webhookHeaders,
} from '@app/webhooks';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { deliveryView, WebhookSubscriptionsUseCase } from './webhook-subscriptions.usecase';

/** How long a delivery waits before looking again when an earlier one for the same claim is still pending. */
export const ORDER_WAIT_MS = 1000;

/** Standard Webhooks: the stored body as is, signed afresh for this attempt. */
function signedRequest(secret: string, delivery: { messageId: string; body: string }) {
  return {
    headers: webhookHeaders({
      secret,
      id: delivery.messageId,
      timestamp: Math.floor(Date.now() / 1000),
      body: delivery.body,
    }),
    body: delivery.body,
  };
}

/** Slack: the same event as a Slack message. */
function slackRequest(storedBody: string) {
  const { type, data } = JSON.parse(storedBody) as { type: WebhookEventType; data: Parameters<typeof slackMessage>[1] };
  return {
    headers: { 'content-type': 'application/json', 'user-agent': DEFAULT_WEBHOOK_USER_AGENT },
    body: JSON.stringify(slackMessage(type, data)),
  };
}

export interface DeliverCommand {
  deliveryId: string;
  round: number;
  attempt: number;
}

/**
 * Delivering webhooks: one attempt per job. The outcome of each attempt is written to the delivery row together
 * with the job of the next attempt (on the retry schedule, later if the receiver sent retry-after), so a crash at
 * any point repeats at most one attempt. The receiver deduplicates by `webhook-id`.
 */
@Injectable()
export class WebhookDeliveriesUseCase implements OnApplicationShutdown {
  /** One connection pool for every delivery of this process: keep-alive to each newsroom, addresses checked on connect. */
  private readonly agent: Agent;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly subscriptions: WebhookSubscriptionsUseCase,
  ) {
    this.agent = createWebhookAgent({ allowPrivateNetworks: config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.agent.close().catch(() => undefined);
  }

  /**
   * Makes one attempt. Returns `{ waitFor: ms }` instead of attempting when an earlier delivery about the same
   * claim to the same subscriber is still pending, so a correction never overtakes the verdict it corrects.
   */
  async deliver(command: DeliverCommand): Promise<JobOutcome | { waitFor: number }> {
    // The delivery, its subscription and whether an earlier delivery for the same claim is pending, in one query.
    const [row] = await this.dataSource.query(
      `SELECT delivery.id, delivery.status, delivery.round, delivery.attempts, delivery.message_id, delivery.body,
              subscription.id AS subscription_id, subscription.url, subscription.secret, subscription.kind,
              subscription.active AND subscription.deleted_at IS NULL AS subscription_active,
              delivery.ordering_key IS NOT NULL AND EXISTS (
                SELECT 1 FROM webhook_deliveries earlier
                 WHERE earlier.subscription_id = delivery.subscription_id AND earlier.ordering_key = delivery.ordering_key
                   AND earlier.status = 'pending' AND earlier.event_id < delivery.event_id) AS waits_for_earlier
         FROM webhook_deliveries delivery
         JOIN webhook_subscriptions subscription ON subscription.id = delivery.subscription_id
        WHERE delivery.id = $1`,
      [command.deliveryId],
    );
    if (!row) return skipped('delivery no longer exists');
    if (row.status !== DeliveryStatus.Pending) return skipped(`delivery is ${row.status}`);
    if (row.round !== command.round || row.attempts !== command.attempt)
      return skipped('this attempt was already made');
    if (row.waits_for_earlier) return { waitFor: ORDER_WAIT_MS };
    if (!row.subscription_active) {
      await this.finish(row.id, command, { status: DeliveryStatus.Failed, lastError: 'subscription is disabled' });
      return skipped('subscription is disabled');
    }
    const delivery = { id: row.id as string, messageId: row.message_id as string, body: row.body as string };
    const subscription = {
      id: row.subscription_id as string,
      url: row.url as string,
      secret: row.secret as string,
      kind: row.kind as string,
    };
    if (subscription.kind === 'slack') {
      const wait = await this.takeSlackSlot(subscription.id);
      if (wait > 0) return { waitFor: wait };
    }

    const request =
      subscription.kind === 'slack' ? slackRequest(delivery.body) : signedRequest(subscription.secret, delivery);
    const result = await deliverWebhook({
      url: subscription.url,
      headers: request.headers,
      body: request.body,
      timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
      allowPrivateNetworks: this.config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
      dispatcher: this.agent,
    });
    const outcome = deliveryOutcome(result);
    webhookDeliveries.inc({ outcome, kind: subscription.kind });
    const attempts = command.attempt + 1;
    const record = { attempts, lastStatusCode: result.status ?? null, lastError: result.error ?? null };

    if (outcome === 'succeeded') {
      await this.finish(delivery.id, command, { ...record, status: DeliveryStatus.Succeeded, deliveredAt: new Date() });
      return done(`delivered with ${result.status}`);
    }
    if (outcome === 'gone') {
      await this.dataSource.transaction(async (manager) => {
        await this.finish(delivery.id, command, { ...record, status: DeliveryStatus.Failed }, manager);
        await manager.update(
          WebhookSubscription,
          { id: subscription.id },
          {
            active: false,
            disabledReason: 'the endpoint answered 410 Gone',
          },
        );
        await manager.query(
          `UPDATE webhook_deliveries SET status = 'failed', last_error = 'subscription disabled (410 Gone)', updated_at = now()
            WHERE subscription_id = $1 AND status = 'pending'`,
          [subscription.id],
        );
        await recordEvent(manager, {
          type: EventType.WebhookDisabled,
          actorId: SYSTEM_USER_ID,
          data: { subscriptionId: subscription.id, reason: '410 Gone' },
        });
      });
      return done('endpoint is gone; subscription disabled');
    }
    const delay =
      outcome === 'retry'
        ? retryDelayMs(attempts, {
            retryAfterSeconds: result.retryAfterSeconds,
            scale: this.config.WEBHOOK_RETRY_SCALE,
          })
        : null;
    if (delay === null) {
      await this.finish(delivery.id, command, { ...record, status: DeliveryStatus.Failed });
      return done(`failed after ${attempts} attempts: ${result.error ?? result.status}`);
    }
    const nextAttemptAt = new Date(Date.now() + delay);
    await this.dataSource.transaction(async (manager) => {
      const updated = await this.finish(delivery.id, command, { ...record, nextAttemptAt }, manager);
      if (updated) {
        await enqueueInTransaction(
          manager,
          jobRequest(
            JobName.DeliverWebhook,
            jobId.deliver(delivery.id, command.round, attempts),
            { deliveryId: delivery.id, round: command.round, attempt: attempts },
            nextAttemptAt,
          ),
        );
      }
    });
    return done(
      `attempt ${attempts} failed (${result.error ?? result.status}); next at ${nextAttemptAt.toISOString()}`,
    );
  }

  async list(subscriptionId: string, options: { limit?: number; status?: DeliveryStatus } = {}) {
    await this.subscriptions.requireExisting(subscriptionId);
    const deliveries = await this.dataSource.manager.find(WebhookDelivery, {
      where: { subscriptionId, ...(options.status ? { status: options.status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: options.limit ?? 50,
    });
    return { items: deliveries.map(deliveryView) };
  }

  /** Sends a delivery again by hand, from the first step of the schedule. */
  async retry(subscriptionId: string, deliveryId: string, actor: Actor) {
    assertUuid('webhook', subscriptionId);
    assertUuid('delivery', deliveryId);
    return this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOne(WebhookDelivery, {
        where: { id: deliveryId, subscriptionId },
        lock: { mode: 'for_no_key_update' },
      });
      if (!delivery) throw WorkflowError.notFound('delivery', deliveryId);
      const subscription = await manager.findOneBy(WebhookSubscription, { id: subscriptionId });
      if (!subscription || subscription.deletedAt) throw WorkflowError.notFound('webhook', subscriptionId);
      if (!subscription.active) {
        throw new WorkflowError(
          WorkflowErrorCode.Conflict,
          `the subscription is disabled: ${subscription.disabledReason}`,
        );
      }
      if (delivery.status === DeliveryStatus.Pending) {
        throw new WorkflowError(WorkflowErrorCode.Conflict, 'the delivery is still being attempted');
      }
      delivery.status = DeliveryStatus.Pending;
      delivery.round += 1;
      delivery.attempts = 0;
      delivery.nextAttemptAt = new Date();
      delivery.lastError = null;
      await manager.save(delivery);
      await enqueueInTransaction(
        manager,
        jobRequest(JobName.DeliverWebhook, jobId.deliver(delivery.id, delivery.round, 0), {
          deliveryId: delivery.id,
          round: delivery.round,
          attempt: 0,
        }),
      );
      await recordEvent(manager, {
        type: EventType.WebhookRetried,
        actorId: actor.id,
        data: { subscriptionId, deliveryId },
      });
      return deliveryView(delivery);
    });
  }

  /**
   * Slack accepts about one message a second per incoming webhook: a delivery may go when the subscription's next
   * slot has come, and takes the slot after it; otherwise it waits (without spending an attempt) until then.
   */
  private async takeSlackSlot(subscriptionId: string): Promise<number> {
    // An UPDATE through TypeORM's query() answers [rows, count].
    const [taken] = (await this.dataSource.query(
      `UPDATE webhook_subscriptions SET next_send_at = now() + interval '1 second'
        WHERE id = $1 AND (next_send_at IS NULL OR next_send_at <= now()) RETURNING id`,
      [subscriptionId],
    )) as [unknown[], number];
    if (taken.length > 0) return 0;
    const [{ wait }] = await this.dataSource.query(
      `SELECT greatest(0, extract(epoch FROM next_send_at - now()) * 1000)::int + 20 AS wait FROM webhook_subscriptions WHERE id = $1`,
      [subscriptionId],
    );
    return Number(wait);
  }

  /** Records an attempt if the delivery is still at that attempt (a duplicate job changes nothing). */
  private async finish(
    deliveryId: string,
    command: DeliverCommand,
    changes: Partial<WebhookDelivery>,
    manager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(WebhookDelivery)
      .set({
        ...changes,
        ...(changes.status && changes.status !== DeliveryStatus.Pending ? { nextAttemptAt: null } : {}),
      })
      .where('id = :deliveryId AND round = :round AND attempts = :attempt AND status = :pending', {
        deliveryId,
        round: command.round,
        attempt: command.attempt,
        pending: DeliveryStatus.Pending,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
