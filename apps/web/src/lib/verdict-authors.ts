/** Who wrote a verdict, as the claim page tells it. */
import type { Verdict } from '../api/types';

/**
 * The people whose draft the lease holder took over (a lease that ran out or was given back, then taken by someone
 * else): the other authors, first to write first, when the holder is not the one who started the draft.
 */
export function inheritedFrom(
  verdict: Pick<Verdict, 'status' | 'authors'> | null | undefined,
  holderId: string | null | undefined,
): string[] {
  if (!verdict || verdict.status !== 'draft' || !holderId) return [];
  const [first] = verdict.authors;
  if (!first || first.id === holderId) return [];
  return verdict.authors.filter((author) => author.id !== holderId).map((author) => author.name);
}

/** "Ann", "Ann and Bo", "Ann, Bo and Cy". */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
