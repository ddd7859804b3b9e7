import { describe, expect, it } from 'vitest';
import { chosenSpan, MAX_CLAIM_LENGTH, mergeCandidates, splitPoints } from './claim-spans';

describe('a span chosen for a claim', () => {
  const body = 'The council said so.\n\nCrime fell 20 percent last year. The end.';

  it('leaves out the white space a selection takes along, whichever way it was made', () => {
    const start = body.indexOf('Crime') - 2;
    const end = body.indexOf('year.') + 'year. '.length;
    const expected = { start: start + 2, end: end - 1, text: 'Crime fell 20 percent last year.', tooLong: false };
    expect(chosenSpan(body, start, end)).toEqual(expected);
    expect(chosenSpan(body, end, start)).toEqual(expected);
  });

  it('is nothing for white space only, and too long past what a claim may be', () => {
    expect(chosenSpan(body, body.indexOf('\n'), body.indexOf('\n') + 2)).toBeNull();
    expect(chosenSpan(body, 5, 5)).toBeNull();
    const long = 'x'.repeat(MAX_CLAIM_LENGTH + 1);
    expect(chosenSpan(long, 0, long.length)?.tooLong).toBe(true);
    expect(chosenSpan(long, 0, MAX_CLAIM_LENGTH)?.tooLong).toBe(false);
  });
});

describe('splitting a claim', () => {
  it('offers every place between two words, at the article’s offset where the second part starts', () => {
    expect(splitPoints('Crime fell  sharply', 100)).toEqual([
      { at: 106, before: 'Crime', after: 'fell  sharply' },
      { at: 112, before: 'Crime fell', after: 'sharply' },
    ]);
  });

  it('offers nothing in one word', () => {
    expect(splitPoints('Crime', 0)).toEqual([]);
  });
});

describe('claims to merge with', () => {
  it('are the live claims of the article but this one, the same quote’s first, then in the order of the text', () => {
    const claim = { id: 'c', quoteId: 'q1', text: 'c', start: 50, stage: 'research' };
    const claims = [
      { id: 'a', quoteId: 'q0', text: 'a', start: 10, stage: 'research' },
      { id: 'b', quoteId: 'q0', text: 'b', start: 20, stage: 'dismissed' },
      claim,
      { id: 'd', quoteId: 'q1', text: 'd', start: 70, stage: 'triage' },
      { id: 'e', quoteId: 'q2', text: 'e', start: 90, stage: 'published' },
      { id: 'f', quoteId: 'q2', text: 'f', start: 95, stage: 'review' },
    ];
    expect(mergeCandidates(claims, claim).map((other) => other.id)).toEqual(['d', 'a', 'f']);
  });
});
