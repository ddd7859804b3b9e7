/** Every event a webhook subscription can ask for; the values are the public `type` names (API.md). */
export enum WebhookEventType {
  ArticleExtracted = 'article.extracted',
  /** A claim entered research. */
  ClaimReady = 'claim.ready',
  /** A claim waited past its stage's deadline. */
  ClaimOverdue = 'claim.overdue',
  VerdictSubmitted = 'verdict.submitted',
  VerdictPublished = 'verdict.published',
  VerdictCorrected = 'verdict.corrected',
}

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.values(WebhookEventType);

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === 'string' && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
