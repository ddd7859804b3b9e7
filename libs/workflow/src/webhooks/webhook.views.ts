import { WebhookDeliveryDto } from './dto/webhook-delivery.dto';
import { WebhookSubscriptionDto } from './dto/webhook-subscription.dto';
import { WebhookDeliveryRow } from './webhook-deliveries.repository';
import { WebhookSubscriptionRow } from './webhook-subscriptions.repository';

/** A subscription, never its secret. */
export function subscriptionView(subscription: WebhookSubscriptionRow): WebhookSubscriptionDto {
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

export function deliveryView(delivery: WebhookDeliveryRow): WebhookDeliveryDto {
  return {
    id: delivery.id,
    subscriptionId: delivery.subscriptionId,
    messageId: delivery.messageId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    lastResponseBody: delivery.lastResponseBody,
    payload: delivery.payload,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
  };
}
