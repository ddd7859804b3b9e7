import { FormEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, describeError } from '../api/client';
import { ClaimDetail, ClaimPage as ClaimPageData, ListedClaim, roleAllows } from '../api/types';
import { useSession } from '../auth/session';
import { ReturnedClaims } from '../components/returned-claims';
import { HighlightedText, Loading, Notice } from '../components/ui';
import { useListNavigation } from '../components/use-list-navigation';
import { formatDuration, formatScore, waitingSince } from '../lib/format';
import { claimExcerpt } from '../lib/highlight';
import { describeReservation, reservedForSomeoneElse } from '../lib/reservation';
import { listNames } from '../lib/verdict-authors';
import { useDocumentTitle, useLoad, useNow } from '../lib/hooks';

type QueueStage = 'research' | 'review' | 'triage';

const TITLES: Record<QueueStage, string> = {
  research: 'Research queue',
  review: 'Review queue',
  triage: 'Parked in triage',
};

const FILTERS = ['speaker', 'q', 'minScore', 'publisher'] as const;
const PAGE = 50;

/** A queue in ranking order, with filters, take-next and take-this-one. */
export function QueuePage({ stage }: { stage: QueueStage }) {
  const { api, me } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const [pages, setPages] = useState<ClaimPageData[]>([]);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // On a phone the filters fold away behind a button, so the first claim is on the first screen.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersOn = FILTERS.filter((name) => filters[name]).length;
  const now = useNow(30_000);
  const search = useRef<HTMLInputElement>(null);
  useDocumentTitle(TITLES[stage]);

  const query = params.toString();
  const first = useLoad(
    () => api.get<ClaimPageData>('/v1/claims', { stage, ...filters, limit: PAGE }).then((response) => response.data),
    [stage, query],
    { pollMs: 20_000, poll: () => !document.hidden },
  );
  // What editors sent back to the reader, kept for them: listed first, apart from the queue.
  const returned = useLoad(
    () =>
      stage === 'research'
        ? api
            .get<ClaimPageData>('/v1/claims', { stage, reservedFor: me.id, limit: PAGE })
            .then((response) => response.data.items)
        : Promise.resolve([]),
    [stage, me.id],
    { pollMs: 20_000, poll: () => !document.hidden },
  );
  useEffect(() => setPages([]), [stage, query]);
  const items = [...(first.data?.items ?? []), ...pages.flatMap((page) => page.items)].filter(
    (claim) => claim.reservation?.userId !== me.id,
  );
  const editor = roleAllows(me.role, 'editor');
  const nextCursor = pages.length ? pages[pages.length - 1].nextCursor : first.data?.nextCursor;

  const loadMore = async () => {
    if (!nextCursor) return;
    try {
      const { data } = await api.get<ClaimPageData>('/v1/claims', {
        stage,
        ...filters,
        limit: PAGE,
        cursor: nextCursor,
      });
      setPages((previous) => [...previous, data]);
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error) });
    }
  };

  const canTake = stage === 'review' ? roleAllows(me.role, 'editor') : stage === 'research';

  const takeNext = async () => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      // 204 without a body when nothing waits.
      const response = await api.post<ClaimDetail | null>(`/v1/queue/${stage}/next`);
      if (response.status === 204 || !response.data) {
        setMessage({ tone: 'info', text: 'Nothing is waiting in this queue for you.' });
      } else {
        void navigate(`/claims/${response.data.id}`);
      }
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };

  const takeThis = async (claim: ListedClaim) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      await api.post(`/v1/claims/${claim.id}/lease`);
      void navigate(`/claims/${claim.id}`);
    } catch (error) {
      const text =
        error instanceof ApiError && error.status === 409
          ? `Someone else is working on this claim. ${error.message}`
          : describeError(error);
      setMessage({ tone: 'error', text });
      void first.reload();
    } finally {
      setBusy(false);
    }
  };

  const promote = async (claim: ListedClaim) => {
    try {
      await api.post(`/v1/claims/${claim.id}/promote`);
      setMessage({ tone: 'info', text: 'Sent to the research queue.' });
      void first.reload();
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error) });
    }
  };

  const { selected, setSelected, rowRef } = useListNavigation(items.length, (key, index, event) => {
    if (key === 'n' && canTake) {
      event.preventDefault();
      void takeNext();
    } else if (key === 't' && canTake && items[index]) {
      event.preventDefault();
      void takeThis(items[index]);
    } else if (key === '/') {
      event.preventDefault();
      // Folded filters are shown first: the box can take the focus only once it is on screen.
      flushSync(() => setFiltersOpen(true));
      search.current?.focus();
    }
  });

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = form.get(name);
      if (typeof value === 'string' && value.trim()) next.set(name, value.trim());
    }
    setParams(next);
  };

  return (
    <section aria-labelledby="queue-title">
      <div className="page-head">
        <h1 id="queue-title">{TITLES[stage]}</h1>
        <div className="actions">
          {canTake && (
            <button type="button" onClick={takeNext} disabled={busy} aria-keyshortcuts="n">
              Take next
            </button>
          )}
          {stage === 'research' && <Link to="/queue/triage">Parked claims</Link>}
          {stage === 'triage' && <Link to="/queue/research">Research queue</Link>}
        </div>
      </div>

      <button
        type="button"
        className="button-secondary filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="queue-filters"
        onClick={() => setFiltersOpen((open) => !open)}
      >
        Filters{filtersOn > 0 && ` (${filtersOn} on)`}
      </button>
      <form
        id="queue-filters"
        className={filtersOpen ? 'filters' : 'filters folded'}
        onSubmit={applyFilters}
        role="search"
        aria-label="Filter the queue"
        key={query}
      >
        <div className="field">
          <label htmlFor="filter-q">Words</label>
          <input id="filter-q" name="q" type="search" ref={search} defaultValue={filters.q} aria-keyshortcuts="/" />
        </div>
        <div className="field">
          <label htmlFor="filter-speaker">Speaker</label>
          <input id="filter-speaker" name="speaker" type="search" defaultValue={filters.speaker} />
        </div>
        <div className="field">
          <label htmlFor="filter-publisher">Publisher</label>
          <input id="filter-publisher" name="publisher" type="search" defaultValue={filters.publisher} />
        </div>
        <div className="field narrow">
          <label htmlFor="filter-min-score">Check-worthiness at least</label>
          <input
            id="filter-min-score"
            name="minScore"
            type="number"
            min="0"
            max="1"
            step="0.05"
            defaultValue={filters.minScore}
          />
        </div>
        <div className="field buttons">
          <button type="submit" className="button-secondary">
            Filter
          </button>
          {query && (
            <button type="button" className="button-link" onClick={() => setParams(new URLSearchParams())}>
              Clear
            </button>
          )}
        </div>
      </form>

      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <ReturnedClaims claims={returned.data ?? []} meId={me.id} />
      {first.error && <Notice tone="error">{first.error}</Notice>}
      {!first.data && first.loading && <Loading what="the queue" />}
      {first.data && items.length === 0 && <p className="empty">No claims here{query ? ' for these filters' : ''}.</p>}

      {items.length > 0 && (
        <ol className="queue" aria-label={`${TITLES[stage]}, in ranking order`}>
          {items.map((claim, index) => {
            const mine = claim.lease?.holderId === me.id;
            const taken = claim.lease && !mine;
            const keptForOther = reservedForSomeoneElse(claim.reservation, { id: me.id, editor });
            return (
              <li
                key={claim.id}
                className={`queue-item${index === selected ? ' selected' : ''}${claim.overdue ? ' overdue' : ''}`}
                data-claim-id={claim.id}
              >
                <div className="rank" aria-label={`rank ${index + 1}`}>
                  {index + 1}
                </div>
                <div className="queue-main">
                  <Link
                    to={`/claims/${claim.id}`}
                    ref={rowRef(index)}
                    className="claim-link"
                    onFocus={() => setSelected(index)}
                  >
                    {claim.standalone || claim.text}
                  </Link>
                  <QuoteSnippet claim={claim} />
                  <p className="meta">
                    <span className="speaker">{claim.speaker ? claim.speaker.name : 'Speaker unknown'}</span>
                    {' · '}
                    <span>{claim.article.title || claim.article.url || 'Untitled article'}</span>
                    {claim.article.publisher && <span> · {claim.article.publisher}</span>}
                  </p>
                </div>
                <dl className="numbers">
                  {stage === 'review' && <ReviewNumbers claim={claim} />}
                  <div>
                    <dt>Score</dt>
                    <dd>{formatScore(claim.priority)}</dd>
                  </div>
                  <div>
                    <dt>Check-worthy</dt>
                    <dd>{formatScore(claim.checkworthiness)}</dd>
                  </div>
                  <div>
                    <dt>Waiting</dt>
                    <dd>{waitingSince(claim.stageEnteredAt, now)}</dd>
                  </div>
                </dl>
                <div className="row-actions">
                  {claim.overdue && <span className="badge badge-warning">Overdue</span>}
                  {stage === 'review' && claim.latestVerdict?.sentBack && <span className="badge">Resubmitted</span>}
                  {mine && <span className="badge badge-mine">Yours</span>}
                  {taken && <span className="badge">Being worked on</span>}
                  {claim.reservation && !taken && (
                    <span className="badge badge-kept">{describeReservation(claim.reservation, me.id)}</span>
                  )}
                  {canTake && !taken && !mine && !keptForOther && (
                    <button type="button" className="button-secondary" onClick={() => takeThis(claim)} disabled={busy}>
                      Take this one<span className="visually-hidden">: {claim.text}</span>
                    </button>
                  )}
                  {stage === 'triage' && (
                    <button type="button" className="button-secondary" onClick={() => promote(claim)}>
                      Send to research<span className="visually-hidden">: {claim.text}</span>
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {nextCursor && (
        <button type="button" className="button-secondary" onClick={loadMore}>
          Show more
        </button>
      )}
    </section>
  );
}

/** What an editor weighs first in the review queue: the rating proposed, who wrote it, how long it was researched. */
function ReviewNumbers({ claim }: { claim: ListedClaim }) {
  const verdict = claim.latestVerdict;
  return (
    <>
      <div>
        <dt>Proposed</dt>
        <dd>
          {verdict?.rating ? (
            <span className={`rating-chip rating-${verdict.ratingValue ?? 0}`}>{verdict.rating}</span>
          ) : (
            '–'
          )}
        </dd>
      </div>
      <div>
        <dt>By</dt>
        <dd>{verdict ? listNames(verdict.authors.map((author) => author.name)) : '–'}</dd>
      </div>
      <div>
        <dt>In research</dt>
        <dd>{formatDuration(claim.researchSeconds * 1000)}</dd>
      </div>
    </>
  );
}

/** The article's words around the claim (an attribution inside the quote included), the claim marked. */
function QuoteSnippet({ claim }: { claim: ListedClaim }) {
  const { excerpt, marks } = claimExcerpt(claim.snippet, claim, 240);
  return (
    <p className="snippet">
      {excerpt.clippedStart && '… '}
      <HighlightedText text={excerpt.text} marks={marks} />
      {excerpt.clippedEnd && ' …'}
    </p>
  );
}
