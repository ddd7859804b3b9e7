import { DEFAULT_RATING_SCALE, findRating, parseRatingScale, ratingScaleProblems } from './rating-scale';
import { PublishingError, PublishingErrorCode } from './publishing.error';

function problemsOf(input: unknown): readonly string[] {
  try {
    parseRatingScale(input);
  } catch (error) {
    expect(error).toBeInstanceOf(PublishingError);
    expect((error as PublishingError).code).toBe(PublishingErrorCode.InvalidRatingScale);
    return (error as PublishingError).errors;
  }
  throw new Error('expected the rating scale to be refused');
}

describe('DEFAULT_RATING_SCALE', () => {
  it('runs from False (1) to True (5), each with a description', () => {
    expect(DEFAULT_RATING_SCALE.map((level) => [level.name, level.value])).toEqual([
      ['False', 1],
      ['Mostly False', 2],
      ['Half True', 3],
      ['Mostly True', 4],
      ['True', 5],
    ]);
    for (const level of DEFAULT_RATING_SCALE) expect(level.description.length).toBeGreaterThan(0);
  });

  it('is itself a valid scale and cannot be changed in place', () => {
    expect(parseRatingScale(DEFAULT_RATING_SCALE)).toEqual(DEFAULT_RATING_SCALE);
    expect(Object.isFrozen(DEFAULT_RATING_SCALE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RATING_SCALE[0])).toBe(true);
  });
});

describe('parseRatingScale', () => {
  it('reads JSON text, as configuration passes it, and sorts by value', () => {
    const scale = parseRatingScale(
      JSON.stringify([
        { name: 'Correct', value: 3, description: 'Right.' },
        { name: ' Wrong ', value: 1, description: 'Wrong.' },
        { name: 'Misleading', value: 2 },
      ]),
    );
    expect(scale).toEqual([
      { name: 'Wrong', value: 1, description: 'Wrong.' },
      { name: 'Misleading', value: 2, description: '' },
      { name: 'Correct', value: 3, description: 'Right.' },
    ]);
  });

  it('accepts an already parsed value', () => {
    expect(parseRatingScale([{ name: 'Only', value: 7, description: 'x' }])).toHaveLength(1);
  });

  it('refuses text that is not JSON, and JSON that is not a non-empty array', () => {
    expect(problemsOf('{not json')[0]).toMatch(/not valid JSON/);
    expect(problemsOf('{"name": "True", "value": 1}')[0]).toMatch(/array/);
    expect(problemsOf('[]')[0]).toMatch(/at least one rating/);
    expect(problemsOf(null)[0]).toMatch(/array/);
  });

  it('lists every problem: missing names, duplicates, bad values and descriptions', () => {
    const problems = problemsOf([
      { name: 'True', value: 2 },
      { name: 'true', value: 3 },
      { name: '', value: 4 },
      { name: 'Zero', value: 0 },
      { name: 'Fraction', value: 1.5 },
      { name: 'Text', value: '5' },
      { name: 'Again', value: 2 },
      { name: 'Described', value: 9, description: 42 },
      'False',
    ]);
    expect(problems).toEqual([
      'rating 2: the name "true" is used twice',
      'rating 3 needs a non-empty name',
      'rating 4 ("Zero"): value must be an integer of at least 1',
      'rating 5 ("Fraction"): value must be an integer of at least 1',
      'rating 6 ("Text"): value must be an integer of at least 1',
      'rating 7: the value 2 is used twice',
      'rating 8: description must be a string',
      'rating 9 must be an object with name and value',
    ]);
  });

  it('puts the problems in the error message too', () => {
    expect(() => parseRatingScale('[{"name": "A", "value": 0}]')).toThrow(/invalid rating scale: .*at least 1/);
  });
});

describe('ratingScaleProblems (the start-up check of RATING_SCALE)', () => {
  it('accepts no scale (the built-in one) and a valid one', () => {
    expect(ratingScaleProblems({})).toEqual([]);
    expect(
      ratingScaleProblems({ RATING_SCALE: '[{"name": "Wrong", "value": 1}, {"name": "Right", "value": 2}]' }),
    ).toEqual([]);
  });

  it('names the variable and every reason', () => {
    expect(ratingScaleProblems({ RATING_SCALE: '[{"name": "Only", "value": 0}]' })).toEqual([
      'RATING_SCALE is not a valid rating scale: invalid rating scale: rating 1 ("Only"): value must be an integer of at least 1',
    ]);
    expect(ratingScaleProblems({ RATING_SCALE: 'not json' })).toEqual([
      expect.stringMatching(
        /^RATING_SCALE is not a valid rating scale: invalid rating scale: rating scale is not valid JSON/,
      ),
    ]);
  });
});

describe('findRating', () => {
  it('finds a rating ignoring case and surrounding spaces', () => {
    expect(findRating(DEFAULT_RATING_SCALE, 'mostly false')).toMatchObject({ name: 'Mostly False', value: 2 });
    expect(findRating(DEFAULT_RATING_SCALE, '  TRUE ')).toMatchObject({ name: 'True', value: 5 });
  });

  it('finds nothing for a name off the scale', () => {
    expect(findRating(DEFAULT_RATING_SCALE, 'Pants on Fire')).toBeUndefined();
    expect(findRating(DEFAULT_RATING_SCALE, '')).toBeUndefined();
  });
});
