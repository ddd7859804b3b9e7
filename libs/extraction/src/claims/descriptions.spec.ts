import { extractQuotes } from '../index';

/** The standalone form of the claim that starts with `opening` in the article's quotes. */
function standaloneOf(article: string, opening: string): string | undefined {
  const claims = extractQuotes(article).quotes.flatMap((quote) => quote.claims);
  return claims.find((claim) => claim.text.startsWith(opening))?.standalone;
}

describe('a bare "the <noun>" opening a claim', () => {
  it('takes the one name the article has given the noun before it', () => {
    const article =
      'The county opened the Larkspur housing program in 2019 to help renters.\n\n' +
      '“The program has placed 400 families in new homes,” said Nadia Okafor, the county’s housing director.';
    expect(standaloneOf(article, 'The program')).toBe(
      'The Larkspur housing program has placed 400 families in new homes.',
    );
  });

  it('takes the name a description was set off after', () => {
    const article =
      'The Commission fined Veltrix, the US search company, €2.4 billion. ' +
      'The company has 90 days to end the conduct, the Commission said.';
    expect(standaloneOf(article, 'The company')).toBe('Veltrix has 90 days to end the conduct.');
    // a place or a time before the comma is no name of it
    expect(
      standaloneOf(
        'In Ohio, the campaign opened 12 offices. Aides said the campaign had raised $2 million.',
        'the campaign',
      ),
    ).toBe('the campaign had raised $2 million');
  });

  it('names "the 45-year-old" as the one person given that age, and nobody when two were', () => {
    const said = 'Prosecutor Amanda Reyes said the 45-year-old had sold the drugs for £40,000.';
    expect(standaloneOf(`Karen Whitlow, 45, was jailed on Friday. ${said}`, 'the 45-year-old')).toBe(
      'Karen Whitlow had sold the drugs for £40,000.',
    );
    expect(standaloneOf(`Karen Whitlow, 45, and Tom Lee, 45, were jailed. ${said}`, 'the 45-year-old')).toBe(
      'the 45-year-old had sold the drugs for £40,000',
    );
  });

  it('takes a possessive name as it was written', () => {
    const article =
      'Ruth Calloway’s campaign raised $2 million in March, its filings show.\n\n' +
      'Tom Baines said the campaign had spent most of it on television.';
    expect(standaloneOf(article, 'the campaign')).toBe('Ruth Calloway’s campaign had spent most of it on television.');
  });

  it('keeps its own words when the article describes the noun in more than one way before it', () => {
    const twoPrograms =
      'The Larkspur housing program and a state jobs program both began in 2019.\n\n' +
      '“The program has placed 400 families in new homes,” said Nadia Okafor.';
    expect(standaloneOf(twoPrograms, 'The program')).toBe('The program has placed 400 families in new homes');
    const owner =
      'The Calloway campaign raised $2 million in March, and Tom Baines said his campaign raised half that.\n\n' +
      'Baines said the campaign had spent most of it on television.';
    expect(standaloneOf(owner, 'the campaign')).toBe('the campaign had spent most of it on television');
  });

  it('keeps its own words when nothing named describes the noun, or only after the claim', () => {
    const unnamed =
      'The county opened a new housing program in 2019.\n\n“The program has placed 400 families,” said Nadia Okafor.';
    expect(standaloneOf(unnamed, 'The program')).toBe('The program has placed 400 families');
    const after =
      '“The program has placed 400 families,” said Nadia Okafor.\n\nThe Larkspur housing program began in 2019.';
    expect(standaloneOf(after, 'The program')).toBe('The program has placed 400 families');
  });

  it('names only the head of the subject, not a noun another noun follows', () => {
    const article =
      'The Larkspur housing program began in 2019.\n\n“The program director has quit twice,” said Nadia Okafor.';
    expect(standaloneOf(article, 'The program')).toBe('The program director has quit twice');
  });

  it('takes no name from a headline’s name, verb and noun with no determiner before them', () => {
    const article =
      'North Westland passes law to return river land\n\n' +
      'Minister Ana Roe told parliament the law was “an important step” for the region.';
    expect(standaloneOf(article, 'the law')).not.toMatch(/Westland/);
  });

  it('takes a name set right before the noun without a determiner', () => {
    const article =
      'Officials say Larkspur Valley program expands to two more towns\n\n' +
      '“The program has placed 400 families in new homes,” said Nadia Okafor.';
    expect(standaloneOf(article, 'The program')).toBe(
      'The Larkspur Valley program has placed 400 families in new homes.',
    );
  });
});
