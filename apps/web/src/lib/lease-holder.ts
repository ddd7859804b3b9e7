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
