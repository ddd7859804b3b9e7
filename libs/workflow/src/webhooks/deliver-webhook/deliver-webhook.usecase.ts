import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Agent } from 'undici';
import { AppConfig } from '@app/config';
import { Database, DeliveryStatus, SYSTEM_USER_ID } from '@app/database';
import { webhookDeliveries } from '@app/observability/metrics';
import { jobId, jobRequest, JobName, OutboxRepository } from '@app/queue';
import {
  createWebhookAgent,
  deliverWebhook,
  deliveryOutcome,
  retryDelayMs,
  slackWebhookRequest,
  standardWebhookRequest,
} from '@app/webhooks';
import { done, JobOutcome, skipped } from '../../common/result';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { AttemptKey, WebhookDeliveriesRepository } from '../webhook-deliveries.repository';
import { WebhookSubscriptionsRepository } from '../webhook-subscriptions.repository';
import { DeliverWebhookCommand } from './deliver-webhook.command';

/** How long a delivery waits before looking again when an earlier one for the same claim is still pending. */
export const ORDER_WAIT_MS = 1000;

/** Not attempted yet: the job should run again in `waitFor` milliseconds, without spending an attempt. */
export interface DeliveryPostponed {
  waitFor: number;
}

/**
 * Delivering a webhook: one attempt per job. The outcome of each attempt is written to the delivery row together
 * with the job of the next attempt (on the retry schedule, later if the receiver sent retry-after), so a crash at
 * any point repeats at most one attempt; the receiver deduplicates by `webhook-id`. Deliveries of one claim (or
 * article) reach a subscriber in order, a Slack subscription gets one message a second, and an endpoint that
 * answers 410 Gone loses its subscription.
 */
@Injectable()
export class DeliverWebhookUseCase implements OnApplicationShutdown {
  /** One connection pool for every delivery of this process: keep-alive to each newsroom, addresses checked on connect. */
  private readonly agent: Agent;

  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    private readonly outbox: OutboxRepository,
    private readonly events: EventLog,
  ) {
    this.agent = createWebhookAgent({ allowPrivateNetworks: config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.agent.close().catch(() => undefined);
  }

  /**
   * Makes the attempt, or postpones it while an earlier delivery about the same claim to the same subscriber is
   * still pending (a correction never overtakes the verdict it corrects) or a Slack subscription's next slot has
   * not come.
   */
  async execute(command: DeliverWebhookCommand): Promise<JobOutcome | DeliveryPostponed> {
    const key: AttemptKey = { deliveryId: command.deliveryId, round: command.round, attempt: command.attempt };
    // The delivery, its subscription and whether an earlier delivery for the same claim is pending, in one query.
    const delivery = await this.deliveries.findForAttempt(this.database, command.deliveryId);
    if (!delivery) return skipped('delivery no longer exists');
    if (delivery.status !== DeliveryStatus.Pending) return skipped(`delivery is ${delivery.status}`);
    if (delivery.round !== command.round || delivery.attempts !== command.attempt) {
      return skipped('this attempt was already made');
    }
    if (delivery.waitsForEarlier) return { waitFor: ORDER_WAIT_MS };
    if (!delivery.subscriptionActive) {
      await this.deliveries.abandon(this.database, key, 'subscription is disabled');
      return skipped('subscription is disabled');
    }
    if (delivery.kind === 'slack') {
      const wait = await this.subscriptions.takeSendingSlot(this.database, delivery.subscriptionId);
      if (wait > 0) return { waitFor: wait };
    }

    const request =
      delivery.kind === 'slack'
        ? slackWebhookRequest(delivery.body)
        : standardWebhookRequest(delivery.secret, { id: delivery.messageId, body: delivery.body });
    const result = await deliverWebhook({
      url: delivery.url,
      headers: request.headers,
      body: request.body,
      timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
      allowPrivateNetworks: this.config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
      dispatcher: this.agent,
    });
    const outcome = deliveryOutcome(result);
    webhookDeliveries.inc({ outcome, kind: delivery.kind });
    const attempts = command.attempt + 1;
    const record = {
      attempts,
      lastStatusCode: result.status ?? null,
      lastError: result.error ?? null,
      lastResponseBody: result.status === null ? null : result.responseBodySnippet,
    };

    if (outcome === 'succeeded') {
      await this.deliveries.recordSuccess(this.database, key, record);
      return done(`delivered with ${result.status}`);
    }
    if (outcome === 'gone') {
      await this.database.transaction(async (tx) => {
        await this.deliveries.recordFailure(tx, key, record);
        await this.subscriptions.disable(tx, delivery.subscriptionId, 'the endpoint answered 410 Gone');
        await this.deliveries.failPending(tx, delivery.subscriptionId, 'subscription disabled (410 Gone)');
        await this.events.record(tx, [
          {
            type: EventType.WebhookDisabled,
            actorId: SYSTEM_USER_ID,
            data: { subscriptionId: delivery.subscriptionId, reason: '410 Gone' },
          },
        ]);
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
      await this.deliveries.recordFailure(this.database, key, record);
      return done(`failed after ${attempts} attempts: ${result.error ?? result.status}`);
    }
    const nextAttemptAt = await this.database.transaction(async (tx) => {
      const next = await this.deliveries.recordRetry(tx, key, record, delay);
      if (next) {
        await this.outbox.enqueue(tx, [
          jobRequest(
            JobName.DeliverWebhook,
            jobId.deliver(delivery.id, command.round, attempts),
            { deliveryId: delivery.id, round: command.round, attempt: attempts },
            next,
          ),
        ]);
      }
      return next;
    });
    return nextAttemptAt
      ? done(`attempt ${attempts} failed (${result.error ?? result.status}); next at ${nextAttemptAt.toISOString()}`)
      : skipped('this attempt was already recorded');
  }
}
