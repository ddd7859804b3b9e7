import { describe, expect, it } from 'vitest';
import { avoidSurrogateSplit, claimExcerpt, excerptAround, segmentText } from './highlight';

const kinds = (segments: ReturnType<typeof segmentText>) =>
  segments.map((segment) => [segment.text, segment.marks.map((mark) => mark.kind).join('+')]);

describe('segmentText', () => {
  it('returns the whole text as one run when nothing is marked', () => {
    expect(kinds(segmentText('No quotes here.', []))).toEqual([['No quotes here.', '']]);
  });

  it('marks a claim inside its quote and the mention and cue after it', () => {
    const text = '“Crime fell 20 percent last year,” the mayor said.';
    const segments = segmentText(text, [
      { start: 0, end: 34, kind: 'quote' },
      { start: 1, end: 32, kind: 'claim' },
      { start: 35, end: 44, kind: 'mention' },
      { start: 45, end: 49, kind: 'cue' },
    ]);
    expect(kinds(segments)).toEqual([
      ['“', 'quote'],
      ['Crime fell 20 percent last year', 'quote+claim'],
      [',”', 'quote'],
      [' ', ''],
      ['the mayor', 'mention'],
      [' ', ''],
      ['said', 'cue'],
      ['.', ''],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('indexes by UTF-16 code units, so text after an emoji or an accented letter is marked exactly', () => {
    const text = 'Café 🎉 “We won,” she said.';
    const start = text.indexOf('We won');
    const segments = segmentText(text, [{ start, end: start + 'We won'.length, kind: 'claim' }]);
    expect(segments.find((segment) => segment.marks.length)?.text).toBe('We won');
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('handles overlapping marks that are not nested', () => {
    const segments = segmentText('abcdef', [
      { start: 1, end: 4, kind: 'a' },
      { start: 3, end: 5, kind: 'b' },
    ]);
    expect(kinds(segments)).toEqual([
      ['a', ''],
      ['bc', 'a'],
      ['d', 'a+b'],
      ['e', 'b'],
      ['f', ''],
    ]);
  });

  it('lists the longer of two marks starting together first, so the outer element wraps the inner one', () => {
    const [segment] = segmentText('abc', [
      { start: 0, end: 2, kind: 'claim' },
      { start: 0, end: 3, kind: 'quote' },
    ]);
    expect(segment.marks.map((mark) => mark.kind)).toEqual(['quote', 'claim']);
  });

  it('clips marks past the end of the text and drops empty, inverted and fractional ones', () => {
    const segments = segmentText('short', [
      { start: 3, end: 99, kind: 'tail' },
      { start: 2, end: 2, kind: 'empty' },
      { start: 4, end: 1, kind: 'inverted' },
      { start: 0.5, end: 2, kind: 'fraction' },
      { start: -5, end: 1, kind: 'head' },
    ]);
    expect(kinds(segments)).toEqual([
      ['s', 'head'],
      ['ho', ''],
      ['rt', 'tail'],
    ]);
  });

  it('keeps markup-looking article text as text (rendering escapes it)', () => {
    const text = '<script>alert(1)</script> “Taxes rose,” he said.';
    const segments = segmentText(text, [{ start: 26, end: 39, kind: 'quote' }]);
    expect(segments[0].text).toBe('<script>alert(1)</script> ');
  });
});

describe('excerptAround', () => {
  const long = `${'Before the claim there is a lot of context. '.repeat(5)}THE CLAIM ITSELF${' and after it more words follow.'.repeat(5)}`;

  it('returns short text unchanged', () => {
    expect(excerptAround('short', 0, 5, 100)).toEqual({
      text: 'short',
      offset: 0,
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('keeps the focus in view, cuts at spaces and reports where it starts', () => {
    const start = long.indexOf('THE CLAIM');
    const excerpt = excerptAround(long, start, start + 'THE CLAIM ITSELF'.length, 80);
    expect(excerpt.text).toContain('THE CLAIM ITSELF');
    expect(excerpt.text.length).toBeLessThanOrEqual(80);
    expect(long.slice(excerpt.offset, excerpt.offset + excerpt.text.length)).toBe(excerpt.text);
    expect(excerpt.clippedStart && excerpt.clippedEnd).toBe(true);
    expect(excerpt.text.startsWith(' ')).toBe(false);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = '🎉'.repeat(60);
    const excerpt = excerptAround(text, 50, 52, 21);
    expect(excerpt.offset % 2).toBe(0);
    expect(excerpt.text.length % 2).toBe(0);
    expect(avoidSurrogateSplit('a🎉', 2)).toBe(1);
    expect(avoidSurrogateSplit('a🎉', 1)).toBe(1);
  });
});

describe('claimExcerpt', () => {
  /** A snippet as the API cuts it: the article's text from `from` to `to`. */
  const snippetOf = (article: string, from: number, to: number) => ({ text: article.slice(from, to), start: from });
  const claimAt = (article: string, words: string) => {
    const start = article.indexOf(words);
    return { start, end: start + words.length };
  };
  const markedText = (article: string, words: string, from: number, to: number, maxLength = 240) => {
    const { excerpt, marks } = claimExcerpt(snippetOf(article, from, to), claimAt(article, words), maxLength);
    return segmentText(excerpt.text, marks)
      .filter((segment) => segment.marks.length)
      .map((segment) => segment.text)
      .join('');
  };

  it('marks the claim after an attribution that interrupts the quote on its own words', () => {
    const article =
      'At the rally: “We cut the deficit in half,” she said, “and we created two million jobs.” Then she left.';
    const from = article.indexOf('“We');
    const to = article.indexOf(' Then');
    expect(markedText(article, 'we created two million jobs', from, to)).toBe('we created two million jobs');
    expect(markedText(article, 'We cut the deficit in half', from, to)).toBe('We cut the deficit in half');
  });

  it('marks the right words when the attribution is long and the quote goes on across sentences', () => {
    const article =
      '“The bridge will open in May,” the minister told reporters in the capital on Tuesday afternoon. ' +
      '“It will cost less than planned and carry 40,000 cars a day.”';
    expect(markedText(article, 'It will cost less than planned and carry 40,000 cars a day', 0, article.length)).toBe(
      'It will cost less than planned and carry 40,000 cars a day',
    );
  });

  it('marks a claim that reaches beyond its partial quote, and one after emoji', () => {
    const partial = 'The senator said taxes had risen “by 40 percent” since 2020 under the governor.';
    const claim = 'taxes had risen “by 40 percent” since 2020 under the governor';
    expect(markedText(partial, claim, partial.indexOf('taxes'), partial.length - 1)).toBe(claim);
    const emoji = '🎉🎉 “Rents fell 𝐀 lot,” he said 😀, “and prices rose 3 percent.”';
    expect(markedText(emoji, 'prices rose 3 percent', 3, emoji.length)).toBe('prices rose 3 percent');
  });

  it('keeps a claim far into a long quote in view of a short excerpt', () => {
    const article = `“${'Many words come before the point here. '.repeat(12)}Crime fell 20 percent,” she said.`;
    const { excerpt, marks } = claimExcerpt(
      snippetOf(article, 0, article.length),
      claimAt(article, 'Crime fell 20 percent'),
      80,
    );
    expect(excerpt.clippedStart).toBe(true);
    expect(excerpt.text.slice(marks[0].start, marks[0].end)).toBe('Crime fell 20 percent');
  });
});
