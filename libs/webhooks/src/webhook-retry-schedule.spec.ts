import {
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_MAX_RETRY_AFTER_SECONDS,
  WEBHOOK_RETRY_DELAYS_SECONDS,
  retryDelayMs,
} from './webhook-retry-schedule';

describe('retryDelayMs', () => {
  it('starts at 5 seconds and grows with every failed attempt', () => {
    const delays = Array.from({ length: WEBHOOK_MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1) as number);
    expect(delays[0]).toBe(5_000);
    expect(delays[1]).toBe(30_000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1]);
    expect(delays).toEqual(WEBHOOK_RETRY_DELAYS_SECONDS.map((s) => s * 1000));
  });

  it('stops once the maximum number of attempts has been made', () => {
    expect(retryDelayMs(WEBHOOK_MAX_ATTEMPTS - 1)).not.toBeNull();
    expect(retryDelayMs(WEBHOOK_MAX_ATTEMPTS)).toBeNull();
    expect(retryDelayMs(WEBHOOK_MAX_ATTEMPTS + 5)).toBeNull();
  });

  it('honours a longer retry-after, but never beyond the cap', () => {
    expect(retryDelayMs(1, { retryAfterSeconds: 120 })).toBe(120_000);
    expect(retryDelayMs(3, { retryAfterSeconds: 1 })).toBe(120_000);
    expect(retryDelayMs(1, { retryAfterSeconds: 7 * 24 * 3600 })).toBe(WEBHOOK_MAX_RETRY_AFTER_SECONDS * 1000);
  });

  it('scales the whole schedule so tests can run it in milliseconds', () => {
    expect(retryDelayMs(1, { scale: 0.001 })).toBe(5);
    expect(retryDelayMs(2, { scale: 0.001 })).toBe(30);
    expect(retryDelayMs(1, { scale: 0.001, retryAfterSeconds: 60 })).toBe(60);
  });

  it('refuses attempt numbers below 1', () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });
});
