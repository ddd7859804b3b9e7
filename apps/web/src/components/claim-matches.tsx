import { useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../api/client';
import { ClaimDetail, roleAllows } from '../api/types';
import { useSession } from '../auth/session';
import { formatDateTime } from '../lib/format';
import { replacesDraft, reuseOffer } from '../lib/same-verdict';
import { Notice, StageBadge } from './ui';

const STATUS_LABELS: Record<string, string> = {
  linked: 'Same claim',
  confirmed: 'Confirmed same',
  suggested: 'Possibly the same',
};

type Match = ClaimDetail['matches'][number];

/**
 * Earlier claims that say the same thing, with their published verdicts; suggested ones can be confirmed or rejected,
 * and the holder of the claim's research lease can start its verdict from a repeat's published one ("Same verdict").
 */
export function ClaimMatches({
  claim,
  canWriteVerdict,
  onDecided,
  onReused,
}: {
  claim: ClaimDetail;
  /** The person holds the claim's research lease: its draft is theirs to fill. */
  canWriteVerdict: boolean;
  onDecided: () => void;
  onReused: () => Promise<void>;
}) {
  const { api, me } = useSession();
  const [error, setError] = useState<string | null>(null);
  const reuse = async (match: Match) => {
    if (!match.verdict) return;
    if (replacesDraft(claim.verdict) && !window.confirm('Replace your draft with the published verdict?')) return;
    setError(null);
    try {
      await api.post(`/v1/claims/${claim.id}/verdict/reuse`, { fromClaimId: match.verdict.claimId });
      await onReused();
    } catch (caught) {
      setError(describeError(caught));
    }
  };
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
              {reuseOffer(match, canWriteVerdict) === 'reuse' && (
                <p className="actions">
                  <button type="button" onClick={() => reuse(match)} aria-describedby={`same-verdict-${match.id}`}>
                    Same verdict
                  </button>
                  <span className="muted" id={`same-verdict-${match.id}`}>
                    Fills your draft with this published verdict, linked to it; it is reviewed as usual.
                  </span>
                </p>
              )}
              {reuseOffer(match, canWriteVerdict) === 'confirm-first' && (
                <p className="muted">Confirm it is the same claim to give it the same verdict.</p>
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
