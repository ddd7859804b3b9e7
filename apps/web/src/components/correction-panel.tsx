import { FormEvent, useState } from 'react';
import { describeError } from '../api/client';
import type { Article, ClaimDetail, QuoteCorrection } from '../api/types';
import { useSession } from '../auth/session';
import { articleSpeakers, claimCorrection, CorrectionForm, correctionForm, nearestSpan } from '../lib/claim-correction';
import { TextField } from './text-field';
import { Notice } from './ui';

const SPEAKER_TYPES = ['person', 'organization', 'document', 'media', 'unknown'] as const;

/**
 * The machine's output corrected before publication, by the fact-checker holding the claim or an editor: the claim's
 * words and standalone form, who said it, the words naming them, or that nobody said it. What the machine gave stays
 * beside what people made of it.
 */
export function CorrectionPanel({
  claim,
  article,
  canCorrect,
  onCorrected,
}: {
  claim: ClaimDetail;
  article: Article | null;
  canCorrect: boolean;
  onCorrected: (text: string) => void;
}) {
  if (!claim.machine && !canCorrect) return null;
  return (
    <section className="correction-panel" aria-labelledby="correction-title">
      <h2 id="correction-title">Correct the machine</h2>
      {claim.machine && <MachineBeside claim={claim} />}
      {canCorrect && <CorrectionForms claim={claim} article={article} onCorrected={onCorrected} />}
    </section>
  );
}

function speakerLabel(speaker: { name: string; title: string | null; type: string | null } | null): string {
  if (!speaker) return 'Not identified';
  const kind = speaker.type && speaker.type !== 'person' ? ` (${speaker.type})` : '';
  return `${speaker.name}${speaker.title ? `, ${speaker.title}` : ''}${kind}`;
}

/** What the extraction gave, row by row where people changed it, next to what the claim says now. */
function MachineBeside({ claim }: { claim: ClaimDetail }) {
  const machine = claim.machine!;
  const rows = [
    { label: 'Claim words', machine: machine.text, now: claim.text },
    { label: 'Standalone', machine: machine.standalone, now: claim.standalone },
    { label: 'Speaker', machine: speakerLabel(machine.speaker), now: speakerLabel(claim.speaker) },
    {
      label: 'Named by',
      machine: machine.mention?.text ?? '—',
      now: claim.quote.mention?.text ?? '—',
    },
  ].filter((row) => row.machine !== row.now);
  return (
    <table className="machine-beside" data-testid="machine-beside">
      <caption>Corrected by people: the machine’s output beside what the ClaimReview carries</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Machine</th>
          <th scope="col">Now</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>
              <del>{row.machine}</del>
            </td>
            <td>
              <ins>{row.now}</ins>
            </td>
          </tr>
        ))}
        {claim.quote.notAQuote && (
          <tr>
            <th scope="row">Quote</th>
            <td>
              <del>A quote</del>
            </td>
            <td>
              <ins>Not a quote of anyone</ins>
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function CorrectionForms({
  claim,
  article,
  onCorrected,
}: {
  claim: ClaimDetail;
  article: Article | null;
  onCorrected: (text: string) => void;
}) {
  const { api } = useSession();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<CorrectionForm>(() => correctionForm(claim));
  const [mention, setMention] = useState(claim.quote.mention?.text ?? '');
  const [confirmNotAQuote, setConfirmNotAQuote] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const speakers = article ? articleSpeakers(article.quotes) : [];
  const set = (field: keyof CorrectionForm) => (value: string) => setForm((now) => ({ ...now, [field]: value }));

  const act = async (send: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await send();
      setOpen(false);
      setConfirmNotAQuote(false);
      onCorrected(done);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const saveClaim = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const read = claimCorrection(claim, form);
    if ('error' in read) return setError(read.error);
    if (Object.keys(read.body).length === 0) return setError('Nothing changed.');
    void act(() => api.patch(`/v1/claims/${claim.id}`, read.body), 'Correction saved; the machine’s output is kept.');
  };

  const saveMention = (event: FormEvent) => {
    event.preventDefault();
    if (busy || !article) return;
    const span = nearestSpan(article.body, mention, claim.quote.start);
    if (!span) return setError('The article does not have these words.');
    void act(
      () => api.patch(`/v1/quotes/${claim.quote.id}`, { mention: span } satisfies QuoteCorrection),
      'The words naming the speaker are corrected.',
    );
  };

  const notAQuote = () =>
    act(
      () => api.patch(`/v1/quotes/${claim.quote.id}`, { notAQuote: true } satisfies QuoteCorrection),
      'Marked as nobody’s quote: its claims left the queues.',
    );

  if (!open) {
    return (
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setForm(correctionForm(claim));
            setMention(claim.quote.mention?.text ?? '');
            setOpen(true);
          }}
        >
          Correct claim or speaker
        </button>
      </div>
    );
  }

  return (
    <>
      {error && <Notice tone="error">{error}</Notice>}
      <form onSubmit={saveClaim} noValidate aria-label="Correct the claim">
        <TextField
          id="correct-text"
          label="Claim words, as the quote has them"
          value={form.text}
          onValue={set('text')}
          rows={2}
          wide
        >
          <p className="hint">Words of the quote exactly as written; the marked span follows them.</p>
        </TextField>
        <TextField
          id="correct-standalone"
          label="Standalone form"
          value={form.standalone}
          onValue={set('standalone')}
          rows={3}
          wide
        >
          <p className="hint">What the ClaimReview publishes as the claim reviewed.</p>
        </TextField>
        <div className="field wide">
          <label htmlFor="correct-speaker">Speaker</label>
          <select id="correct-speaker" value={form.speaker} onChange={(event) => set('speaker')(event.target.value)}>
            <option value="keep">Keep {speakerLabel(claim.speaker)}</option>
            {speakers
              .filter((speaker) => speaker.id !== claim.speaker?.id)
              .map((speaker) => (
                <option key={speaker.id} value={speaker.id}>
                  {speakerLabel(speaker)}
                </option>
              ))}
            <option value="other">Someone else…</option>
          </select>
          <p className="hint">For every claim of this quote.</p>
        </div>
        {form.speaker === 'other' && (
          <fieldset className="speaker-fields">
            <legend>Who said it</legend>
            <TextField id="correct-speaker-name" label="Name" value={form.name} onValue={set('name')} />
            <div className="field">
              <label htmlFor="correct-speaker-type">Type</label>
              <select id="correct-speaker-type" value={form.type} onChange={(event) => set('type')(event.target.value)}>
                {SPEAKER_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </div>
            <TextField id="correct-speaker-title" label="Title (optional)" value={form.title} onValue={set('title')} />
          </fieldset>
        )}
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            Save correction
          </button>
          <button type="button" className="button-secondary" onClick={() => setOpen(false)} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>

      <form onSubmit={saveMention} noValidate aria-label="Correct the attribution">
        <TextField id="correct-mention" label="Words naming the speaker" value={mention} onValue={setMention}>
          <p className="hint">
            As the article writes them (“the mayor”, “she”); the place nearest the quote is marked.
          </p>
        </TextField>
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={busy || !article}>
            Save attribution
          </button>
          {confirmNotAQuote ? (
            <>
              <button type="button" className="button-danger" onClick={() => void notAQuote()} disabled={busy}>
                Yes: nobody said this
              </button>
              <button type="button" className="button-secondary" onClick={() => setConfirmNotAQuote(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setConfirmNotAQuote(true)}
              disabled={busy}
            >
              Not a quote of anyone
            </button>
          )}
        </div>
        {confirmNotAQuote && (
          <p className="hint" role="note">
            Its claims leave the queues, dismissed and kept.
          </p>
        )}
      </form>
    </>
  );
}
