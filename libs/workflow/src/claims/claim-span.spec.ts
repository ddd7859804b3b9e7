import { WorkflowError } from '../common/workflow-error';
import { claimSpan, checkOffset, MAX_CLAIM_LENGTH, trimmedSpan } from './claim-span';

const fieldsOf = (work: () => unknown): string[] => {
  try {
    work();
  } catch (error) {
    if (error instanceof WorkflowError) {
      return (error.details.errors as { field: string }[]).map((entry) => entry.field);
    }
    throw error;
  }
  throw new Error('no problem was raised');
};

describe('claim spans', () => {
  const body = 'The council said so. Crime fell 20 percent last year. 🙂 The end.';

  it('takes the words between the offsets, without the white space a selection brings along', () => {
    const start = body.indexOf('Crime') - 1;
    const end = body.indexOf('year.') + 'year. '.length;
    expect(claimSpan(body, start, end)).toEqual({
      start: start + 1,
      end: end - 1,
      text: 'Crime fell 20 percent last year.',
    });
  });

  it('names the field that is outside the text', () => {
    expect(fieldsOf(() => claimSpan(body, body.length + 1, body.length + 2))).toEqual(['start']);
    expect(fieldsOf(() => claimSpan(body, 0, body.length + 1))).toEqual(['end']);
    expect(fieldsOf(() => claimSpan(body, -1, 4))).toEqual(['start']);
    expect(fieldsOf(() => claimSpan(body, 0.5, 4))).toEqual(['start']);
  });

  it('refuses an empty span, one of white space only, and one longer than a claim', () => {
    expect(fieldsOf(() => claimSpan(body, 5, 5))).toEqual(['end']);
    expect(fieldsOf(() => claimSpan(body, 9, 5))).toEqual(['end']);
    expect(fieldsOf(() => claimSpan('a     b', 1, 6))).toEqual(['end']);
    const long = 'word '.repeat(MAX_CLAIM_LENGTH);
    expect(fieldsOf(() => claimSpan(long, 0, MAX_CLAIM_LENGTH + 1))).toEqual(['end']);
    expect(claimSpan(long, 0, MAX_CLAIM_LENGTH).end).toBeLessThanOrEqual(MAX_CLAIM_LENGTH);
  });

  it('refuses an offset between the two halves of a character', () => {
    const emoji = body.indexOf('🙂');
    expect(fieldsOf(() => checkOffset(body, emoji + 1, 'at'))).toEqual(['at']);
    expect(() => checkOffset(body, emoji, 'at')).not.toThrow();
    expect(() => checkOffset(body, emoji + 2, 'at')).not.toThrow();
  });

  it('finds nothing in white space', () => {
    expect(trimmedSpan(' \n\t ', 0, 4)).toBeNull();
  });
});
