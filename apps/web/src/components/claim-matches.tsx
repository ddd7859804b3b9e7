import { useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../api/client';
import { ClaimDetail, roleAllows } from '../api/types';
import { useSession } from '../auth/session';
import { formatDateTime } from '../lib/format';
import { Notice, StageBadge } from './ui';

const STATUS_LABELS: Record<string, string> = {
  linked: 'Same claim',
  confirmed: 'Confirmed same',
  suggested: 'Possibly the same',
};

/** Earlier claims that say the same thing, with their published verdicts; suggested ones can be confirmed or rejected. */
export function ClaimMatches({ claim, onDecided }: { claim: ClaimDetail; onDecided: () => void }) {
  const { api, me } = useSession();
  const [error, setError] = useState<string | null>(null);
  const decide = async (matchId: string, decision: 'confirm' | 'reject') => {
    try {
      await api.post(`/v1/claims/${claim.id}/matches/${matchId}/${decision}`);
      onDecided();
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  return (
    <section className="matches" aria-labelledby="matches-title">
      <h2 id="matches-title">Similar earlier claims</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {claim.matches.length === 0 ? (
        <p className="empty">None found.</p>
      ) : (
        <ul className="match-list">
          {claim.matches.map((match) => (
            <li key={match.id}>
              <p>
                <span className="badge">{STATUS_LABELS[match.status] ?? match.status}</span>{' '}
                <span className="muted">{Math.round(match.similarity * 100)}% similar</span>{' '}
                <StageBadge stage={match.claim.stage} />
              </p>
              <p>
                <Link to={`/claims/${match.claim.id}`}>{match.claim.standalone || match.claim.text}</Link>
              </p>
              <p className="meta">
                {match.claim.speaker ?? 'Speaker unknown'} ·{' '}
                {match.article.title || match.article.url || 'Untitled article'}
                {match.article.publisher && <> · {match.article.publisher}</>}
              </p>
              {match.verdict ? (
                <p>
                  <span className={`rating-chip rating-${match.verdict.ratingValue}`}>{match.verdict.rating}</span>{' '}
                  {match.verdict.summary} <span className="muted">({formatDateTime(match.verdict.publishedAt)})</span>
                </p>
              ) : (
                <p className="muted">No published verdict yet.</p>
              )}
              {match.status === 'suggested' && roleAllows(me.role, 'factchecker') && (
                <p className="actions">
                  <button type="button" className="button-secondary" onClick={() => decide(match.id, 'confirm')}>
                    It is the same claim
                  </button>
                  <button type="button" className="button-secondary" onClick={() => decide(match.id, 'reject')}>
                    It is different
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
