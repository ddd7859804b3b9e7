/**
 * Delays before each retry, in seconds: attempt 1 failed → wait 5 s, attempt 2 failed → 30 s, … The whole
 * schedule spans about 23 hours, long enough to ride out a receiver's overnight outage.
 */
export const WEBHOOK_RETRY_DELAYS_SECONDS: readonly number[] = [
  5,
  30,
  2 * 60,
  10 * 60,
  30 * 60,
  60 * 60,
  3 * 60 * 60,
  6 * 60 * 60,
  12 * 60 * 60,
];

/** The first attempt plus one retry per scheduled delay; after that a delivery is kept as failed. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_SECONDS.length + 1;

/** A receiver's `retry-after` is honoured up to the longest scheduled delay, so one answer cannot stall a delivery for days. */
export const WEBHOOK_MAX_RETRY_AFTER_SECONDS = Math.max(...WEBHOOK_RETRY_DELAYS_SECONDS);

export interface RetryDelayOptions {
  /** The receiver's `retry-after`, used when it asks for longer than the schedule. */
  retryAfterSeconds?: number;
  /** Multiplies every delay (1 = real time; 0.001 turns seconds into milliseconds for tests). */
  scale?: number;
}

/**
 * Milliseconds to wait before the next attempt, given how many attempts have failed so far (1 after the
 * first failure). Null once WEBHOOK_MAX_ATTEMPTS attempts have been made: the delivery is then failed.
 */
export function retryDelayMs(
  failedAttempts: number,
  { retryAfterSeconds, scale = 1 }: RetryDelayOptions = {},
): number | null {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a positive integer, got ${failedAttempts}`);
  }
  if (failedAttempts >= WEBHOOK_MAX_ATTEMPTS) return null;
  const scheduled = WEBHOOK_RETRY_DELAYS_SECONDS[failedAttempts - 1];
  const requested =
    retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds)
      ? Math.min(Math.max(retryAfterSeconds, 0), WEBHOOK_MAX_RETRY_AFTER_SECONDS)
      : 0;
  return Math.round(Math.max(scheduled, requested) * 1000 * scale);
}
