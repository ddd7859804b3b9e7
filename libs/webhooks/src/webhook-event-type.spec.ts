import { WEBHOOK_EVENT_TYPES, WebhookEventType, isWebhookEventType } from './webhook-event-type';

describe('WebhookEventType', () => {
  it('names exactly the public events', () => {
    expect([...WEBHOOK_EVENT_TYPES].sort()).toEqual([
      'article.extracted',
      'claim.overdue',
      'claim.ready',
      'verdict.corrected',
      'verdict.published',
      'verdict.submitted',
    ]);
    expect(WebhookEventType.VerdictPublished).toBe('verdict.published');
  });

  it('recognises only those names', () => {
    expect(isWebhookEventType('claim.ready')).toBe(true);
    expect(isWebhookEventType('Claim.Ready')).toBe(false);
    expect(isWebhookEventType('verdict.deleted')).toBe(false);
    expect(isWebhookEventType(undefined)).toBe(false);
    expect(isWebhookEventType(42)).toBe(false);
  });
});
