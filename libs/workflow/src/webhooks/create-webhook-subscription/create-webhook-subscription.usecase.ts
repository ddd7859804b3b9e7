import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { assertSafeWebhookUrl, generateWebhookSecret, WebhookUrlError } from '@app/webhooks';
import { WorkflowError } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { Idempotency } from '../../idempotency/idempotency';
import { CreatedWebhookSubscriptionDto, WebhookSubscriptionDto } from '../dto/webhook-subscription.dto';
import { subscriptionView } from '../webhook.views';
import { WebhookSubscriptionsRepository } from '../webhook-subscriptions.repository';
import { CreateWebhookSubscriptionCommand } from './create-webhook-subscription.command';

/** The subscription just created with its secret, or, for a retry, the subscription the first request created. */
export type CreateWebhookSubscriptionResult =
  | { replayed: false; subscription: CreatedWebhookSubscriptionDto }
  | { replayed: true; subscription: WebhookSubscriptionDto };

/**
 * Subscribes a newsroom endpoint, with a `whsec_` secret shown once. With an Idempotency-Key, a retry gets the
 * subscription it created without its secret: the secret is not kept a second time to be shown again (it is kept
 * once, to sign deliveries).
 */
@Injectable()
export class CreateWebhookSubscriptionUseCase {
  constructor(
    private readonly config: AppConfig,
    private readonly idempotency: Idempotency,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    private readonly events: EventLog,
  ) {}

  async execute(command: CreateWebhookSubscriptionCommand): Promise<CreateWebhookSubscriptionResult> {
    const { actor, url, events, description, kind } = command;
    try {
      await assertSafeWebhookUrl(url, { allowPrivateNetworks: this.config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS });
    } catch (error) {
      if (error instanceof WebhookUrlError) {
        throw WorkflowError.invalid('the webhook url is not allowed', [{ field: 'url', message: error.message }]);
      }
      throw error;
    }
    const secret = generateWebhookSecret();
    const result = await this.idempotency.runOnce(command.idempotency, async (tx) => {
      const subscription = await this.subscriptions.insert(tx, {
        url,
        kind,
        events,
        description,
        secret,
        createdBy: actor.id,
      });
      await this.events.record(tx, [
        {
          type: EventType.WebhookCreated,
          actorId: actor.id,
          data: { subscriptionId: subscription.id, url, kind, events },
        },
      ]);
      const view = subscriptionView(subscription);
      // A Slack webhook's url is its secret; there is nothing to sign.
      const first: CreatedWebhookSubscriptionDto = kind === 'slack' ? view : { ...view, secret };
      return { first, replay: { outcome: 'created', body: view } };
    });
    return result.replayed
      ? { replayed: true, subscription: result.answer.body }
      : { replayed: false, subscription: result.answer };
  }
}
