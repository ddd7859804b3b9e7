import { BANDS, claimFingerprint, matchBands, matchKey, matchWords } from './claim-fingerprint';

const shared = (a: number[], b: number[]) => a.filter((band) => b.includes(band)).length;
const key = (text: string) => claimFingerprint(text).key;

describe('claim fingerprints', () => {
  it('keeps content words only, each as its lemma', () => {
    expect(matchWords('The city has lost 12,000 jobs, 3.5 percent, the mayor said.')).toEqual([
      'city',
      'lose',
      '12000',
      'job',
      '3.5',
      'percentage',
      'mayor',
    ]);
    expect(key('The senators were voting against the bridges')).toBe(key('A senator votes against a bridge'));
  });

  it('writes numbers in digits, whether spelt out or not', () => {
    expect(key('Twelve thousand teachers marched on forty-two schools')).toBe(
      key('12,000 teachers marched on 42 schools'),
    );
    expect(key('Prices rose two point five percent, about 3 million dollars')).toBe(
      key('Prices rose 2.5%, about three million dollars'),
    );
    expect(key('The refinery got $4 billion and 12% of the credits')).toBe(
      key('The refinery got four billion dollars and twelve percent of the credits'),
    );
    expect(key('It cost $4,000.00 a year')).toBe(key('It cost 4000 dollars a year'));
    expect(key('A third of voters stayed home')).not.toContain('0.333');
  });

  it('names a place the same way by its names and its demonyms', () => {
    expect(key('Mexican farmers export avocados')).toBe(key('Farmers in Mexico export avocados'));
    expect(key('Tariffs on goods from the United States of America')).toBe(key('Tariffs on American goods'));
    expect(key('The U.S. army left')).toBe(key('The US army left'));
    expect(key('Canadians buy more lumber than Brazil')).toBe(key('Canada buys more lumber than the Brazilians'));
  });

  it('takes a place from capitals only: a common word or a verb written like one stays itself', () => {
    expect(matchWords('They told us the polish was dry')).not.toContain('poland');
    expect(matchWords('The Polish farmers protested')).toContain('poland');
    expect(matchWords('Polish the floor before the guests arrive')).not.toContain('poland');
    expect(matchWords('Give us the money')).not.toContain('united_states');
  });

  it('says a word by the word of its most frequent WordNet sense', () => {
    expect(key('Automobile thefts doubled in the suburbs')).toBe(key('Car thefts doubled in the suburbs'));
    expect(key('The mayor will begin the hearings in June')).toBe(key('The mayor will start the hearings in June'));
    expect(key('The bill offers a large tax credit')).toBe(key('The bill offers a big tax credit'));
  });

  it('keeps negation, whichever word says it', () => {
    expect(key("The governor didn't sign the budget")).toBe(key('The governor never signed the budget'));
    expect(key('The governor signed the budget')).not.toBe(key('The governor did not sign the budget'));
  });

  it('gives the same words the same bands, whatever the punctuation, case and order', () => {
    const bands = matchBands(matchWords('Crime fell 20 percent in Chicago last year.'));
    expect(bands).toHaveLength(BANDS);
    expect(claimFingerprint('crime FELL 20 percent last year in Chicago').bands).toEqual(bands);
    expect(matchKey(['b', 'a'])).toBe('a b');
  });

  it('makes a paraphrase a candidate and an unrelated claim not', () => {
    const claim = claimFingerprint('The city lost 12,000 manufacturing jobs between 2019 and 2024').bands;
    const paraphrase = claimFingerprint('Our city has lost twelve thousand jobs in manufacturing since 2019').bands;
    const unrelated = claimFingerprint('We planted 3,000 trees in the parks last spring').bands;
    expect(shared(claim, paraphrase)).toBeGreaterThan(0);
    expect(shared(claim, unrelated)).toBe(0);
  });

  it('keeps each band key in its own range', () => {
    claimFingerprint('Taxes rose by four percent').bands.forEach((band, index) =>
      expect(Math.floor(band / 2 ** 32)).toBe(index),
    );
    expect(claimFingerprint('the and of').bands).toEqual([]);
  });
});
