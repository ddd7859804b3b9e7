import { factCheckSlugs, isFactCheckSlug, slugWords } from './fact-check-slug';

const CLAIM_ID = '3f9a1c2b-0d4e-4f00-8a11-22b33c44d55e';

describe('fact-check slugs', () => {
  it('reads like the claim: lower case, accents dropped, anything else one hyphen', () => {
    expect(slugWords('Crime fell 20% in São Paulo last year!')).toBe('crime-fell-20-in-sao-paulo-last-year');
    expect(slugWords('  “Wages” — rose… ')).toBe('wages-rose');
  });

  it('cuts a long claim at a word, within 60 characters', () => {
    const words = slugWords(
      'The unemployment rate in the seventh district fell to its lowest level since records began in 1990',
    );
    expect(words.length).toBeLessThanOrEqual(60);
    expect(words).toBe('the-unemployment-rate-in-the-seventh-district-fell-to-its');
    expect(slugWords('x'.repeat(100))).toBe('x'.repeat(60));
  });

  it('says fact-check when no letter or digit is left', () => {
    expect(slugWords('中国制造的骗局')).toBe('fact-check');
    expect(slugWords('</script>')).toBe('script');
    expect(slugWords('?!')).toBe('fact-check');
  });

  it('ends with the claim id, short first and whole should the short one be taken', () => {
    expect(factCheckSlugs('Crime fell', CLAIM_ID)).toEqual({
      short: 'crime-fell-3f9a1c2b',
      long: 'crime-fell-3f9a1c2b0d4e4f008a1122b33c44d55e',
    });
  });

  it('tells a possible slug from anything else', () => {
    expect(isFactCheckSlug('crime-fell-3f9a1c2b')).toBe(true);
    for (const text of ['', 'Crime-fell', 'a--b', '-a', 'a/b', '../etc', 'a\u0000', 'x'.repeat(201), "'; DROP"]) {
      expect({ text, ok: isFactCheckSlug(text) }).toEqual({ text, ok: false });
    }
  });
});
