/** Who a claim sent back is kept for, and whom an editor may give a claim to, as the desk says it. */
import type { ClaimStage, Person, Reservation } from '../api/types';
import { formatDateTime, pluralize } from './format';

/** "Sent back to you: kept for you until …", or for someone else "Kept for Ann until …"; null when nobody. */
export function describeReservation(
  reservation: Reservation | null | undefined,
  meId: string,
  formatTime: (iso: string) => string = formatDateTime,
): string | null {
  if (!reservation) return null;
  const until = formatTime(reservation.until);
  return reservation.userId === meId
    ? `Sent back to you: kept for you until ${until}`
    : `Kept for ${reservation.name} until ${until}`;
}

/** Whether the reader may not take the claim themselves: kept for someone else, and they are no editor to decide. */
export function reservedForSomeoneElse(
  reservation: Reservation | null | undefined,
  me: { id: string; editor: boolean },
): boolean {
  return Boolean(reservation && reservation.userId !== me.id && !me.editor);
}

/** The role a claim's stage needs of whoever works it. */
export function roleForStage(stage: ClaimStage): 'factchecker' | 'editor' {
  return stage === 'review' ? 'editor' : 'factchecker';
}

/**
 * The people a claim can be given to: not whoever holds it now, nor (in review) anyone who wrote part of the verdict;
 * the ones holding fewest claims first, then by name.
 */
export function assignablePeople(
  people: readonly Person[],
  exclude: { holderId?: string | null; authorIds?: readonly string[] },
): Person[] {
  const excluded = new Set([...(exclude.holderId ? [exclude.holderId] : []), ...(exclude.authorIds ?? [])]);
  return people
    .filter((person) => !excluded.has(person.id))
    .sort((a, b) => a.liveLeases - b.liveLeases || a.name.localeCompare(b.name));
}

/** "Ann Author (fact-checker, holds 2 claims)". */
export function describePerson(person: Person): string {
  const role = { ingester: 'ingester', factchecker: 'fact-checker', editor: 'editor', admin: 'admin' }[person.role];
  const holds = person.liveLeases === 0 ? 'holds no claim' : `holds ${pluralize(person.liveLeases, 'claim')}`;
  return `${person.name} (${role}, ${holds})`;
}
