import { serializeWebhookPayload } from './webhook-message';
import { WebhookEventType } from './webhook-event-type';
import { slackWebhookRequest, standardWebhookRequest } from './webhook-request';
import { generateWebhookSecret, verifyWebhook } from './webhook-signature';

describe('webhook requests', () => {
  const stored = serializeWebhookPayload(
    WebhookEventType.ArticleExtracted,
    { article: { title: 'Budget <b>day</b>', url: 'https://news.example/budget', quoteCount: 2, claimCount: 3 } },
    new Date('2026-09-06T12:00:00Z'),
  );

  it('sends a standard message unchanged, signed for this attempt so that the receiver can verify it', () => {
    const secret = generateWebhookSecret();
    const now = Math.floor(Date.now() / 1000);
    const request = standardWebhookRequest(secret, { id: 'msg_1', body: stored }, now);
    expect(request.body).toBe(stored);
    expect(request.headers).toMatchObject({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(now) });
    expect(verifyWebhook({ secret, headers: request.headers, body: request.body })).toEqual(JSON.parse(stored));
  });

  it('sends a Slack message of the stored event, unsigned, with what came from the article escaped', () => {
    const request = slackWebhookRequest(stored);
    expect(request.headers).not.toHaveProperty('webhook-signature');
    const message = JSON.parse(request.body) as { text: string };
    expect(message.text).toContain('Budget &lt;b&gt;day&lt;/b&gt;');
    expect(message.text).toContain('2 quotes, 3 claims');
  });
});
