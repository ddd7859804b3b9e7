import { quoteContext } from './quote-context';

describe('quoteContext', () => {
  it('shows the whole article around the quote when it is short', () => {
    expect(quoteContext('“Rents rose,”', 'He spoke. “Rents rose,” she said.', { atStart: true, atEnd: true })).toEqual({
      before: 'He spoke. ',
      quote: '“Rents rose,”',
      after: ' she said.',
    });
  });

  it('cuts a long article at words on both sides, with an ellipsis where it goes on', () => {
    const words = (tag: string) => Array.from({ length: 100 }, (_, index) => `${tag}${index}`).join(' ');
    const context = quoteContext('QUOTE', `${words('a')} QUOTE ${words('b')}`, { atStart: true, atEnd: true });
    expect(context.before.startsWith('…a')).toBe(true);
    expect(context.before.endsWith('a99 ')).toBe(true);
    expect(context.after.startsWith(' b0 ')).toBe(true);
    expect(context.after.endsWith('…')).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(281);
    expect(context.after).toMatch(/ b\d+…$/);
  });

  it('marks a window that does not reach the article’s start or end as cut', () => {
    expect(quoteContext('Q', 'word Q word', { atStart: false, atEnd: false })).toEqual({
      before: '…',
      quote: 'Q',
      after: '…',
    });
  });

  it('shows the quote alone when the window does not hold it', () => {
    expect(quoteContext('missing', 'other text', { atStart: true, atEnd: true })).toEqual({
      before: '',
      quote: 'missing',
      after: '',
    });
  });
});
