import { describe, expect, it } from 'vitest';
import { formatDuration, formatScore, pluralize, waitingSince } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [-10_000, '0 s'],
    [59_999, '59 s'],
    [60_000, '1 min'],
    [59 * 60_000, '59 min'],
    [60 * 60_000, '1 h'],
    [185 * 60_000, '3 h 5 min'],
    [24 * 3_600_000, '1 d'],
    [52 * 3_600_000, '2 d 4 h'],
  ])('%d ms reads %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('waitingSince', () => {
  it('measures from an ISO date, and gives nothing for a missing one', () => {
    expect(waitingSince('2026-09-06T12:00:00Z', Date.parse('2026-09-06T14:30:00Z'))).toBe('2 h 30 min');
    expect(waitingSince('not a date', Date.now())).toBe('');
  });
});

describe('formatScore and pluralize', () => {
  it('shows two decimals or a dash', () => {
    expect(formatScore(0.7134)).toBe('0.71');
    expect(formatScore(2.5)).toBe('2.50');
    expect(formatScore(null)).toBe('–');
  });

  it('pluralizes', () => {
    expect(pluralize(1, 'claim')).toBe('1 claim');
    expect(pluralize(3, 'claim')).toBe('3 claims');
    expect(pluralize(0, 'match', 'matches')).toBe('0 matches');
  });
});
