import { WebhookEventType } from './webhook-event-type';
import { WebhookBody, signWebhook } from './webhook-signature';

export const DEFAULT_WEBHOOK_USER_AGENT = 'factcheck-webhooks/1';

/** The JSON body of every delivery (Standard Webhooks): `{type, timestamp, data}`. */
export interface WebhookPayload<T = unknown> {
  type: WebhookEventType;
  /** ISO 8601 time of the event. */
  timestamp: string;
  data: T;
}

/** Serialises a delivery body once; store this string and resend it unchanged on retries so signatures stay stable. */
export function serializeWebhookPayload<T>(type: WebhookEventType, data: T, occurredAt: Date): string {
  const payload: WebhookPayload<T> = { type, timestamp: occurredAt.toISOString(), data };
  return JSON.stringify(payload);
}

export interface WebhookHeadersInput {
  secret: string;
  id: string;
  /** Unix seconds of this attempt; signing it fresh per attempt keeps retries inside receivers' tolerance. */
  timestamp: number;
  body: WebhookBody;
  userAgent?: string;
}

export function webhookHeaders({
  secret,
  id,
  timestamp,
  body,
  userAgent = DEFAULT_WEBHOOK_USER_AGENT,
}: WebhookHeadersInput): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': userAgent,
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook({ secret, id, timestamp, body }),
  };
}
