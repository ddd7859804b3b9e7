import { describe, expect, it } from 'vitest';
import { listNames } from './verdict-authors';

describe('a list of names', () => {
  it('reads as English', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Ann'])).toBe('Ann');
    expect(listNames(['Ann', 'Bo'])).toBe('Ann and Bo');
    expect(listNames(['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo and Cy');
  });
});
