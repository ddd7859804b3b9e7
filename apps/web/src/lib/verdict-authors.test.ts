import { describe, expect, it } from 'vitest';
import { inheritedFrom, listNames } from './verdict-authors';

const ann = { id: 'a', name: 'Ann' };
const bo = { id: 'b', name: 'Bo' };
const cy = { id: 'c', name: 'Cy' };

describe('an inherited draft', () => {
  it('is one the lease holder did not start, inherited from everyone else who wrote it, first to write first', () => {
    expect(inheritedFrom({ status: 'draft', authors: [ann] }, 'b')).toEqual(['Ann']);
    expect(inheritedFrom({ status: 'draft', authors: [ann, bo, cy] }, 'b')).toEqual(['Ann', 'Cy']);
    expect(inheritedFrom({ status: 'draft', authors: [ann, bo] }, 'c')).toEqual(['Ann', 'Bo']);
  });

  it('is not one the holder started, even when others changed it since', () => {
    expect(inheritedFrom({ status: 'draft', authors: [ann, bo] }, 'a')).toEqual([]);
  });

  it('needs a draft that someone wrote and a holder', () => {
    expect(inheritedFrom({ status: 'draft', authors: [] }, 'a')).toEqual([]);
    expect(inheritedFrom({ status: 'submitted', authors: [ann] }, 'b')).toEqual([]);
    expect(inheritedFrom({ status: 'draft', authors: [ann] }, null)).toEqual([]);
    expect(inheritedFrom(null, 'b')).toEqual([]);
  });
});

describe('a list of names', () => {
  it('reads as English', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Ann'])).toBe('Ann');
    expect(listNames(['Ann', 'Bo'])).toBe('Ann and Bo');
    expect(listNames(['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo and Cy');
  });
});
