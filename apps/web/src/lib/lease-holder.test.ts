import { describe, expect, it } from 'vitest';
import { describeHolder, readAssignee } from './lease-holder';

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

describe('the person to give a claim to', () => {
  it('is a uuid, trimmed and in lower case', () => {
    expect(readAssignee(' 3F9A1C2B-0000-4000-8000-000000000001 ')).toEqual({
      userId: '3f9a1c2b-0000-4000-8000-000000000001',
    });
  });

  it('says what is wrong with anything else', () => {
    const errorOf = (value: string) => {
      const read = readAssignee(value);
      return 'error' in read ? read.error : null;
    };
    expect(errorOf('  ')).toMatch(/Enter the id/);
    expect(errorOf('Ann')).toMatch(/36 letters/);
  });
});
