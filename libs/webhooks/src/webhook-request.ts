import { slackMessage } from './slack-message';
import { DEFAULT_WEBHOOK_USER_AGENT, webhookHeaders, WebhookPayload } from './webhook-message';

/** What one attempt sends: the headers and the body of the POST. */
export interface WebhookRequest {
  headers: Record<string, string>;
  body: string;
}

/** Standard Webhooks: the stored body unchanged (so its signature stays verifiable), signed afresh for this attempt. */
export function standardWebhookRequest(
  secret: string,
  message: { id: string; body: string },
  timestamp: number = Math.floor(Date.now() / 1000),
): WebhookRequest {
  return { headers: webhookHeaders({ secret, id: message.id, timestamp, body: message.body }), body: message.body };
}

/** Slack: the event of a stored Standard Webhooks body, as a Slack incoming-webhook message. */
export function slackWebhookRequest(storedBody: string): WebhookRequest {
  const { type, data } = JSON.parse(storedBody) as WebhookPayload<Parameters<typeof slackMessage>[1]>;
  return {
    headers: { 'content-type': 'application/json', 'user-agent': DEFAULT_WEBHOOK_USER_AGENT },
    body: JSON.stringify(slackMessage(type, data)),
  };
}
