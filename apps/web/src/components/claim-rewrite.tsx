import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../api/client';
import { Article, ClaimDetail, ClaimRewrite, MergeClaims, SplitClaim } from '../api/types';
import { useSession } from '../auth/session';
import { mergeCandidates, ORIGIN_LABELS, splitPoints } from '../lib/claim-spans';
import { Notice } from './ui';

/** A few words at most of a side of a cut, so that every choice reads on one line. */
function ends(words: string, side: 'start' | 'end', count = 4): string {
  const all = words.trim().split(/\s+/);
  if (all.length <= count) return all.join(' ');
  return side === 'end' ? `…${all.slice(-count).join(' ')}` : `${all.slice(0, count).join(' ')}…`;
}

/**
 * Splits the claim in two at a place between two of its words, or merges it with another claim of the article; the
 * new claim (the first part, or the merged one) opens. The claims replaced stay, dismissed, and link to it.
 */
export function ClaimRewriteForms({ claim, article }: { claim: ClaimDetail; article: Article }) {
  const { api } = useSession();
  const navigate = useNavigate();
  const points = splitPoints(article.body.slice(claim.start, claim.end), claim.start);
  const candidates = mergeCandidates(article.claims, { ...claim, quoteId: claim.quote.id });
  const [at, setAt] = useState('');
  const [other, setOther] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const rewrite = async (path: string, body: SplitClaim | MergeClaims) => {
    setBusy(true);
    setError(null);
    try {
      const response = await api.post<ClaimRewrite>(`/v1/claims/${claim.id}/${path}`, body);
      void navigate(`/claims/${response.data.claims[0].id}`);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  const split = (event: FormEvent) => {
    event.preventDefault();
    if (at && !busy) void rewrite('split', { at: Number(at) });
  };
  const merge = (event: FormEvent) => {
    event.preventDefault();
    if (other && !busy) void rewrite('merge', { otherClaimId: other });
  };

  return (
    <section className="claim-rewrite" aria-labelledby="claim-rewrite-title" data-testid="claim-rewrite">
      <h2 id="claim-rewrite-title">Split or merge</h2>
      <p className="hint">
        The claim is replaced: it stays in the history, dismissed, and links to what replaced it. The new claims go to
        research.
      </p>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="rewrite-forms">
        <form onSubmit={split} noValidate aria-label="Split the claim in two">
          <div className="field">
            <label htmlFor="split-at">Split between</label>
            <select id="split-at" value={at} onChange={(event) => setAt(event.target.value)} disabled={!points.length}>
              <option value="">{points.length ? 'Choose where to cut' : 'One word: nothing to split'}</option>
              {points.map((point) => (
                <option key={point.at} value={point.at}>
                  {ends(point.before, 'end')} | {ends(point.after, 'start')}
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions">
            <button type="submit" className="button-secondary" disabled={busy || !at}>
              Split
            </button>
          </div>
        </form>
        <form onSubmit={merge} noValidate aria-label="Merge with another claim">
          <div className="field">
            <label htmlFor="merge-with">Merge with</label>
            <select
              id="merge-with"
              value={other}
              onChange={(event) => setOther(event.target.value)}
              disabled={!candidates.length}
              aria-describedby="merge-with-hint"
            >
              <option value="">{candidates.length ? 'Choose a claim' : 'No other claim to merge with'}</option>
              {candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.text.length > 90 ? `${candidate.text.slice(0, 89)}…` : candidate.text}
                </option>
              ))}
            </select>
            <p className="hint" id="merge-with-hint">
              A claim of the same quote, or of the same speaker with nothing between the two.
            </p>
          </div>
          <div className="form-actions">
            <button type="submit" className="button-secondary" disabled={busy || !other}>
              Merge
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}

/** Where a claim came from and, once a split or merge replaced it, what replaced it. */
export function ClaimOrigin({ claim }: { claim: ClaimDetail }) {
  if (claim.origin === 'extraction' && claim.replacedBy.length === 0) return null;
  const links = (ids: string[]) =>
    ids.map((id, index) => (
      <span key={id}>
        {index > 0 && ', '}
        <Link to={`/claims/${id}`}>claim {index + 1}</Link>
      </span>
    ));
  return (
    <p className="claim-origin" data-testid="claim-origin">
      {claim.origin !== 'extraction' && <span className="badge">{ORIGIN_LABELS[claim.origin]}</span>}
      {claim.derivedFrom.length > 0 && <> from {links(claim.derivedFrom)}.</>}
      {claim.replacedBy.length > 0 && <> Replaced by {links(claim.replacedBy)}.</>}
    </p>
  );
}
