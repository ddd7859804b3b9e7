import { FormEvent, useState } from 'react';
import { describeError } from '../api/client';
import { Reject, Verdict } from '../api/types';
import { useSession } from '../auth/session';
import { Notice } from './ui';
import { VerdictView } from './verdict-view';

/** The editor's decision under a review lease: approve, or send back with a comment. */
export function ReviewPanel({
  claimId,
  verdict,
  onDecided,
}: {
  claimId: string;
  verdict: Verdict;
  onDecided: (approved: boolean) => void;
}) {
  const { api } = useSession();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [commentError, setCommentError] = useState(false);
  const [busy, setBusy] = useState(false);

  const decide = async (approve: boolean) => {
    if (busy) return;
    if (!approve && !comment.trim()) {
      setCommentError(true);
      document.getElementById('review-comment')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (approve) await api.post(`/v1/claims/${claimId}/approve`);
      else await api.post(`/v1/claims/${claimId}/reject`, { comment: comment.trim() } satisfies Reject);
      onDecided(approve);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const reject = (event: FormEvent) => {
    event.preventDefault();
    void decide(false);
  };

  return (
    <div className="review-panel">
      <VerdictView verdict={verdict} />
      {error && <Notice tone="error">{error}</Notice>}
      <div className="form-actions">
        <button type="button" onClick={() => decide(true)} disabled={busy}>
          Approve and publish
        </button>
      </div>
      <form onSubmit={reject} noValidate aria-label="Send back">
        <div className="field">
          <label htmlFor="review-comment">Comment for the fact-checker</label>
          <textarea
            id="review-comment"
            rows={3}
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
              setCommentError(false);
            }}
            onKeyDown={(event) => {
              if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
                event.preventDefault();
                void decide(false);
              }
            }}
            aria-invalid={commentError || undefined}
            aria-describedby={commentError ? 'review-comment-error' : undefined}
            aria-keyshortcuts="Control+Enter"
          />
          {commentError && (
            <p id="review-comment-error" className="field-error">
              Say what needs to change before sending it back.
            </p>
          )}
        </div>
        <button type="submit" className="button-danger" disabled={busy}>
          Send back with comment
        </button>
      </form>
    </div>
  );
}
