import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { CreateWebhookSubscriptionUseCase } from './create-webhook-subscription/create-webhook-subscription.usecase';
import { DeleteWebhookSubscriptionUseCase } from './delete-webhook-subscription/delete-webhook-subscription.usecase';
import { DeliverWebhookUseCase } from './deliver-webhook/deliver-webhook.usecase';
import { ListWebhookDeliveriesUseCase } from './list-webhook-deliveries/list-webhook-deliveries.usecase';
import { ListWebhookSubscriptionsUseCase } from './list-webhook-subscriptions/list-webhook-subscriptions.usecase';
import { RetryWebhookDeliveryUseCase } from './retry-webhook-delivery/retry-webhook-delivery.usecase';

const USE_CASES = [
  CreateWebhookSubscriptionUseCase,
  ListWebhookSubscriptionsUseCase,
  DeleteWebhookSubscriptionUseCase,
  DeliverWebhookUseCase,
  ListWebhookDeliveriesUseCase,
  RetryWebhookDeliveryUseCase,
];

/** Webhook subscriptions and the deliveries to them. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class WebhooksModule {}
