import { FormEvent, useState } from 'react';
import { describeError } from '../api/client';
import { ClaimDetail, ClaimReview, Correction, roleAllows } from '../api/types';
import { useSession } from '../auth/session';
import { useLoad } from '../lib/hooks';
import { jsonLdScriptTag, jsonLdText } from '../lib/claim-reviews';
import { draftBody, draftProblems, fieldsFromVerdict, VerdictFields } from '../lib/verdict-form';
import { TextField } from './text-field';
import { CopyButton, Notice } from './ui';
import { VerdictView } from './verdict-view';

/** A published claim: its verdict and earlier versions, its ClaimReview to copy, and (editors) a correction. */
export function PublishedPanel({ claim, onCorrected }: { claim: ClaimDetail; onCorrected: () => void }) {
  const { api, me } = useSession();
  const current = claim.verdict;
  const published = current?.status === 'published';
  const review = useLoad<ClaimReview | null>(
    () =>
      published
        ? api.get<ClaimReview>(`/v1/claims/${claim.id}/claimreview`).then((response) => response.data)
        : Promise.resolve(null),
    [claim.id, published, current?.version],
  );
  const [correcting, setCorrecting] = useState(false);
  const earlier = claim.verdicts.filter((verdict) => verdict.id !== current?.id);

  if (!current) return <p>No verdict.</p>;
  return (
    <div className="published-panel">
      {!published && <Notice tone="info">Approved: the publish step is building the ClaimReview…</Notice>}
      <VerdictView verdict={current} />
      {review.data && (
        <details className="jsonld" open>
          <summary>ClaimReview (JSON-LD)</summary>
          <pre data-testid="claimreview-json" tabIndex={0} aria-label="ClaimReview JSON-LD">
            {JSON.stringify(review.data, null, 2)}
          </pre>
          <CopyButton text={jsonLdText(review.data)} label="Copy JSON-LD" />{' '}
          <CopyButton text={jsonLdScriptTag(review.data)} label="Copy as a script tag" />
        </details>
      )}
      {review.error && <Notice tone="error">{review.error}</Notice>}
      {earlier.length > 0 && (
        <details>
          <summary>Earlier versions ({earlier.length})</summary>
          {earlier.map((verdict) => (
            <VerdictView key={verdict.id} verdict={verdict} />
          ))}
        </details>
      )}
      {roleAllows(me.role, 'editor') && published && !correcting && (
        <button type="button" className="button-secondary" onClick={() => setCorrecting(true)}>
          Correct this verdict
        </button>
      )}
      {correcting && (
        <CorrectionForm
          claimId={claim.id}
          initial={fieldsFromVerdict(current)}
          onCancel={() => setCorrecting(false)}
          onDone={() => {
            setCorrecting(false);
            onCorrected();
          }}
        />
      )}
    </div>
  );
}

function CorrectionForm({
  claimId,
  initial,
  onCancel,
  onDone,
}: {
  claimId: string;
  initial: VerdictFields;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { api, ratings } = useSession();
  const [fields, setFields] = useState(initial);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setError('Write a correction note: readers see what changed and why.');
      return;
    }
    const problems = draftProblems(fields);
    if (problems.length) {
      setError(problems.map((problem) => problem.message).join(' '));
      return;
    }
    setBusy(true);
    try {
      await api.post(`/v1/claims/${claimId}/correct`, { ...draftBody(fields), note: note.trim() } satisfies Correction);
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="correction-form" onSubmit={submit} noValidate aria-label="Correction">
      <h3>Correction</h3>
      <div className="field">
        <label htmlFor="correction-rating">Rating</label>
        <select
          id="correction-rating"
          value={fields.rating}
          onChange={(event) => setFields({ ...fields, rating: event.target.value })}
        >
          {(ratings?.items ?? []).map((level) => (
            <option key={level.name} value={level.name}>
              {level.name}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="correction-summary"
        label="Summary"
        rows={3}
        value={fields.summary}
        onValue={(summary) => setFields({ ...fields, summary })}
      />
      <TextField
        id="correction-explanation"
        label="Explanation"
        rows={6}
        value={fields.explanation}
        onValue={(explanation) => setFields({ ...fields, explanation })}
      />
      <TextField
        id="correction-sources"
        label="Sources (one address a line)"
        rows={3}
        value={fields.sources.map((source) => source.url).join('\n')}
        onValue={(lines) =>
          setFields({
            ...fields,
            sources: lines
              .split('\n')
              .map((url) => ({ url, title: fields.sources.find((source) => source.url === url)?.title ?? '' })),
          })
        }
      />
      <TextField
        id="correction-note"
        label="Correction note"
        rows={2}
        value={note}
        onValue={setNote}
        aria-invalid={error && !note.trim() ? true : undefined}
      />
      {error && <Notice tone="error">{error}</Notice>}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Publish correction
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
