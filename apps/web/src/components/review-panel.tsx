import { FormEvent, useRef, useState } from 'react';
import { describeError } from '../api/client';
import { Reject, SentBackVerdict, Verdict, VerdictEdit } from '../api/types';
import { useSession } from '../auth/session';
import { useKeys } from '../lib/hooks';
import { inAnotherForm } from '../lib/list-keys';
import { listNames } from '../lib/verdict-authors';
import { draftBody, draftProblems, fieldsFromVerdict, FieldProblem, VerdictFields } from '../lib/verdict-form';
import { TextField } from './text-field';
import { Notice } from './ui';
import { VerdictChanges } from './verdict-changes';
import { VerdictView } from './verdict-view';

/**
 * The editor's decision under a review lease: small edits first if need be, then approve (after a confirmation; `a`
 * or Ctrl+Enter ask for it from the keyboard) or send back with a comment. A resubmission shows what changed since it was sent back.
 */
export function ReviewPanel({
  claimId,
  verdict,
  sentBack,
  onEdited,
  onDecided,
}: {
  claimId: string;
  verdict: Verdict;
  sentBack: SentBackVerdict | null;
  onEdited: () => void;
  onDecided: (approved: boolean) => void;
}) {
  const { api } = useSession();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [commentError, setCommentError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const confirmation = useRef<HTMLDialogElement>(null);

  const askToApprove = () => {
    if (busy || editing) return;
    confirmation.current?.showModal();
  };

  useKeys((event) => {
    if (confirmation.current?.open) return;
    const approveKey = event.key === 'a' && !event.ctrlKey && !event.metaKey && !event.altKey;
    // Ctrl+Enter (Cmd+Enter) is the stage's primary action from anywhere on the page, as it submits in research; in
    // the comment box or the edit form it is theirs.
    const primaryKey = (event.ctrlKey || event.metaKey) && event.key === 'Enter' && !inAnotherForm(event.target);
    if (approveKey || primaryKey) {
      event.preventDefault();
      askToApprove();
    }
  });

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
      confirmation.current?.close();
      onDecided(approve);
    } catch (caught) {
      confirmation.current?.close();
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const reject = (event: FormEvent) => {
    event.preventDefault();
    void decide(false);
  };

  const authors = listNames(verdict.authors.map((author) => author.name));

  return (
    <div className="review-panel">
      {sentBack && <VerdictChanges verdict={verdict} sentBack={sentBack} />}
      {editing ? (
        <EditForm
          claimId={claimId}
          verdict={verdict}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onEdited();
          }}
        />
      ) : (
        <>
          <VerdictView verdict={verdict} />
          <button type="button" className="button-secondary" onClick={() => setEditing(true)} disabled={busy}>
            Edit before approving
          </button>
        </>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="form-actions">
        <button
          type="button"
          onClick={askToApprove}
          disabled={busy || editing}
          aria-keyshortcuts="a Control+Enter Meta+Enter"
        >
          Approve and publish…
        </button>
      </div>
      <dialog ref={confirmation} className="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-what">
        <h2 id="confirm-title">Publish this verdict?</h2>
        <p id="confirm-what">
          <strong>{verdict.rating}</strong>
          {authors && <> by {authors}</>}: its ClaimReview goes to its public page and to every subscribed newsroom.
        </p>
        <div className="form-actions">
          {/* First in the dialog, the confirming button gets the focus: Enter publishes, Esc (the dialog's) cancels. */}
          <button type="button" onClick={() => void decide(true)} disabled={busy}>
            {busy ? 'Publishing…' : 'Approve and publish'}
          </button>
          <button type="button" className="button-secondary" onClick={() => confirmation.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
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

/**
 * The editor's small edits: summary, explanation, sources. The rating is the fact-checker's: to change it, send the
 * verdict back. Saved as the editor's edit (`PATCH …/verdict`), which does not make them an author.
 */
function EditForm({
  claimId,
  verdict,
  onCancel,
  onSaved,
}: {
  claimId: string;
  verdict: Verdict;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { api } = useSession();
  const [fields, setFields] = useState<VerdictFields>(() => fieldsFromVerdict(verdict));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = [
      ...draftProblems(fields),
      ...(fields.summary.trim()
        ? []
        : [{ field: 'summary' as const, message: 'A published verdict needs a summary.' }]),
    ];
    const { summary, explanation, sources } = draftBody(fields);
    if (sources?.length === 0) found.push({ field: 'sources', message: 'Keep at least one source.' });
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    setError(null);
    try {
      await api.patch(`/v1/claims/${claimId}/verdict`, { summary, explanation, sources } satisfies VerdictEdit);
      onSaved();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  const update = (patch: Partial<VerdictFields>) => setFields((previous) => ({ ...previous, ...patch }));
  const updateSource = (index: number, patch: Partial<VerdictFields['sources'][number]>) =>
    update({ sources: fields.sources.map((source, at) => (at === index ? { ...source, ...patch } : source)) });

  return (
    <form className="verdict-form review-edit" onSubmit={save} noValidate aria-label="Edit before approving">
      <p>
        <span className={`rating-chip rating-${verdict.ratingValue ?? 0}`}>{verdict.rating}</span>{' '}
        <span className="muted">The rating stays the fact-checker’s: send the verdict back to change it.</span>
      </p>
      <TextField
        id="edit-summary"
        label="Summary"
        rows={3}
        maxLength={2000}
        value={fields.summary}
        onValue={(summary) => update({ summary })}
      />
      <TextField
        id="edit-explanation"
        label="Explanation"
        rows={8}
        value={fields.explanation}
        onValue={(explanation) => update({ explanation })}
      />
      <fieldset className="sources">
        <legend>Sources</legend>
        {fields.sources.map((source, index) => (
          <div className="source-row" key={index}>
            <TextField
              id={`edit-source-url-${index}`}
              label={`Address ${index + 1}`}
              type="url"
              value={source.url}
              onValue={(url) => updateSource(index, { url })}
            />
            <TextField
              id={`edit-source-title-${index}`}
              label={`Title ${index + 1}`}
              value={source.title}
              onValue={(title) => updateSource(index, { title })}
            />
          </div>
        ))}
        <button
          type="button"
          className="button-secondary"
          onClick={() => update({ sources: [...fields.sources, { url: '', title: '' }] })}
        >
          Add a source
        </button>
      </fieldset>
      {problems.length > 0 && <Notice tone="error">{problems.map((problem) => problem.message).join(' ')}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save my edit'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
