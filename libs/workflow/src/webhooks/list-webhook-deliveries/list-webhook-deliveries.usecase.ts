import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { WorkflowError } from '../../common/workflow-error';
import { WebhookDeliveryListDto } from '../dto/webhook-delivery.dto';
import { deliveryView } from '../webhook.views';
import { WebhookDeliveriesRepository } from '../webhook-deliveries.repository';
import { WebhookSubscriptionsRepository } from '../webhook-subscriptions.repository';
import { ListWebhookDeliveriesCommand } from './list-webhook-deliveries.command';

/** A subscription's deliveries, newest first, with the outcome of their attempts. */
@Injectable()
export class ListWebhookDeliveriesUseCase {
  constructor(
    private readonly database: Database,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {}

  async execute({ subscriptionId, limit, status }: ListWebhookDeliveriesCommand): Promise<WebhookDeliveryListDto> {
    if (!(await this.subscriptions.find(this.database, subscriptionId))) {
      throw WorkflowError.notFound('webhook', subscriptionId);
    }
    const deliveries = await this.deliveries.list(this.database, subscriptionId, { limit, status });
    return { items: deliveries.map(deliveryView) };
  }
}
