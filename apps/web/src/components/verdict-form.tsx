import { FormEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../api/client';
import { Dismiss, Verdict } from '../api/types';
import { useSession } from '../auth/session';
import { useKeys } from '../lib/hooks';
import { inAnotherForm } from '../lib/list-keys';
import {
  draftBody,
  draftProblems,
  FieldProblem,
  fieldsFromVerdict,
  sameFields,
  submitProblems,
  VerdictFields,
} from '../lib/verdict-form';
import { TextField } from './text-field';
import { Notice } from './ui';

const AUTOSAVE_MS = 1500;

/**
 * The fact-checker's verdict: rating, summary, explanation, sources. Drafts are saved as the person writes
 * (PUT …/verdict) and on Ctrl+S; Ctrl+Enter (Cmd+Enter) submits from anywhere on the page; Alt+1…9 picks a rating.
 */
export function VerdictForm({
  claimId,
  verdict,
  onSubmitted,
  onDismissed,
}: {
  claimId: string;
  verdict: Verdict | null;
  onSubmitted: () => void;
  onDismissed: () => void;
}) {
  const { api, ratings } = useSession();
  const [fields, setFields] = useState<VerdictFields>(() => fieldsFromVerdict(verdict));
  const [saved, setSaved] = useState<VerdictFields>(() => fieldsFromVerdict(verdict));
  const [saveState, setSaveState] = useState<{ text: string; error?: boolean }>({
    text: verdict ? 'Draft loaded.' : '',
  });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [dismissReason, setDismissReason] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const saving = useRef<Promise<boolean> | null>(null);
  const latest = useRef(fields);
  latest.current = fields;

  const dirty = !sameFields(fields, saved);

  const save = async (): Promise<boolean> => {
    if (saving.current) await saving.current;
    const current = latest.current;
    if (draftProblems(current).length) {
      setProblems(draftProblems(current));
      setSaveState({ text: 'Not saved: a source needs an http(s) address.', error: true });
      return false;
    }
    const attempt = (async () => {
      try {
        setSaveState({ text: 'Saving…' });
        await api.put(`/v1/claims/${claimId}/verdict`, draftBody(current));
        setSaved(current);
        setSaveState({ text: `Draft saved at ${new Date().toLocaleTimeString()}.` });
        return true;
      } catch (error) {
        setSaveState({ text: `Not saved: ${describeError(error)}`, error: true });
        return false;
      }
    })();
    saving.current = attempt;
    try {
      return await attempt;
    } finally {
      saving.current = null;
    }
  };

  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const found = submitProblems(latest.current);
    setProblems(found);
    if (found.length) {
      focusField(found[0].field);
      return;
    }
    setBusy(true);
    try {
      if (!(await save())) return;
      await api.post(`/v1/claims/${claimId}/submit`);
      onSubmitted();
    } catch (error) {
      setSaveState({ text: `Not submitted: ${describeError(error)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const dismiss = async () => {
    if (!dismissReason.trim()) return;
    try {
      await api.post(`/v1/claims/${claimId}/dismiss`, { reason: dismissReason.trim() } satisfies Dismiss);
      onDismissed();
    } catch (error) {
      setSaveState({ text: `Not dismissed: ${describeError(error)}`, error: true });
    }
  };

  useKeys((event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    } else if (mod && event.key === 'Enter' && !inAnotherForm(event.target, form.current)) {
      // From anywhere on the page; in another form (a note, the dismissal) the key is that form's.
      event.preventDefault();
      void submit();
    } else if (event.altKey && /^[1-9]$/.test(event.key) && ratings) {
      const level = ratings.items[Number(event.key) - 1];
      if (level) {
        event.preventDefault();
        update({ rating: level.name });
      }
    }
  });

  const update = (patch: Partial<VerdictFields>) => {
    setFields((previous) => ({ ...previous, ...patch }));
    setProblems((previous) =>
      previous.filter((problem) => !Object.keys(patch).some((key) => problem.field.startsWith(key))),
    );
  };
  const updateSource = (index: number, patch: Partial<VerdictFields['sources'][number]>) =>
    update({ sources: fields.sources.map((source, at) => (at === index ? { ...source, ...patch } : source)) });

  const problemFor = (field: string) => problems.find((problem) => problem.field === field);
  const focusField = (field: string) => {
    const id =
      field === 'rating'
        ? 'rating-0'
        : field === 'summary'
          ? 'verdict-summary'
          : field === 'sources'
            ? 'source-url-0'
            : `source-url-${field.split('.')[1]}`;
    document.getElementById(id)?.focus();
  };

  return (
    <>
      <form ref={form} className="verdict-form" onSubmit={submit} noValidate aria-label="Verdict">
        <fieldset aria-describedby={problemFor('rating') ? 'rating-error' : undefined}>
          <legend>Rating</legend>
          <div className="ratings">
            {(ratings?.items ?? []).map((level, index) => (
              <label key={level.name} className={`rating rating-${level.value}`} title={level.description}>
                <input
                  type="radio"
                  name="rating"
                  id={`rating-${index}`}
                  value={level.name}
                  checked={fields.rating.toLowerCase() === level.name.toLowerCase()}
                  onChange={() => update({ rating: level.name })}
                  aria-keyshortcuts={index < 9 ? `Alt+${index + 1}` : undefined}
                />
                <span>{level.name}</span>
              </label>
            ))}
          </div>
          {!ratings && <p className="field-error">The rating scale could not be loaded.</p>}
          {problemFor('rating') && (
            <p id="rating-error" className="field-error">
              {problemFor('rating')!.message}
            </p>
          )}
        </fieldset>

        <TextField
          id="verdict-summary"
          label="Summary"
          rows={3}
          maxLength={2000}
          value={fields.summary}
          onValue={(summary) => update({ summary })}
          aria-invalid={problemFor('summary') ? true : undefined}
          aria-describedby={problemFor('summary') ? 'summary-error' : 'summary-hint'}
        >
          {problemFor('summary') ? (
            <p id="summary-error" className="field-error">
              {problemFor('summary')!.message}
            </p>
          ) : (
            <p id="summary-hint" className="hint">
              One or two sentences readers see first (the ClaimReview’s reviewBody).
            </p>
          )}
        </TextField>

        <TextField
          id="verdict-explanation"
          label="Explanation"
          rows={8}
          value={fields.explanation}
          onValue={(explanation) => update({ explanation })}
        />

        <fieldset className="sources" aria-describedby={problemFor('sources') ? 'sources-error' : undefined}>
          <legend>Sources</legend>
          {fields.sources.map((source, index) => {
            const problem = problemFor(`sources.${index}`);
            return (
              <div className="source-row" key={index}>
                <TextField
                  id={`source-url-${index}`}
                  label={`Address ${index + 1}`}
                  type="url"
                  placeholder="https://…"
                  value={source.url}
                  onValue={(url) => updateSource(index, { url })}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `source-error-${index}` : undefined}
                >
                  {problem && (
                    <p id={`source-error-${index}`} className="field-error">
                      {problem.message}
                    </p>
                  )}
                </TextField>
                <TextField
                  id={`source-title-${index}`}
                  label={`Title ${index + 1}`}
                  value={source.title}
                  onValue={(title) => updateSource(index, { title })}
                />
                {fields.sources.length > 1 && (
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => update({ sources: fields.sources.filter((_, at) => at !== index) })}
                  >
                    Remove<span className="visually-hidden"> source {index + 1}</span>
                  </button>
                )}
              </div>
            );
          })}
          {problemFor('sources') && (
            <p id="sources-error" className="field-error">
              {problemFor('sources')!.message}
            </p>
          )}
          <button
            type="button"
            className="button-secondary"
            onClick={() => update({ sources: [...fields.sources, { url: '', title: '' }] })}
          >
            Add a source
          </button>
        </fieldset>

        <div className="form-actions">
          <button
            type="button"
            className="button-secondary"
            onClick={() => void save()}
            aria-keyshortcuts="Control+S"
            disabled={!dirty && !saveState.error}
          >
            Save draft
          </button>
          <button type="submit" disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
            {busy ? 'Submitting…' : 'Submit for review'}
          </button>
          <span className={`save-state${saveState.error ? ' field-error' : ''}`} role="status" data-testid="save-state">
            {dirty && !saveState.error && saveState.text !== 'Saving…' ? 'Unsaved changes.' : saveState.text}
          </span>
        </div>
      </form>

      <details className="dismiss">
        <summary>Dismiss this claim without a verdict</summary>
        <TextField id="dismiss-reason" label="Reason" rows={2} value={dismissReason} onValue={setDismissReason} />
        <button type="button" className="button-danger" onClick={dismiss} disabled={!dismissReason.trim()}>
          Dismiss
        </button>
      </details>
      {problems.length > 0 && (
        <Notice tone="error">Before submitting: {problems.map((problem) => problem.message).join(' ')}</Notice>
      )}
    </>
  );
}
