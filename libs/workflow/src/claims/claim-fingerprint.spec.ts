import { BANDS, matchBands, matchWords } from './claim-fingerprint';

const shared = (a: number[], b: number[]) => a.filter((band) => b.includes(band)).length;

describe('claim fingerprints', () => {
  it('keeps content words only', () => {
    expect(matchWords('The city has lost 12,000 jobs, 3.5 percent, the mayor said.')).toEqual([
      'city',
      'lost',
      '12000',
      'job',
      '3.5',
      'percent',
      'mayor',
    ]);
  });

  it('gives the same words the same bands, whatever the punctuation, case and order', () => {
    const bands = matchBands('Crime fell 20 percent in Chicago last year.');
    expect(bands).toHaveLength(BANDS);
    expect(matchBands('crime FELL 20 percent last year in chicago')).toEqual(bands);
  });

  it('makes a paraphrase a candidate and an unrelated claim not', () => {
    const claim = matchBands('The city lost 12,000 manufacturing jobs between 2019 and 2024');
    const paraphrase = matchBands('Our city has lost 12,000 jobs in manufacturing since 2019');
    const unrelated = matchBands('We planted 3,000 trees in the parks last spring');
    expect(shared(claim, paraphrase)).toBeGreaterThan(0);
    expect(shared(claim, unrelated)).toBe(0);
  });

  it('keeps each band key in its own range', () => {
    matchBands('Taxes rose by four percent').forEach((key, band) => expect(Math.floor(key / 2 ** 32)).toBe(band));
    expect(matchBands('the and of')).toEqual([]);
  });
});
