import { FormEvent, useState } from 'react';
import { describeError } from '../api/client';
import { AssignClaim, Lease, PersonList } from '../api/types';
import { useSession } from '../auth/session';
import { useLoad } from '../lib/hooks';
import { assignablePeople, describePerson, roleForStage } from '../lib/reservation';
import { Notice } from './ui';

/**
 * For editors, beside the lease bar that says who holds the claim and until when: the claim given to someone who can
 * work its stage, picked from a list with how much each holds (Reassign), or taken back from its holder (Break lease).
 */
export function LeaseControls({
  claimId,
  stage,
  lease,
  authorIds,
  onChanged,
}: {
  claimId: string;
  stage: 'research' | 'review';
  lease: Lease | null;
  /** Who wrote part of the verdict: never its reviewer. */
  authorIds: readonly string[];
  onChanged: (text: string) => void;
}) {
  const { api, me } = useSession();
  const [assignee, setAssignee] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const role = roleForStage(stage);
  const people = useLoad(
    () => api.get<PersonList>('/v1/people', { role }).then((response) => response.data.items),
    [role, lease?.holderId],
  );
  const choices = assignablePeople(people.data ?? [], {
    holderId: lease?.holderId,
    authorIds: stage === 'review' ? authorIds : [],
  });

  const act = async (send: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await send();
      onChanged(done);
      void people.reload();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const reassign = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const person = choices.find((choice) => choice.id === assignee);
    if (!person) return setError('Choose the person to give the claim to.');
    void act(async () => {
      await api.post(`/v1/claims/${claimId}/assign`, { userId: person.id } satisfies AssignClaim);
      setAssignee('');
    }, `Claim reassigned to ${person.name}.`);
  };

  const breakLease = () => {
    if (busy) return;
    void act(() => api.post(`/v1/claims/${claimId}/break-lease`), 'Lease broken: the claim is back in its queue.');
  };

  return (
    <section className="lease-controls" aria-labelledby="lease-controls-title">
      <h2 id="lease-controls-title">Reassign or break the lease</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {people.error && <Notice tone="error">{people.error}</Notice>}
      {lease && lease.holderId !== me.id && (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={breakLease} disabled={busy}>
            Break lease
          </button>
        </div>
      )}
      <form onSubmit={reassign} noValidate aria-label="Reassign the claim">
        <div className="field">
          <label htmlFor="claim-assignee">Reassign to</label>
          <select
            id="claim-assignee"
            value={assignee}
            onChange={(event) => {
              setAssignee(event.target.value);
              setError(null);
            }}
            aria-describedby="claim-assignee-hint"
            disabled={!people.data}
          >
            <option value="">{people.data ? 'Choose a person' : 'Loading people…'}</option>
            {choices.map((person) => (
              <option key={person.id} value={person.id}>
                {describePerson(person)}
              </option>
            ))}
          </select>
          <p className="hint" id="claim-assignee-hint">
            {stage === 'review' ? 'Editors who wrote no part of the verdict. ' : 'Everyone who can research a claim. '}
            They get a fresh lease; whoever holds it now loses theirs.
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy || choices.length === 0}>
            Reassign
          </button>
        </div>
      </form>
    </section>
  );
}
