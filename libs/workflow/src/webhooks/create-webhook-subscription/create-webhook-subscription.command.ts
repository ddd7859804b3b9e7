import { isWebhookEventType } from '@app/webhooks';
import { Actor } from '../../common/actor';
import { WorkflowError } from '../../common/workflow-error';
import { idempotentRequest, IdempotentRequest } from '../../idempotency/idempotency';
import { WebhookSubscriptionKind } from '../webhook-subscriptions.repository';

/** Subscribe a newsroom endpoint to some of the service's events. */
export class CreateWebhookSubscriptionCommand {
  readonly url: string;
  /** The event types, each once. */
  readonly events: string[];
  readonly description: string | null;
  /** `standard` (Standard Webhooks, signed; the default) or `slack` (Slack incoming-webhook messages). */
  readonly kind: WebhookSubscriptionKind;
  /** The Idempotency-Key, when the caller sent one: a retry of the same request gets the subscription it created. */
  readonly idempotency?: IdempotentRequest;

  constructor(
    readonly actor: Actor,
    subscription: { url: string; events: string[]; description?: string; kind?: WebhookSubscriptionKind },
    idempotencyKey?: string,
  ) {
    const unknown = subscription.events.filter((event) => !isWebhookEventType(event));
    if (unknown.length > 0 || subscription.events.length === 0) {
      throw WorkflowError.invalid('unknown webhook event types', [
        { field: 'events', message: `unknown: ${unknown.join(', ') || '(none given)'}` },
      ]);
    }
    this.url = subscription.url;
    this.events = [...new Set(subscription.events)];
    this.description = subscription.description?.trim() || null;
    this.kind = subscription.kind ?? 'standard';
    // The fields in the order earlier versions hashed them, so that a retry sent across an upgrade still matches.
    const { url, events, description, kind } = this;
    this.idempotency = idempotentRequest(actor.id, idempotencyKey, 'create-webhook', {
      url,
      events,
      description,
      kind,
    });
  }
}
