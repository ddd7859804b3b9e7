import nlp from 'compromise';
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

  it('reads a number spelt over several words as one, and a fraction as words', () => {
    expect(matchWords('We lost one hundred and sixty-three thousand jobs')).toContain('163000');
    expect(matchWords('It went from three hundred ninety-six thousand four hundred fifty-six dollars')).toContain(
      '396456',
    );
    expect(key('Five hundred thousand kids lost programs')).toBe(key('500,000 kids lost programs'));
    expect(key('Three million, one hundred thousand people')).toBe(key('3 million, 100,000 people'));
    expect(matchWords('Two thirds of voters stayed home')).not.toContain('2');
    expect(matchWords('The 1990s and the 20th century')).toEqual(expect.arrayContaining(['1990', '20']));
  });

  it('reads contractions and clitics as the words they stand for', () => {
    expect(key("When it's flooding at high tide")).toBe(key('When it is flooding at high tide'));
    expect(key("They're gonna win the House")).toBe(key('They are going to win the House'));
    expect(key("We can't afford it")).toBe(key('We cannot afford it'));
    expect(matchWords("We can't afford it")).toContain('not');
    expect(key("Raise people's taxes")).toBe(key('Raise the taxes of people'));
  });

  it('lemmatises each word from the lexicon and its neighbours, clause by clause, without a parse', () => {
    const tokenize = jest.spyOn(nlp, 'tokenize');
    try {
      // A name is no common word ("blossom"), whatever its lexicon tag.
      expect(matchWords('Gennifer Flowers will not be attending the debate')).toEqual([
        'gennifer',
        'flowers',
        'not',
        'attend',
        'debate',
      ]);
      expect(matchWords('People sitting in their living rooms')).toContain('sit');
      // "Look," is a clause of its own: the verb, not the noun (whose first WordNet sense says "expression").
      expect(key('Look, we sailed Navy ships for 60 years')).toBe(key('Look, we sail Navy ships for 60 years'));
      expect(matchWords('Look, we sailed Navy ships')).toContain('look');
      expect(matchWords('The League of United Latin American Citizens opposed it')).toContain('citizen');
      expect(tokenize).not.toHaveBeenCalled();
    } finally {
      tokenize.mockRestore();
    }
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
