import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository';

/** The repositories and query classes of webhooks: each the one place that owns its SQL. */
export const WEBHOOKS_REPOSITORIES = [WebhookSubscriptionsRepository, WebhookDeliveriesRepository];
