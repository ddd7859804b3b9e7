import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Article, Quote, roleAllows } from '../api/types';
import { useSession } from '../auth/session';
import { AddClaimForm } from '../components/add-claim-form';
import { ArticleText, TextSelection } from '../components/article-text';
import { Loading, Notice, StageBadge } from '../components/ui';
import { chosenSpan, ORIGIN_LABELS } from '../lib/claim-spans';
import { formatDateTime, formatScore, pluralize } from '../lib/format';
import { Mark } from '../lib/highlight';
import { useDocumentTitle, useLoad } from '../lib/hooks';

const STATUS_TEXT: Record<Article['status'], string> = {
  received: 'Received: waiting for extraction…',
  extracting: 'Extracting quotes, speakers and claims…',
  extracted: 'Extracted.',
  failed: 'Extraction failed.',
};

/** Watch for this long after extraction for triage to score and route the claims. */
const TRIAGE_WATCH_MS = 2 * 60_000;

/** One article: its extraction as it happens, then every quote with its speaker and claims, marked in the text. */
export function ArticlePage() {
  const { id = '' } = useParams();
  const { api, me } = useSession();
  const article = useLoad(() => api.get<Article>(`/v1/articles/${id}`).then((response) => response.data), [id], {
    pollMs: 1000,
    poll: (data) => {
      if (!data) return true;
      if (data.status === 'received' || data.status === 'extracting') return true;
      const untriaged = data.claims.some((claim) => claim.stage === 'triage' && !claim.parked);
      const extractedAt = data.extractedAt ? Date.parse(data.extractedAt) : 0;
      return untriaged && Date.now() - extractedAt < TRIAGE_WATCH_MS;
    },
  });
  const data = article.data;
  useDocumentTitle(data?.title || 'Article');
  const canOpenClaims = roleAllows(me.role, 'factchecker');
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const span = useMemo(
    () => (data && selection ? chosenSpan(data.body, selection.start, selection.end) : null),
    [data, selection],
  );

  const marks = useMemo<Mark[]>(
    () =>
      data
        ? [
            ...data.quotes.map((quote) => ({ start: quote.start, end: quote.end, kind: 'quote', id: quote.id })),
            ...data.claims.map((claim) => ({ start: claim.start, end: claim.end, kind: 'claim', id: claim.id })),
          ]
        : [],
    [data],
  );
  const speakerOf = useMemo(() => new Map(data?.quotes.map((quote) => [quote.id, quote.speaker?.name]) ?? []), [data]);

  if (article.error && !data) return <Notice tone="error">{article.error}</Notice>;
  if (!data) return <Loading what="the article" />;

  const speakers = [...new Set(data.quotes.map((quote) => quote.speaker?.name).filter(Boolean))] as string[];

  return (
    <article aria-labelledby="article-title">
      <p className="breadcrumbs">
        <Link to="/articles">← Articles</Link>
      </p>
      <h1 id="article-title">{data.title || 'Untitled article'}</h1>
      <p className="meta">
        {data.publisher && <>{data.publisher} · </>}
        {data.publishedAt && <>{formatDateTime(data.publishedAt)} · </>}
        {data.url && (
          <a href={data.url} target="_blank" rel="noopener noreferrer">
            original
          </a>
        )}
      </p>
      <div
        className={`notice ${data.status === 'failed' ? 'notice-error' : data.status === 'extracted' ? 'notice-success' : 'notice-info'}`}
        role="status"
        data-testid="article-status"
      >
        {STATUS_TEXT[data.status]}{' '}
        {data.status === 'extracted' && (
          <>
            {pluralize(data.quotes.length, 'quote')}, {pluralize(data.claims.length, 'claim')}
            {speakers.length > 0 && <> from {speakers.join(', ')}</>}.
          </>
        )}
        {data.failureReason && <> {data.failureReason}</>}
      </div>
      {article.error && <Notice tone="error">{article.error}</Notice>}
      {/* Claims are added once the extraction's quotes are there to hold them (or it gave up). */}
      {canOpenClaims && (data.status === 'extracted' || data.status === 'failed') && (
        <AddClaimForm article={data} span={span} />
      )}

      <div className="article-layout">
        <section aria-labelledby="quotes-title">
          <h2 id="quotes-title">Quotes</h2>
          {data.quotes.length === 0 ? (
            <p className="empty">{data.status === 'extracted' ? 'No quotes found.' : 'None yet.'}</p>
          ) : (
            <ol className="quote-list" aria-live="polite">
              {data.quotes.map((quote) => (
                <QuoteEntry key={quote.id} quote={quote} linkClaims={canOpenClaims} />
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="text-title">
          <h2 id="text-title">Text</h2>
          <ArticleText
            body={data.body}
            marks={marks}
            markTitle={(mark) =>
              mark.kind === 'quote' ? (speakerOf.get(mark.id ?? '') ?? 'Speaker unknown') : undefined
            }
            onSelect={canOpenClaims ? setSelection : undefined}
          />
        </section>
      </div>
    </article>
  );
}

function QuoteEntry({ quote, linkClaims }: { quote: Quote; linkClaims: boolean }) {
  return (
    <li className="quote-entry" data-testid="quote">
      <p>
        <strong className="speaker">{quote.speaker?.name ?? 'Speaker unknown'}</strong>
        {quote.speaker?.title && <>, {quote.speaker.title}</>} <span className="badge">{quote.kind}</span>
        {/* a statement is no quotation: the article's own words, found by the extraction or chosen by a person */}
        {quote.kind === 'statement' && <span className="muted"> (the article’s own words, no quote marks)</span>}
      </p>
      <blockquote>{quote.text}</blockquote>
      {quote.claims.length > 0 && (
        <ul className="claim-chips">
          {quote.claims.map((claim) => (
            <li key={claim.id}>
              {linkClaims ? <Link to={`/claims/${claim.id}`}>{claim.text}</Link> : <span>{claim.text}</span>}{' '}
              <StageBadge stage={claim.stage} parked={claim.parked} />{' '}
              {claim.origin !== 'extraction' && <span className="badge">{ORIGIN_LABELS[claim.origin]}</span>}{' '}
              <span className="muted">check-worthiness {formatScore(claim.checkworthiness)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
