import { describe, expect, it } from 'vitest';
import type { Person } from '../api/types';
import {
  assignablePeople,
  describePerson,
  describeReservation,
  reservedForSomeoneElse,
  roleForStage,
} from './reservation';

const at = (iso: string) => iso.slice(11, 16);
const kept = { userId: 'a', name: 'Ann Author', until: '2026-12-04T15:04:00.000Z' };
const person = (id: string, name: string, liveLeases: number, role: Person['role'] = 'factchecker'): Person => ({
  id,
  name,
  role,
  liveLeases,
});

describe('a claim sent back to its author', () => {
  it('tells its author it is kept for them, and everyone else for whom, until when', () => {
    expect(describeReservation(kept, 'a', at)).toBe('Sent back to you: kept for you until 15:04');
    expect(describeReservation(kept, 'b', at)).toBe('Kept for Ann Author until 15:04');
    expect(describeReservation(null, 'a', at)).toBeNull();
  });

  it('is not for another fact-checker to take, while its author and editors may', () => {
    expect(reservedForSomeoneElse(kept, { id: 'b', editor: false })).toBe(true);
    expect(reservedForSomeoneElse(kept, { id: 'a', editor: false })).toBe(false);
    expect(reservedForSomeoneElse(kept, { id: 'e', editor: true })).toBe(false);
    expect(reservedForSomeoneElse(null, { id: 'b', editor: false })).toBe(false);
  });
});

describe('whom an editor may give a claim to', () => {
  const people = [person('c', 'Cy', 2), person('a', 'Ann', 0), person('b', 'Bo', 0), person('e', 'Edna', 1, 'editor')];

  it('leaves out its holder and the verdict’s authors, fewest claims held first, then by name', () => {
    expect(assignablePeople(people, { holderId: 'b' }).map((p) => p.id)).toEqual(['a', 'e', 'c']);
    expect(assignablePeople(people, { authorIds: ['a', 'c'] }).map((p) => p.id)).toEqual(['b', 'e']);
    expect(assignablePeople(people, {}).map((p) => p.id)).toEqual(['a', 'b', 'e', 'c']);
  });

  it('says who each is and how much they hold', () => {
    expect(describePerson(person('a', 'Ann', 0))).toBe('Ann (fact-checker, holds no claim)');
    expect(describePerson(person('c', 'Cy', 2, 'editor'))).toBe('Cy (editor, holds 2 claims)');
    expect(describePerson(person('d', 'Di', 1))).toBe('Di (fact-checker, holds 1 claim)');
  });

  it('asks a fact-checker for research and an editor for review', () => {
    expect(roleForStage('research')).toBe('factchecker');
    expect(roleForStage('review')).toBe('editor');
  });
});
