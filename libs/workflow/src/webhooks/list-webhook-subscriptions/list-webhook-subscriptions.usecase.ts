import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { WebhookSubscriptionListDto } from '../dto/webhook-subscription.dto';
import { subscriptionView } from '../webhook.views';
import { WebhookSubscriptionsRepository } from '../webhook-subscriptions.repository';

/** Every webhook subscription not deleted, oldest first; never their secrets. */
@Injectable()
export class ListWebhookSubscriptionsUseCase {
  constructor(
    private readonly database: Database,
    private readonly subscriptions: WebhookSubscriptionsRepository,
  ) {}

  async execute(): Promise<WebhookSubscriptionListDto> {
    return { items: (await this.subscriptions.list(this.database)).map(subscriptionView) };
  }
}
