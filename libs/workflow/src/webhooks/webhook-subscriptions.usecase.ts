import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AppConfig } from '@app/config';
import { WebhookDelivery, WebhookSubscription } from '@app/database';
import { assertSafeWebhookUrl, generateWebhookSecret, isWebhookEventType, WebhookUrlError } from '@app/webhooks';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { idempotentRequest, runOnce } from '../common/idempotency';
import { assertUuid, WorkflowError } from '../common/workflow-error';

export interface CreateSubscriptionCommand {
  url: string;
  events: string[];
  description?: string;
  /** `standard` (Standard Webhooks, signed; the default) or `slack` (Slack incoming-webhook messages). */
  kind?: 'standard' | 'slack';
}

function subscriptionView(subscription: WebhookSubscription) {
  return {
    id: subscription.id,
    url: subscription.url,
    kind: subscription.kind,
    events: subscription.events,
    description: subscription.description,
    active: subscription.active,
    disabledReason: subscription.disabledReason,
    createdAt: subscription.createdAt.toISOString(),
  };
}

/** Newsrooms' webhook subscriptions: create (with a secret shown once), list, delete. */
@Injectable()
export class WebhookSubscriptionsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * With an Idempotency-Key, a retry gets the subscription it created (status 200) without its secret: the secret is
   * not kept a second time to be shown again (it is kept once, to sign deliveries).
   */
  async create(command: CreateSubscriptionCommand, actor: Actor, idempotencyKey?: string) {
    const unknown = command.events.filter((event) => !isWebhookEventType(event));
    if (unknown.length > 0 || command.events.length === 0) {
      throw WorkflowError.invalid('unknown webhook event types', [
        { field: 'events', message: `unknown: ${unknown.join(', ') || '(none given)'}` },
      ]);
    }
    try {
      await assertSafeWebhookUrl(command.url, { allowPrivateNetworks: this.config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS });
    } catch (error) {
      if (error instanceof WebhookUrlError) {
        throw WorkflowError.invalid('the webhook url is not allowed', [{ field: 'url', message: error.message }]);
      }
      throw error;
    }
    const fields = {
      url: command.url,
      events: [...new Set(command.events)],
      description: command.description?.trim() || null,
      kind: command.kind ?? 'standard',
    };
    const request = idempotentRequest(actor.id, idempotencyKey, 'create-webhook', fields);
    const secret = generateWebhookSecret();
    return runOnce(this.dataSource, request, async (manager) => {
      const subscription = await manager.save(
        manager.create(WebhookSubscription, { ...fields, secret, createdBy: actor.id }),
      );
      await recordEvent(manager, {
        type: EventType.WebhookCreated,
        actorId: actor.id,
        data: {
          subscriptionId: subscription.id,
          url: subscription.url,
          kind: subscription.kind,
          events: subscription.events,
        },
      });
      const view = subscriptionView(subscription);
      return {
        // A Slack webhook's url is its secret; there is nothing to sign.
        first: { statusCode: 201, body: subscription.kind === 'slack' ? view : { ...view, secret } },
        replay: { statusCode: 200, body: view },
      };
    });
  }

  async list() {
    const subscriptions = await this.dataSource.manager.find(WebhookSubscription, {
      where: { deletedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return { items: subscriptions.map(subscriptionView) };
  }

  async delete(id: string, actor: Actor): Promise<void> {
    assertUuid('webhook', id);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        WebhookSubscription,
        { id, deletedAt: IsNull() },
        { deletedAt: new Date(), active: false, disabledReason: 'deleted' },
      );
      if (!result.affected) throw WorkflowError.notFound('webhook', id);
      // Deliveries not yet made are ended, not left pending forever.
      await manager.query(
        `UPDATE webhook_deliveries SET status = 'failed', last_error = 'subscription deleted', updated_at = now()
          WHERE subscription_id = $1 AND status = 'pending'`,
        [id],
      );
      await recordEvent(manager, { type: EventType.WebhookDeleted, actorId: actor.id, data: { subscriptionId: id } });
    });
  }

  async requireExisting(id: string): Promise<WebhookSubscription> {
    assertUuid('webhook', id);
    const subscription = await this.dataSource.manager.findOneBy(WebhookSubscription, { id, deletedAt: IsNull() });
    if (!subscription) throw WorkflowError.notFound('webhook', id);
    return subscription;
  }
}

export function deliveryView(delivery: WebhookDelivery) {
  return {
    id: delivery.id,
    subscriptionId: delivery.subscriptionId,
    messageId: delivery.messageId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
  };
}
