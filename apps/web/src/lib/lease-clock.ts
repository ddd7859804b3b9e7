/**
 * A lease's countdown on this machine's clock, and when to extend it. The server says when the lease expires on
 * its own clock; the `Date` header of the same answer says what time the server thought it was, so the countdown
 * holds even when this machine's clock is off by minutes.
 */

export interface LeaseClock {
  /** When the lease runs out, on the server's clock (its `expiresAt`). */
  expiresAt: number;
  /** When the lease runs out, in this machine's `Date.now()` terms. */
  deadline: number;
  /** How long the lease was granted for (a fresh take or an extension grants the full LEASE_SECONDS). */
  durationMs: number;
}

/**
 * The Date header has whole seconds (and the server may have written it a moment before), so a smaller difference
 * than this is rounding, not a wrong clock.
 */
const SKEW_TOLERANCE_MS = 1500;

export function leaseClock(expiresAt: string, serverDate: string | null | undefined, localNow: number): LeaseClock {
  const expires = Date.parse(expiresAt);
  const serverNow = serverDate ? Date.parse(serverDate) : Number.NaN;
  const skew =
    Number.isFinite(serverNow) && Math.abs(localNow - serverNow) > SKEW_TOLERANCE_MS ? localNow - serverNow : 0;
  const deadline = expires + skew;
  return { expiresAt: expires, deadline, durationMs: Math.max(0, deadline - localNow) };
}

/**
 * The countdown after an answer from the server (the claim as it now is, and the answer's Date header): the lease it
 * shows, if it shows the caller's, and whether the lease the page was counting down ran out. A lease the answer no
 * longer shows ran out when its time had come by the server's clock (the answer was written at or after its
 * expiry, give or take the header's whole seconds) or all but come by this page's countdown, which ticks once a
 * second and so may be behind the refetch that found it gone. Gone before its time, it was given back, broken,
 * reassigned or ended by a submission: it did not run out.
 */
export function leaseAfterAnswer(
  previous: LeaseClock | null,
  expiresAt: string | null | undefined,
  serverDate: string | null | undefined,
  localNow: number,
): { clock: LeaseClock | null; ranOut: boolean } {
  if (expiresAt) {
    const next = leaseClock(expiresAt, serverDate, localNow);
    // Keep a longer duration seen at an extension: a reload part-way through would shrink the extension window.
    const clock =
      previous && previous.durationMs > next.durationMs ? { ...next, durationMs: previous.durationMs } : next;
    return { clock, ranOut: false };
  }
  if (!previous) return { clock: null, ranOut: false };
  const serverNow = serverDate ? Date.parse(serverDate) : Number.NaN;
  const dueByServer = Number.isFinite(serverNow) && previous.expiresAt <= serverNow + SKEW_TOLERANCE_MS;
  const dueHere = remainingMs(previous, localNow) <= SKEW_TOLERANCE_MS;
  return { clock: null, ranOut: dueByServer || dueHere };
}

export function remainingMs(clock: LeaseClock, now: number): number {
  return Math.max(0, clock.deadline - now);
}

/** `29:59`, `1:02:03`, `0:00`: minutes and seconds, hours when needed, rounded up so 0:00 means gone. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Spoken form for screen readers and titles: `about 5 minutes left`. */
export function describeRemaining(ms: number): string {
  if (ms <= 0) return 'expired';
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 1) return `about ${minutes} minute${minutes === 1 ? '' : 's'} left`;
  const seconds = Math.ceil(ms / 1000);
  return `${seconds} second${seconds === 1 ? '' : 's'} left`;
}

/**
 * Whether to extend now: the last third of the lease (at most the last 5 minutes) has begun, and the person did
 * something on the page within the last lease period (at most the last 10 minutes). Someone who walked away lets
 * the lease run out and the claim go back to the queue.
 */
export function shouldExtend(clock: LeaseClock, now: number, lastActivityAt: number): boolean {
  const left = remainingMs(clock, now);
  if (left <= 0) return false;
  const threshold = Math.min(clock.durationMs / 3, 5 * 60_000);
  const idleLimit = Math.min(clock.durationMs, 10 * 60_000);
  return left <= threshold && now - lastActivityAt <= idleLimit;
}

/** Warn in the last minute, or the last fifth of a short lease. */
export function isRunningOut(clock: LeaseClock, now: number): boolean {
  return remainingMs(clock, now) <= Math.min(60_000, clock.durationMs / 5);
}
