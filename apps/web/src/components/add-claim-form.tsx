import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../api/client';
import { AddClaim, Article, ClaimDetail, SpeakerChoice } from '../api/types';
import { useSession } from '../auth/session';
import { ChosenSpan, MAX_CLAIM_LENGTH } from '../lib/claim-spans';
import { Notice } from './ui';

const SPEAKER_TYPES: { value: NonNullable<SpeakerChoice['type']>; label: string }[] = [
  { value: 'person', label: 'Person' },
  { value: 'organization', label: 'Organisation' },
  { value: 'media', label: 'News outlet' },
  { value: 'document', label: 'Document' },
  { value: 'unknown', label: 'Unknown' },
];

/** Who said the words: as the article has it, one of its speakers, or someone named here. */
type SpeakerMode = '' | 'other' | `speaker:${string}`;

/**
 * Adds the words selected in the article's text as a claim, by hand: quoted or not (a newspaper's own statement), with
 * the speaker the article gives them or one chosen here. The new claim opens, in research.
 */
export function AddClaimForm({
  article,
  span,
}: {
  article: Article;
  span: (ChosenSpan & { tooLong: boolean }) | null;
}) {
  const { api } = useSession();
  const navigate = useNavigate();
  const [mode, setMode] = useState<SpeakerMode>('');
  const [name, setName] = useState('');
  const [type, setType] = useState<NonNullable<SpeakerChoice['type']>>('person');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const speakers = [
    ...new Map(
      article.quotes.flatMap((quote) =>
        quote.speaker?.id ? [[quote.speaker.id, quote.speaker.name] as [string, string]] : [],
      ),
    ),
  ];

  const speaker = (): SpeakerChoice | undefined => {
    if (mode === '') return undefined;
    if (mode === 'other') return { name: name.trim(), type, ...(title.trim() ? { title: title.trim() } : {}) };
    return { speakerId: mode.slice('speaker:'.length) };
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!span || busy) return;
    if (mode === 'other' && !name.trim()) {
      setError('Give the speaker’s name, or choose one of the article’s speakers.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body: AddClaim = { start: span.start, end: span.end, speaker: speaker() };
      const response = await api.post<ClaimDetail>(`/v1/articles/${article.id}/claims`, body);
      void navigate(`/claims/${response.data.id}`);
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <section className="add-claim" aria-labelledby="add-claim-title" data-testid="add-claim">
      <h2 id="add-claim-title">Add a claim by hand</h2>
      {!span ? (
        <p className="hint">
          Select words in the text (quoted or not, such as the newspaper’s own statement) to add them as a claim.
        </p>
      ) : (
        <form onSubmit={add} noValidate aria-label="Add the selected words as a claim">
          <p className="selected-span">
            Selected: <q data-testid="selected-span">{span.text}</q>
          </p>
          {span.tooLong && (
            <Notice tone="error">A claim covers at most {MAX_CLAIM_LENGTH} characters: select fewer words.</Notice>
          )}
          {error && <Notice tone="error">{error}</Notice>}
          <div className="field">
            <label htmlFor="add-claim-speaker">Speaker</label>
            <select
              id="add-claim-speaker"
              value={mode}
              onChange={(event) => {
                setMode(event.target.value as SpeakerMode);
                setError(null);
              }}
              aria-describedby="add-claim-speaker-hint"
            >
              <option value="">As in the article</option>
              {speakers.map(([id, speakerName]) => (
                <option key={id} value={`speaker:${id}`}>
                  {speakerName}
                </option>
              ))}
              <option value="other">Someone else…</option>
            </select>
            <p className="hint" id="add-claim-speaker-hint">
              As in the article: the speaker of the quote the words are in; for words outside every quote, the
              publication{article.publisher ? ` (${article.publisher})` : ''}.
            </p>
          </div>
          {mode === 'other' && (
            <div className="speaker-fields">
              <div className="field">
                <label htmlFor="add-claim-name">Name</label>
                <input
                  id="add-claim-name"
                  value={name}
                  maxLength={200}
                  onChange={(event) => setName(event.target.value)}
                  required
                />
              </div>
              <div className="field">
                <label htmlFor="add-claim-type">Type</label>
                <select
                  id="add-claim-type"
                  value={type}
                  onChange={(event) => setType(event.target.value as NonNullable<SpeakerChoice['type']>)}
                >
                  {SPEAKER_TYPES.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="add-claim-title">Title (optional)</label>
                <input
                  id="add-claim-title"
                  value={title}
                  maxLength={200}
                  onChange={(event) => setTitle(event.target.value)}
                />
              </div>
            </div>
          )}
          <div className="form-actions">
            <button type="submit" disabled={busy || span.tooLong}>
              {busy ? 'Adding…' : 'Add as claim'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
