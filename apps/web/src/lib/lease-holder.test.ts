import { describe, expect, it } from 'vitest';
import { describeHolder } from './lease-holder';

const at = (iso: string) => iso.slice(11, 16);
const lease = { holderId: 'a', holderName: 'Ann Holder', expiresAt: '2026-12-03T15:04:00.000Z' };

describe('who holds a claim', () => {
  it('names the holder and the time their lease ends', () => {
    expect(describeHolder(lease, 'e', at)).toBe('Held by Ann Holder until 15:04');
  });

  it('says you when the reader holds it, someone when the name is unknown, and nothing without a lease', () => {
    expect(describeHolder(lease, 'a', at)).toBe('Held by you until 15:04');
    expect(describeHolder({ ...lease, holderName: null }, 'e', at)).toBe('Held by someone until 15:04');
    expect(describeHolder(null, 'e', at)).toBeNull();
  });
});
