import { FormEvent, useState } from 'react';
import { describeError } from '../api/client';
import { AssignClaim, Lease } from '../api/types';
import { useSession } from '../auth/session';
import { readAssignee } from '../lib/lease-holder';
import { TextField } from './text-field';
import { Notice } from './ui';

/**
 * For editors, beside the lease bar that says who holds the claim and until when: the claim given to someone else
 * (Reassign) or taken back from its holder (Break lease).
 */
export function LeaseControls({
  claimId,
  lease,
  onChanged,
}: {
  claimId: string;
  lease: Lease | null;
  onChanged: (text: string) => void;
}) {
  const { api, me } = useSession();
  const [assignee, setAssignee] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (send: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await send();
      onChanged(done);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const reassign = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const read = readAssignee(assignee);
    if ('error' in read) return setError(read.error);
    void act(async () => {
      await api.post(`/v1/claims/${claimId}/assign`, { userId: read.userId } satisfies AssignClaim);
      setAssignee('');
    }, 'Claim reassigned.');
  };

  const breakLease = () => {
    if (busy) return;
    void act(() => api.post(`/v1/claims/${claimId}/break-lease`), 'Lease broken: the claim is back in its queue.');
  };

  return (
    <section className="lease-controls" aria-labelledby="lease-controls-title">
      <h2 id="lease-controls-title">Reassign or break the lease</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {lease && lease.holderId !== me.id && (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={breakLease} disabled={busy}>
            Break lease
          </button>
        </div>
      )}
      <form onSubmit={reassign} noValidate aria-label="Reassign the claim">
        <TextField id="claim-assignee" label="Reassign to (the person’s id)" value={assignee} onValue={setAssignee}>
          <p className="hint">They get a fresh lease; whoever holds it now loses theirs.</p>
        </TextField>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            Reassign
          </button>
        </div>
      </form>
    </section>
  );
}
