import { slackEscape, slackMessage } from './slack-message';
import { WebhookEventType } from './webhook-event-type';

describe('slackMessage', () => {
  const claim = {
    standalone: 'Crime fell 20 percent in 2025 <script>',
    speaker: { name: 'Ann & Co' },
    article: { title: 'City news', url: 'https://news.example/a' },
  };

  it('announces a published verdict with its rating, summary and links', () => {
    const message = slackMessage(WebhookEventType.VerdictPublished, {
      claim,
      verdict: { rating: 'Mostly False', summary: 'It fell 12 percent.' },
      claimReview: { url: 'https://checks.example/claims/1' },
    });
    expect(message.text).toBe(
      'Published: “Crime fell 20 percent in 2025 &lt;script&gt;” — Ann &amp; Co → *Mostly False*. It fell 12 percent.',
    );
    expect(message.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: message.text } });
    expect(message.blocks[1]).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: 'Source: <https://news.example/a|City news>' },
        { type: 'mrkdwn', text: '<https://checks.example/claims/1|the fact check>' },
      ],
    });
  });

  it('has a message for every event', () => {
    for (const type of Object.values(WebhookEventType)) {
      const message = slackMessage(type, {
        claim,
        article: { title: 'T', quoteCount: 2, claimCount: 3 },
        verdict: { rating: 'True', version: 2 },
      });
      expect(message.text.length).toBeGreaterThan(10);
      expect(message.text).not.toContain('<script>');
    }
  });

  it('escapes what Slack would read as markup, and shortens long claims', () => {
    expect(slackEscape('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    const long = slackMessage(WebhookEventType.ClaimReady, { claim: { text: 'x'.repeat(1000) } });
    expect(long.text.length).toBeLessThan(320);
  });
});
