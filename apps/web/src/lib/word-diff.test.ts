import { describe, expect, it } from 'vitest';
import { diffSources, diffWords, hasChanges } from './word-diff';

/** The two texts a diff describes: what reads before (same + removed) and after (same + added). */
const sides = (parts: ReturnType<typeof diffWords>) => ({
  before: parts
    .filter((part) => part.kind !== 'added')
    .map((part) => part.text)
    .join(''),
  after: parts
    .filter((part) => part.kind !== 'removed')
    .map((part) => part.text)
    .join(''),
});

describe('diffWords', () => {
  it('marks a replaced word as removed then added, keeping the rest', () => {
    expect(diffWords('The rate was higher.', 'The rate was lower.')).toEqual([
      { kind: 'same', text: 'The rate was ' },
      { kind: 'removed', text: 'higher' },
      { kind: 'added', text: 'lower' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('compares words apart from their punctuation, and reads a changed phrase as one change', () => {
    expect(diffWords('The rate was higher.', 'The rate was higher than claimed.')).toEqual([
      { kind: 'same', text: 'The rate was higher' },
      { kind: 'added', text: ' than claimed' },
      { kind: 'same', text: '.' },
    ]);
    expect(diffWords('It was higher than that.', 'It was lower by far.')).toEqual([
      { kind: 'same', text: 'It was ' },
      { kind: 'removed', text: 'higher than that' },
      { kind: 'added', text: 'lower by far' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('finds words inserted and removed in the middle', () => {
    expect(diffWords('Crime fell last year.', 'Crime fell 20 percent last year.')).toEqual([
      { kind: 'same', text: 'Crime fell ' },
      { kind: 'added', text: '20 percent ' },
      { kind: 'same', text: 'last year.' },
    ]);
    expect(diffWords('Labour statistics for 2025 show otherwise.', 'Labour statistics show otherwise.')).toEqual([
      { kind: 'same', text: 'Labour statistics ' },
      { kind: 'removed', text: 'for 2025 ' },
      { kind: 'same', text: 'show otherwise.' },
    ]);
  });

  it('says nothing changed for the same text, and everything for a text from nothing', () => {
    const same = diffWords('Unchanged words.', 'Unchanged words.');
    expect(same).toEqual([{ kind: 'same', text: 'Unchanged words.' }]);
    expect(hasChanges(same)).toBe(false);
    expect(diffWords('', 'New.')).toEqual([{ kind: 'added', text: 'New.' }]);
    expect(diffWords('Old.', '')).toEqual([{ kind: 'removed', text: 'Old.' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('keeps line breaks and spacing, so both texts read back exactly', () => {
    const before = '  First paragraph.\n\nSecond one, as it was.';
    const after = '  First paragraph, longer.\n\nSecond one, as it is now.';
    const parts = diffWords(before, after);
    expect(sides(parts)).toEqual({ before, after });
    expect(hasChanges(parts)).toBe(true);
  });

  it('reads back both texts for changes scattered through a long explanation', () => {
    const words = Array.from({ length: 400 }, (_, index) => `word${index % 37}`);
    const before = words.join(' ');
    const after = words
      .map((word, index) => (index % 50 === 0 ? `${word} inserted` : index % 71 === 0 ? 'replaced' : word))
      .join(' ');
    const parts = diffWords(before, after);
    expect(sides(parts)).toEqual({ before, after });
    // Mostly the same words: far fewer changed parts than words.
    expect(parts.filter((part) => part.kind !== 'same').length).toBeLessThan(40);
  });

  it('shows a rewrite too large to compare word by word as removed then added, still reading back both', () => {
    const before = Array.from({ length: 1500 }, (_, index) => `a${index}`).join(' ');
    const after = Array.from({ length: 1500 }, (_, index) => `b${index}`).join(' ');
    const parts = diffWords(`Intro. ${before} End.`, `Intro. ${after} End.`);
    expect(parts.map((part) => part.kind)).toEqual(['same', 'removed', 'added', 'same']);
    expect(sides(parts)).toEqual({ before: `Intro. ${before} End.`, after: `Intro. ${after} End.` });
  });
});

describe('diffSources', () => {
  it('tells kept, added, retitled and removed sources apart by their address', () => {
    expect(
      diffSources(
        [
          { url: 'https://a.example', title: 'A' },
          { url: 'https://b.example', title: 'B' },
          { url: 'https://c.example' },
        ],
        [
          { url: 'https://a.example', title: 'A' },
          { url: 'https://c.example', title: 'C, titled' },
          { url: 'https://d.example' },
        ],
      ),
    ).toEqual([
      { kind: 'same', url: 'https://a.example', title: 'A' },
      { kind: 'retitled', url: 'https://c.example', title: 'C, titled', before: '' },
      { kind: 'added', url: 'https://d.example', title: '' },
      { kind: 'removed', url: 'https://b.example', title: 'B' },
    ]);
  });
});
