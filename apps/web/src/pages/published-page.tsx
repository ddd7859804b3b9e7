import { useState } from 'react';
import { Link } from 'react-router';
import { ApiResponse } from '../api/client';
import { ClaimReview, ClaimReviewPage, roleAllows } from '../api/types';
import { useSession } from '../auth/session';
import { CopyButton, Loading, Notice } from '../components/ui';
import {
  appearancesOf,
  groupClaimReviews,
  jsonLdScriptTag,
  jsonLdText,
  PublishedVersion,
  publishedVersions,
} from '../lib/claim-reviews';
import { formatDateTime } from '../lib/format';
import { useDocumentTitle, useLoad } from '../lib/hooks';

const PERIODS = [
  { label: 'Last 7 days', days: 7 },
  { label: 'Last 30 days', days: 30 },
  { label: 'Last year', days: 365 },
  { label: 'Everything', days: 0 },
];
const PAGE = 500;
const MAX_PAGES = 20;

/** Published verdicts with their ClaimReview JSON-LD, corrections shown as versions. */
export function PublishedPage() {
  const { api, me } = useSession();
  const [days, setDays] = useState(30);
  useDocumentTitle('Published');
  const feed = useLoad(
    async () => {
      const since = days ? new Date(Date.now() - days * 86_400_000).toISOString() : undefined;
      const items: PublishedVersion[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const { data }: ApiResponse<ClaimReviewPage> = await api.get('/v1/claimreviews', {
          since,
          limit: PAGE,
          cursor,
        });
        items.push(...publishedVersions(data));
        cursor = data.nextCursor;
        if (!cursor) break;
      }
      return { entries: groupClaimReviews(items), truncated: Boolean(cursor) };
    },
    [days],
    { pollMs: 30_000, poll: () => !document.hidden },
  );
  const linkClaims = roleAllows(me.role, 'factchecker');

  return (
    <section aria-labelledby="published-title">
      <div className="page-head">
        <h1 id="published-title">Published</h1>
        <div className="field inline-field">
          <label htmlFor="published-period">Period</label>
          <select id="published-period" value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {PERIODS.map((period) => (
              <option key={period.days} value={period.days}>
                {period.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {feed.error && <Notice tone="error">{feed.error}</Notice>}
      {!feed.data && <Loading what="published verdicts" />}
      {feed.data?.truncated && (
        <Notice tone="warning">Only the first {PAGE * MAX_PAGES} versions are shown; choose a shorter period.</Notice>
      )}
      {feed.data && feed.data.entries.length === 0 && <p className="empty">Nothing published in this period.</p>}
      <ol className="published-list">
        {feed.data?.entries.map(({ claimId, latest, earlier }) => (
          <li key={claimId} className="published-entry" data-testid="published-entry">
            <p>
              <span className={`rating-chip rating-${latest.reviewRating.ratingValue}`}>
                {latest.reviewRating.alternateName}
              </span>
              {earlier.length > 0 && <span className="badge badge-warning">Corrected (version {latest.version})</span>}
            </p>
            <h2 className="entry-title">
              {linkClaims ? <Link to={`/claims/${claimId}`}>{latest.claimReviewed}</Link> : latest.claimReviewed}
            </h2>
            <p className="meta">
              {latest.itemReviewed.author?.name ?? 'Speaker unknown'}
              <AppearanceMeta review={latest} />
              {' · '}published {formatDateTime(latest.datePublished)}
              {latest.dateModified && <>, corrected {formatDateTime(latest.dateModified)}</>}
            </p>
            {latest.reviewBody && <p>{latest.reviewBody}</p>}
            <p>
              <a href={latest.url} target="_blank" rel="noopener noreferrer">
                Public page
              </a>
            </p>
            <details className="jsonld">
              <summary>ClaimReview JSON-LD</summary>
              <pre tabIndex={0} aria-label="ClaimReview JSON-LD">
                {JSON.stringify(latest, null, 2)}
              </pre>
              <CopyButton text={jsonLdText(latest)} label="Copy JSON-LD" />{' '}
              <CopyButton text={jsonLdScriptTag(latest)} label="Copy as a script tag" />
            </details>
            {earlier.length > 0 && (
              <details>
                <summary>Earlier versions ({earlier.length})</summary>
                <ul className="plain-list">
                  {earlier.map((version) => (
                    <li key={`${version.url}-${version.version}`}>
                      Version {version.version ?? 1}: {version.reviewRating.alternateName}
                      {version.reviewBody && <> — {version.reviewBody}</>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Where the claim appeared: the first article, and how many more once repeats were published with the same verdict. */
function AppearanceMeta({ review }: { review: ClaimReview }) {
  const [first, ...more] = appearancesOf(review);
  return (
    <>
      {first?.headline && <> · {first.headline}</>}
      {first?.publisher && <> · {first.publisher.name}</>}
      {more.length > 0 && (
        <>
          {' · '}
          <span data-testid="appearances">
            also in {more.length} more {more.length === 1 ? 'article' : 'articles'}
          </span>
        </>
      )}
    </>
  );
}
