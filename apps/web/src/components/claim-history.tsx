import { HistoryEntry } from '../api/types';
import { formatDateTime } from '../lib/format';

const LABELS: Record<string, string> = {
  'article.received': 'Article received',
  'article.extracted': 'Quotes and claims extracted',
  'claim.parked': 'Parked in triage',
  'claim.ready': 'Entered the research queue',
  'claim.promoted': 'Sent to research by hand',
  'claim.dismissed': 'Dismissed',
  'claim.overdue': 'Overdue',
  'claim.matched': 'Matched with an earlier claim',
  'claim.noted': 'Note',
  'claim.added': 'Made by hand',
  'claim.split': 'Split in two',
  'claim.merged': 'Merged with another claim',
  'claim.reserved': 'Kept for its author',
  'claim.reservation-ended': 'Reservation ended',
  'claim.corrected': 'Claim corrected',
  'quote.corrected': 'Attribution corrected',
  'match.confirmed': 'Match confirmed',
  'match.rejected': 'Match rejected',
  'lease.taken': 'Taken',
  'lease.extended': 'Lease extended',
  'lease.released': 'Given back',
  'lease.expired': 'Lease ran out',
  'lease.reassigned': 'Reassigned',
  'lease.broken': 'Lease broken',
  'verdict.drafted': 'Draft saved',
  'verdict.reused': 'Same verdict as the claim it repeats',
  'verdict.submitted': 'Submitted for review',
  'verdict.edited': 'Edited in review',
  'verdict.approved': 'Approved',
  'verdict.rejected': 'Sent back',
  'verdict.published': 'Published',
  'verdict.correction-approved': 'Correction approved',
  'verdict.corrected': 'Corrected',
  'verdict.appearance-added': 'Repeat published with this verdict',
};

const RESERVATION_ENDINGS: Record<string, string> = {
  reassigned: 'an editor gave it to someone else',
  taken: 'an editor took it',
  revoked: 'their key was revoked',
};

/** What happened to the claim, oldest first; drafts and extensions are folded, as they are many. */
export function ClaimHistory({ events }: { events: HistoryEntry[] }) {
  const shown = events.filter((event, index) => {
    const next = events[index + 1];
    return !(next && next.type === event.type && ['verdict.drafted', 'lease.extended'].includes(event.type));
  });
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {shown.length === 0 ? (
        <p className="empty">Nothing yet.</p>
      ) : (
        <ol className="timeline">
          {shown.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>{' '}
              <strong>{LABELS[event.type] ?? event.type}</strong>
              {event.actor.name && <span className="muted"> by {event.actor.name}</span>}
              {detail(event) && <span className="event-detail">: {detail(event)}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function detail(event: HistoryEntry): string | null {
  if (event.type === 'lease.reassigned') {
    const from = typeof event.data.fromName === 'string' ? `from ${event.data.fromName} ` : '';
    return typeof event.data.toName === 'string' ? `${from}to ${event.data.toName}` : null;
  }
  if (event.type === 'claim.reserved' && typeof event.data.name === 'string' && typeof event.data.until === 'string') {
    return `${event.data.name} until ${formatDateTime(event.data.until)}`;
  }
  if (event.type === 'claim.reservation-ended' && typeof event.data.name === 'string') {
    const why = RESERVATION_ENDINGS[String(event.data.reason)];
    return `No longer kept for ${event.data.name}${why ? ` (${why})` : ''}`;
  }
  if (event.type === 'lease.broken' && typeof event.data.holderName === 'string') {
    return `held by ${event.data.holderName}`;
  }
  if (event.type === 'verdict.appearance-added') {
    const appearance = event.data.appearance as { articleTitle?: unknown; articleUrl?: unknown } | undefined;
    const article = appearance?.articleTitle ?? appearance?.articleUrl;
    return typeof article === 'string' ? `in ${article}` : null;
  }
  if (event.type === 'claim.corrected') {
    return ['text', 'standalone'].filter((field) => field in event.data).join(', ') || null;
  }
  if (event.type === 'quote.corrected') {
    if (event.data.notAQuote === true) return 'not a quote of anyone';
    const to = (event.data.speaker as { to?: { name?: unknown } } | undefined)?.to?.name;
    const mention = (event.data.mention as { to?: { text?: unknown } } | undefined)?.to?.text;
    const said = [
      ...(typeof to === 'string' ? [`said by ${to}`] : []),
      ...(typeof mention === 'string' ? [`named as “${mention}”`] : []),
    ];
    return said.join(', ') || null;
  }
  if (event.type === 'verdict.edited' && Array.isArray(event.data.fields)) {
    return event.data.fields.join(', ');
  }
  for (const field of ['comment', 'reason', 'note']) {
    const value = event.data[field];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}
