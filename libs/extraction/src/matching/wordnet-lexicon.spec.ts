import { lexicon } from './wordnet-lexicon';

describe('the WordNet lexicon', () => {
  it('knows the common nouns whose first sense is a person, and no name, nor a noun first of something else', () => {
    const { personNouns } = lexicon();
    for (const noun of ['imam', 'midwife', 'cousin', 'deckhand', 'sommelier', 'nurse'])
      expect(personNouns.has(noun)).toBe(true);
    // ("Aaron" is a person written in capitals; a head, a source, a star are first a body part, an origin, a celestial body)
    for (const noun of ['aaron', 'head', 'source', 'star', 'hospital']) expect(personNouns.has(noun)).toBe(false);
  });

  it('says which of them are adjectives too', () => {
    const { personNouns } = lexicon();
    expect(personNouns.get('socialist')?.adjective).toBe(true);
    expect(personNouns.get('imam')?.adjective).toBe(false);
  });
});
