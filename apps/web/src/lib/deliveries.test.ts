import { describe, expect, it } from 'vitest';
import { formatPayload, retryOffer } from './deliveries';

describe('the delivery log', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');

  it('offers to send a finished delivery again, and to try a waiting one now', () => {
    expect(retryOffer({ status: 'failed', attempts: 10, nextAttemptAt: null }, now)).toBe('again');
    expect(retryOffer({ status: 'succeeded', attempts: 1, nextAttemptAt: null }, now)).toBe('again');
    expect(retryOffer({ status: 'pending', attempts: 2, nextAttemptAt: '2026-12-03T12:05:00Z' }, now)).toBe('now');
  });

  it('offers nothing while an attempt is under way or due', () => {
    expect(retryOffer({ status: 'pending', attempts: 0, nextAttemptAt: '2026-12-03T12:00:00Z' }, now)).toBeNull();
    expect(retryOffer({ status: 'pending', attempts: 0, nextAttemptAt: null }, now)).toBeNull();
    expect(retryOffer({ status: 'pending', attempts: 3, nextAttemptAt: '2026-12-03T11:59:59Z' }, now)).toBeNull();
  });

  it('indents a JSON message and leaves anything else as it is', () => {
    expect(formatPayload('{"type":"claim.ready","data":{"id":1}}')).toBe(
      '{\n  "type": "claim.ready",\n  "data": {\n    "id": 1\n  }\n}',
    );
    expect(formatPayload('not json <b>')).toBe('not json <b>');
  });
});
