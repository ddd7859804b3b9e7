import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { WebhookSubscriptionsUseCase } from './webhook-subscriptions.usecase';
import { WebhookDeliveriesUseCase } from './webhook-deliveries.usecase';

const USE_CASES = [WebhookSubscriptionsUseCase, WebhookDeliveriesUseCase];

/** Webhook subscriptions and the deliveries to them. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class WebhooksModule {}
