import { AGING_PER_HOUR, basePriority, effectivePriority, prominence, queueRank, recency } from './claim-priority';

describe('claim priority', () => {
  it('weighs check-worthiness most, then the speaker and the freshness of the news', () => {
    const strong = basePriority({ checkworthiness: 0.9, speakerArticles: 1, newsAgeHours: 1 });
    const weak = basePriority({ checkworthiness: 0.3, speakerArticles: 1, newsAgeHours: 1 });
    const prominent = basePriority({ checkworthiness: 0.3, speakerArticles: 40, newsAgeHours: 1 });
    const stale = basePriority({ checkworthiness: 0.3, speakerArticles: 1, newsAgeHours: 24 * 14 });
    expect(strong).toBeGreaterThan(prominent);
    expect(prominent).toBeGreaterThan(weak);
    expect(weak).toBeGreaterThan(stale);
    expect(basePriority({ checkworthiness: 1, speakerArticles: 1000, newsAgeHours: 0 })).toBeCloseTo(1);
  });

  it('scales prominence and recency into 0..1', () => {
    expect(prominence(0)).toBe(0);
    expect(prominence(50)).toBe(1);
    expect(prominence(5)).toBeGreaterThan(prominence(1));
    expect(recency(0)).toBe(1);
    expect(recency(72)).toBeCloseTo(0.5);
  });

  it('orders by effective priority, waiting time included, through a key fixed at entry', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    const oldModest = queueRank(0.5, hoursAgo(48));
    const newStrong = queueRank(0.8, hoursAgo(1));
    expect(effectivePriority(oldModest, now)).toBeCloseTo(0.5 + 48 * AGING_PER_HOUR);
    expect(effectivePriority(newStrong, now)).toBeCloseTo(0.8 + AGING_PER_HOUR);
    // 0.98 against 0.81: two days of waiting outrank a stronger newcomer, and the keys agree with that.
    expect(oldModest).toBeGreaterThan(newStrong);
    expect(queueRank(0.1, hoursAgo(0), true)).toBeGreaterThan(queueRank(0.9, hoursAgo(24)));
  });
});
