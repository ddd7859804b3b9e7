import { FormEvent, useState } from 'react';
import { describeError } from '../api/client';
import { ClaimNote } from '../api/types';
import { useSession } from '../auth/session';
import { TextField } from './text-field';
import { Notice } from './ui';

/** The longest note the API keeps. */
const MAX_NOTE_LENGTH = 4000;

/** Adds an internal note to the claim's thread (its history): for the desk, never published. */
export function NoteForm({ claimId, onAdded }: { claimId: string; onAdded: () => void }) {
  const { api } = useSession();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`/v1/claims/${claimId}/notes`, { text: text.trim() } satisfies ClaimNote);
      setText('');
      // The button is disabled while the note is sent and again once the box is empty, which drops the focus to the
      // page: it goes back to the box, ready for the next note.
      document.getElementById('claim-note')?.focus();
      onAdded();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="note-form"
      onSubmit={add}
      noValidate
      aria-label="Add a note"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          event.preventDefault();
          void add(event);
        }
      }}
    >
      {error && <Notice tone="error">{error}</Notice>}
      <TextField
        id="claim-note"
        label="Note for the desk"
        value={text}
        onValue={setText}
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
      >
        <p className="hint">Only people at the desk see notes; they are never published.</p>
      </TextField>
      <div className="form-actions">
        <button type="submit" disabled={busy || !text.trim()}>
          Add note
        </button>
      </div>
    </form>
  );
}
