import { describe, expect, it } from 'vitest';
import { draftBody, draftProblems, fieldsFromVerdict, sameFields, submitProblems } from './verdict-form';

describe('the verdict form', () => {
  it('starts empty with one source row when there is no draft', () => {
    expect(fieldsFromVerdict(null)).toEqual({
      rating: '',
      summary: '',
      explanation: '',
      sources: [{ url: '', title: '' }],
    });
  });

  it('loads a saved draft', () => {
    const fields = fieldsFromVerdict({
      rating: 'False',
      summary: 'No.',
      explanation: null,
      sources: [{ url: 'https://stats.example/a' }, { url: 'https://stats.example/b', title: 'B' }],
    });
    expect(fields.sources).toEqual([
      { url: 'https://stats.example/a', title: '' },
      { url: 'https://stats.example/b', title: 'B' },
    ]);
    expect(fields.explanation).toBe('');
  });

  it('saves only filled-in sources, trimmed, with titles when given, and no rating until one is chosen', () => {
    expect(
      draftBody({
        rating: '',
        summary: 'S',
        explanation: '',
        sources: [
          { url: ' https://a.example/x ', title: '' },
          { url: '', title: '' },
          { url: 'https://b.example', title: ' Bureau ' },
        ],
      }),
    ).toEqual({
      summary: 'S',
      explanation: '',
      sources: [{ url: 'https://a.example/x' }, { url: 'https://b.example', title: 'Bureau' }],
    });
  });

  it('names what stops a submit, as the API would', () => {
    const empty = fieldsFromVerdict(null);
    expect(submitProblems(empty).map((problem) => problem.field)).toEqual(['rating', 'summary', 'sources']);
    const complete = { ...empty, rating: 'False', summary: 'No.', sources: [{ url: 'https://a.example', title: '' }] };
    expect(submitProblems(complete)).toEqual([]);
  });

  it('refuses sources that are not http(s) addresses, even in a draft', () => {
    const fields = {
      ...fieldsFromVerdict(null),
      sources: [
        { url: 'javascript:alert(1)', title: 'x' },
        { url: 'ftp://a', title: '' },
      ],
    };
    expect(draftProblems(fields).map((problem) => problem.field)).toEqual(['sources.0', 'sources.1']);
  });

  it('compares what would be saved, not blank rows', () => {
    const a = fieldsFromVerdict(null);
    const b = { ...a, sources: [...a.sources, { url: '', title: '' }] };
    expect(sameFields(a, b)).toBe(true);
    expect(sameFields(a, { ...a, summary: 'changed' })).toBe(false);
  });
});
