import { WebhookEventType } from './webhook-event-type';

/** A Slack incoming-webhook message: `text` for notifications and clients without blocks, `blocks` for the rest. */
export interface SlackMessage {
  text: string;
  blocks: Array<
    | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
    | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }
  >;
}

interface EventData {
  article?: { title?: string | null; url?: string | null; quoteCount?: number; claimCount?: number };
  claim?: {
    standalone?: string;
    text?: string;
    speaker?: { name?: string } | null;
    article?: { title?: string | null; url?: string | null };
    checkworthiness?: number;
  };
  verdict?: { rating?: string | null; summary?: string | null; version?: number };
  claimReview?: { url?: string };
  stage?: string;
  waitedMinutes?: number;
  note?: string | null;
}

/** Slack's mrkdwn gives &, < and > meaning; everything that came from an article is escaped. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function link(url: string | null | undefined, label: string): string {
  return url && /^https?:\/\//.test(url)
    ? `<${url.replace(/[<>|]/g, encodeURIComponent)}|${slackEscape(label)}>`
    : slackEscape(label);
}

function quoted(text: string | undefined, max = 280): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  return `“${slackEscape(clean.length > max ? `${clean.slice(0, max - 1)}…` : clean)}”`;
}

/** Turns one of the service's events into a Slack message a desk can read at a glance. */
export function slackMessage(type: WebhookEventType, data: EventData): SlackMessage {
  const claim = data.claim;
  const who = claim?.speaker?.name ? ` — ${slackEscape(claim.speaker.name)}` : '';
  const source = claim?.article
    ? link(claim.article.url, claim.article.title ?? claim.article.url ?? 'the article')
    : '';
  const rating = data.verdict?.rating ? `*${slackEscape(data.verdict.rating)}*` : '';
  const summary = data.verdict?.summary ? ` ${slackEscape(data.verdict.summary)}` : '';
  let headline: string;
  switch (type) {
    case WebhookEventType.ArticleExtracted:
      headline = `Article read: ${link(data.article?.url, data.article?.title ?? data.article?.url ?? 'untitled')} — ${data.article?.quoteCount ?? 0} quotes, ${data.article?.claimCount ?? 0} claims`;
      break;
    case WebhookEventType.ClaimReady:
      headline = `New claim to check: ${quoted(claim?.standalone ?? claim?.text)}${who}`;
      break;
    case WebhookEventType.ClaimOverdue:
      headline = `Overdue in ${slackEscape(data.stage ?? 'the queue')} (${data.waitedMinutes ?? '?'} min): ${quoted(claim?.standalone ?? claim?.text)}${who}`;
      break;
    case WebhookEventType.VerdictSubmitted:
      headline = `Verdict for review: ${quoted(claim?.standalone ?? claim?.text)}${who} → ${rating}`;
      break;
    case WebhookEventType.VerdictPublished:
      headline = `Published: ${quoted(claim?.standalone ?? claim?.text)}${who} → ${rating}.${summary}`;
      break;
    case WebhookEventType.VerdictCorrected:
      headline = `Corrected (version ${data.verdict?.version ?? '?'}): ${quoted(claim?.standalone ?? claim?.text)}${who} → ${rating}.${summary}${data.note ? ` Note: ${slackEscape(data.note)}` : ''}`;
      break;
    default:
      headline = `Event ${slackEscape(String(type))}`;
  }
  const context = [
    source && `Source: ${source}`,
    data.claimReview?.url && link(data.claimReview.url, 'the fact check'),
  ].filter(Boolean);
  return {
    text: headline.replace(/<([^|>]+)\|([^>]+)>/g, '$2'),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: headline } },
      ...(context.length
        ? [
            {
              type: 'context' as const,
              elements: context.map((text) => ({ type: 'mrkdwn' as const, text: text as string })),
            },
          ]
        : []),
    ],
  };
}
