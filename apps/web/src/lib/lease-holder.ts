import type { Lease } from '../api/types';

/** A time of day in the reader's locale. */
function timeOfDay(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { timeStyle: 'short' });
}

/** Who holds the claim and until when, as the claim page says it ("Held by Ann until 15:04"); null when nobody does. */
export function describeHolder(
  lease: Pick<Lease, 'holderId' | 'holderName' | 'expiresAt'> | null | undefined,
  meId: string,
  formatTime: (iso: string) => string = timeOfDay,
): string | null {
  if (!lease) return null;
  const who = lease.holderId === meId ? 'you' : (lease.holderName ?? 'someone');
  return `Held by ${who} until ${formatTime(lease.expiresAt)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The person to give a claim to, as typed: their id, or why it is not one. */
export function readAssignee(value: string): { userId: string } | { error: string } {
  const userId = value.trim();
  if (!userId) return { error: 'Enter the id of the person to give the claim to.' };
  if (!UUID.test(userId)) return { error: 'A person’s id looks like 3f9a1c2b-…: 36 letters, digits and dashes.' };
  return { userId: userId.toLowerCase() };
}
