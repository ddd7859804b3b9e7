import { describe, expect, it } from 'vitest';
import {
  describeRemaining,
  formatRemaining,
  isRunningOut,
  leaseAfterAnswer,
  leaseClock,
  remainingMs,
  shouldExtend,
} from './lease-clock';

const NOW = Date.parse('2026-09-06T12:00:00.000Z');
const minutes = (n: number) => n * 60_000;

describe('leaseClock', () => {
  it('counts down on this machine’s clock when it agrees with the server', () => {
    const clock = leaseClock('2026-09-06T12:30:00.000Z', 'Sun, 06 Sep 2026 12:00:00 GMT', NOW + 400);
    expect(clock.deadline).toBe(Date.parse('2026-09-06T12:30:00.000Z'));
    expect(remainingMs(clock, NOW + minutes(10))).toBe(minutes(20));
  });

  it('corrects for a machine clock that runs five minutes fast', () => {
    const fastNow = NOW + minutes(5);
    const clock = leaseClock('2026-09-06T12:30:00.000Z', 'Sun, 06 Sep 2026 12:00:00 GMT', fastNow);
    expect(remainingMs(clock, fastNow)).toBe(minutes(30));
    expect(clock.durationMs).toBe(minutes(30));
  });

  it('trusts the local clock when the Date header is missing or unreadable', () => {
    for (const header of [null, undefined, 'yesterday']) {
      const clock = leaseClock('2026-09-06T12:30:00.000Z', header, NOW);
      expect(remainingMs(clock, NOW)).toBe(minutes(30));
    }
  });

  it('never reports negative time left', () => {
    const clock = leaseClock('2026-09-06T12:00:05.000Z', null, NOW);
    expect(remainingMs(clock, NOW + minutes(1))).toBe(0);
  });
});

describe('leaseAfterAnswer', () => {
  // A six-second lease taken at 12:00:00.300 by the server's clock, on a machine whose clock agrees with it.
  const held = leaseClock('2026-09-06T12:00:06.300Z', 'Sun, 06 Sep 2026 12:00:00 GMT', NOW + 350);

  it('counts down the lease the answer shows, keeping a longer duration seen at an extension', () => {
    const extended = leaseClock('2026-09-06T12:00:10.000Z', 'Sun, 06 Sep 2026 12:00:04 GMT', NOW + 4000);
    const after = leaseAfterAnswer(extended, '2026-09-06T12:00:10.000Z', 'Sun, 06 Sep 2026 12:00:07 GMT', NOW + 7000);
    expect(after.ranOut).toBe(false);
    expect(after.clock).toMatchObject({ deadline: Date.parse('2026-09-06T12:00:10.000Z'), durationMs: 6000 });
  });

  it('says the lease ran out when a refetch finds it gone after its expiry, before this page’s countdown got there', () => {
    // The page's last tick was at 12:00:06.000 (0.3 s left); the refetch, answered at 12:00:06.4, comes first.
    expect(remainingMs(held, NOW + 6000)).toBeGreaterThan(0);
    const after = leaseAfterAnswer(held, null, 'Sun, 06 Sep 2026 12:00:06 GMT', NOW + 6450);
    expect(after).toEqual({ clock: null, ranOut: true });
  });

  it('goes by the server’s clock when this page’s countdown runs late', () => {
    // A slow answer taken for a clock three seconds fast: the page's countdown ends three seconds after the lease.
    const late = leaseClock('2026-09-06T12:00:06.300Z', 'Sun, 06 Sep 2026 12:00:00 GMT', NOW + 3000);
    expect(remainingMs(late, NOW + 6450)).toBeGreaterThan(2000);
    expect(leaseAfterAnswer(late, null, 'Sun, 06 Sep 2026 12:00:06 GMT', NOW + 6450).ranOut).toBe(true);
  });

  it('does not call a lease that ended well before its time (given back, broken, reassigned) run out', () => {
    const after = leaseAfterAnswer(held, null, 'Sun, 06 Sep 2026 12:00:02 GMT', NOW + 2400);
    expect(after).toEqual({ clock: null, ranOut: false });
  });

  it('has nothing to report when the page counted no lease', () => {
    expect(leaseAfterAnswer(null, null, 'Sun, 06 Sep 2026 12:00:06 GMT', NOW + 6450)).toEqual({
      clock: null,
      ranOut: false,
    });
  });

  it('goes by this page’s countdown when the answer has no Date header', () => {
    expect(leaseAfterAnswer(held, null, null, NOW + 5500).ranOut).toBe(true);
    expect(leaseAfterAnswer(held, null, null, NOW + 2000).ranOut).toBe(false);
  });
});

describe('formatRemaining and describeRemaining', () => {
  it.each([
    [minutes(30), '30:00'],
    [minutes(30) - 1, '30:00'],
    [61_000, '1:01'],
    [999, '0:01'],
    [0, '0:00'],
    [-5000, '0:00'],
    [minutes(125) + 3000, '2:05:03'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text);
  });

  it('describes time left in words', () => {
    expect(describeRemaining(minutes(5))).toBe('about 5 minutes left');
    expect(describeRemaining(minutes(1))).toBe('about 1 minute left');
    expect(describeRemaining(12_000)).toBe('12 seconds left');
    expect(describeRemaining(0)).toBe('expired');
  });
});

describe('shouldExtend', () => {
  const clock = leaseClock('2026-09-06T12:30:00.000Z', null, NOW);

  it('waits while most of the lease is left', () => {
    expect(shouldExtend(clock, NOW + minutes(20), NOW + minutes(20))).toBe(false);
  });

  it('extends in the last five minutes of a 30-minute lease while the person works', () => {
    expect(shouldExtend(clock, NOW + minutes(25) + 1, NOW + minutes(24))).toBe(true);
  });

  it('lets the lease run out when the person has been away for more than ten minutes', () => {
    expect(shouldExtend(clock, NOW + minutes(26), NOW + minutes(15))).toBe(false);
  });

  it('does not try to extend a lease that has already run out', () => {
    expect(shouldExtend(clock, NOW + minutes(31), NOW + minutes(31))).toBe(false);
  });

  it('scales to short leases: the last third of a 9-second lease', () => {
    const short = leaseClock('2026-09-06T12:00:09.000Z', null, NOW);
    expect(shouldExtend(short, NOW + 5000, NOW + 4000)).toBe(false);
    expect(shouldExtend(short, NOW + 6500, NOW + 4000)).toBe(true);
    expect(shouldExtend(short, NOW + 6500, NOW - 5000)).toBe(false);
  });

  it('warns in the last minute', () => {
    expect(isRunningOut(clock, NOW + minutes(28))).toBe(false);
    expect(isRunningOut(clock, NOW + minutes(29) + 1)).toBe(true);
  });
});
