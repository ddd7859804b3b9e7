import { claimsOf } from './claims-of';
import { extractQuotes } from '../index';
import { standalone } from './standalone';

const dana = { speakerName: 'Dana Whitfield', speakerType: 'person', gender: 'f' as const };
const omar = { speakerName: 'Omar Reyes', speakerType: 'person', gender: 'm' as const };

describe('standalone forms', () => {
  describe('the first person becomes the speaker only with the verb agreeing', () => {
    it.each([
      ['I have lived in this county for thirty years', 'Dana Whitfield has lived in this county for thirty years.'],
      [
        'I am the only candidate who voted against the levy',
        'Dana Whitfield is the only candidate who voted against the levy.',
      ],
      ['I’m not running for the Senate', 'Dana Whitfield is not running for the Senate.'],
      ['I’ve read every page of the budget', 'Dana Whitfield has read every page of the budget.'],
      ['I’d rather close the plant than raise fares', 'Dana Whitfield would rather close the plant than raise fares.'],
      ['I don’t support the new tolls', 'Dana Whitfield doesn’t support the new tolls.'],
      ['I do support the new tolls', 'Dana Whitfield does support the new tolls.'],
      ['I was never told about the audit', 'Dana Whitfield was never told about the audit.'],
      ['I really want the bridge rebuilt', 'Dana Whitfield really wants the bridge rebuilt.'],
      [
        'I will veto any bill that cuts the library fund',
        'Dana Whitfield will veto any bill that cuts the library fund.',
      ],
      ['the levy costs more than I do', 'The levy costs more than Dana Whitfield does.'],
      // a verb the "I" shares after "and"/"but" agrees as well, not one of an infinitive
      ['I am a Democrat but support lower fares', 'Dana Whitfield is a Democrat but supports lower fares.'],
      ['I love my job and support my team', 'Dana Whitfield loves her job and supports her team.'],
      [
        'I am trying to save the clinic and keep its nurses',
        'Dana Whitfield is trying to save the clinic and keep its nurses.',
      ],
    ])('%s', (claim, expected) => {
      expect(standalone(claim, dana)).toBe(expected);
    });

    it('never makes a place the "I"', () => {
      const place = { speakerName: 'United States', speakerType: 'person' };
      expect(standalone('I think it’s a healthy tension', place)).toBe('I think it’s a healthy tension');
    });

    it('names the speaker once, then uses a pronoun of the speaker’s gender for me, my and myself', () => {
      expect(standalone('My office told me to file the report myself', omar)).toBe(
        'Omar Reyes’ office told him to file the report himself.',
      );
      expect(standalone('I think I can win the district', omar)).toBe('Omar Reyes thinks he can win the district.');
    });

    it('turns "Nor do I" into a sentence of its own, and leaves any other inverted "I" as it is', () => {
      expect(standalone('Nor do I', dana)).toBe('Dana Whitfield does not either.');
      expect(standalone('Neither have I.', omar)).toBe('Omar Reyes has not either.');
      expect(standalone('So do I', dana)).toBe('So do I');
    });

    it('keeps the claim as written when a verb form, a turn of phrase or a second mention is not sure', () => {
      // "put": past or present cannot be told
      expect(standalone('I put the money back', dana)).toBe('I put the money back');
      expect(standalone('I mean, the fares went up twice', dana)).toBe('I mean, the fares went up twice');
      expect(standalone('Let me be clear about the levy', dana)).toBe('Let me be clear about the levy');
      // a second mention with another "he" in the claim would be ambiguous, and the name twice reads wrong
      expect(standalone('I told him I would resign', omar)).toBe('I told him I would resign');
      const unknownGender = { speakerName: 'Robin Ashby', speakerType: 'person' };
      expect(standalone('I wrote the plan on my own', unknownGender)).toBe('I wrote the plan on my own');
    });

    it('leaves words quoted inside the claim as they were said, and "I" in a title or a numeral', () => {
      expect(standalone('she called the tolls “the worst idea I have heard', dana)).toBe(
        'she called the tolls “the worst idea I have heard”',
      );
      expect(standalone('the patient went to a Level I trauma centre', dana)).toBe(
        'the patient went to a Level I trauma centre',
      );
      expect(standalone('my favourite book is My Years in the Valley', dana)).toBe(
        'my favourite book is My Years in the Valley',
      );
    });

    it('tells the pronoun "mine" from the noun', () => {
      expect(standalone('the decision was mine', omar)).toBe('The decision was Omar Reyes’.');
      expect(standalone('the union expects the mine to reopen', omar)).toBe('the union expects the mine to reopen');
    });
  });

  describe('the speaker’s one name, when the article gives no other', () => {
    const alvarez = { speakerName: 'Alvarez', speakerType: 'person', gender: 'm' as const };

    it('names the "I" and a reported "he" of a person the text gives a sex or a title', () => {
      expect(standalone('I never missed a payroll', alvarez)).toBe('Alvarez never missed a payroll.');
      expect(standalone('he planned to resign in June', { ...alvarez, reported: true })).toBe(
        'Alvarez planned to resign in June.',
      );
      expect(standalone('I never missed a payroll', { ...alvarez, gender: 'x', title: 'Mayor' })).toBe(
        'Alvarez never missed a payroll.',
      );
      // (a title before it is left out)
      expect(standalone('I voted for the pier', { ...alvarez, speakerName: 'Sen. Voss', gender: 'f' })).toBe(
        'Voss voted for the pier.',
      );
      const quote = extractQuotes('Mr. Alvarez said he planned to resign in June.').quotes[0];
      expect(quote.claims.map((claim) => claim.standalone)).toEqual(['Alvarez planned to resign in June.']);
    });

    it('leaves the words as they are when the one word may be no person’s name', () => {
      // nothing says it is a person's: no sex, no title
      expect(standalone('I never missed a payroll', { ...alvarez, gender: 'x' })).toBe('I never missed a payroll');
      // a word the lexicon knows otherwise: a people, a common word, a title
      for (const speakerName of ['Chinese', 'Young', 'Senator', 'Officials'])
        expect(standalone('I never missed a payroll', { ...alvarez, speakerName })).toBe('I never missed a payroll');
    });
  });

  describe('no possessive or name from a title, a descriptor or a word that is not the person’s name', () => {
    it('puts the name without its titles', () => {
      const resolver = { speakerName: 'Retired Adm. Carla Voss', speakerType: 'person', gender: 'f' as const };
      expect(standalone('my budget would protect the fleet', resolver)).toBe(
        'Carla Voss’ budget would protect the fleet.',
      );
      expect(standalone('I easily win this district', { ...resolver, speakerName: 'Gov. Carla Voss' })).toBe(
        'Carla Voss easily wins this district.',
      );
    });

    it.each([
      ['Retired', 'person'],
      ['Retired Adm.', 'person'],
      ['Neither Voss', 'person'],
      ['the Republican lawmaker', 'person'],
      ['City Council', 'organization'],
    ])('speaker "%s"', (speakerName, speakerType) => {
      const resolver = { speakerName, speakerType, gender: 'f' as const };
      expect(standalone('my budget would protect our fleet', resolver)).toBe('my budget would protect our fleet');
      expect(standalone('I voted for the pier', resolver)).toBe('I voted for the pier');
    });
  });

  it('leaves "we", "us" and "our" as written: they may mean a country, a party or an institution', () => {
    expect(standalone('we ought to rebuild our navy', omar)).toBe('we ought to rebuild our navy');
    expect(standalone('Taxes on us have doubled', omar)).toBe('Taxes on us have doubled');
  });

  it('leaves the "I" of a claim that keeps a "we", "our" or "you" as written, not to mix two voices', () => {
    expect(standalone('I think we ought to rebuild our navy', omar)).toBe('I think we ought to rebuild our navy');
    expect(standalone('I want to assure our members', omar)).toBe('I want to assure our members');
    expect(standalone('I will make you this promise', omar)).toBe('I will make you this promise');
    expect(standalone('I think the navy needs ships', omar)).toBe('Omar Reyes thinks the navy needs ships.');
    // "US" is the country, not "us"
    expect(standalone('I think the US should leave the pact', omar)).toBe(
      'Omar Reyes thinks the US should leave the pact.',
    );
    // "you know" is a filler, not somebody spoken to
    expect(standalone('you know, I voted for the pier', omar)).toBe('You know, Omar Reyes voted for the pier.');
  });

  it('puts the place for "our city" of a mayor and "our state" of a governor, and nothing else for "our"', () => {
    const mayor = { ...dana, title: 'Mayor', place: 'Dayton' };
    expect(standalone('our residents pay the highest water rates', mayor)).toBe(
      'Dayton residents pay the highest water rates.',
    );
    expect(standalone('our city has lost 4,000 jobs', mayor)).toBe('Dayton has lost 4,000 jobs.');
    expect(standalone('our state has lost 4,000 jobs', mayor)).toBe('our state has lost 4,000 jobs');
    expect(standalone('our party has lost the suburbs', mayor)).toBe('our party has lost the suburbs');
  });

  it('gives the claim’s own words when only a capital letter or a full stop would change', () => {
    expect(standalone('water rates rose 12 percent in two years', dana)).toBe(
      'water rates rose 12 percent in two years',
    );
    expect(standalone('  Water rates rose 12 percent  ', dana)).toBe('Water rates rose 12 percent');
  });

  it('keeps a claim too long to be a sentence as written, in time linear in its length', () => {
    const long = 'I am here. '.repeat(20_000).trim();
    const started = Date.now();
    expect(standalone(long, dana)).toBe(long);
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('never gives a rewrite that doubles a word or an abbreviation, or leaves a stray quote mark', () => {
    expect(standalone('the U.S. [U.S.] exports fell', dana)).toBe('the U.S. [U.S.] exports fell');
    expect(standalone('I said exports fell” last year', dana)).toBe('Dana Whitfield said exports fell last year.');
    // the narration a span ran into past the closing mark is not part of the claim
    expect(standalone('Is the levy dead?” she asked', dana)).toBe('Is the levy dead?');
    expect(standalone('the levy is dead,” Karl Brandt', dana)).toBe('The levy is dead.');
    expect(standalone('the levy is dead,” he said', dana)).toBe('The levy is dead.');
    expect(standalone('Vote it down,’” Brandt said', dana)).toBe('Vote it down.');
    expect(standalone('record” rainfall fell in May', dana)).toBe('record rainfall fell in May');
  });

  describe('a leading "he"/"she" is named only when the person is certain and of that gender', () => {
    const reported = { ...omar, reported: true };

    it('names the speaker of reported words, with "he’s" made whole', () => {
      expect(standalone('he would veto the toll bill', reported)).toBe('Omar Reyes would veto the toll bill.');
      expect(standalone('that he’s been to the site twice', reported)).toBe('Omar Reyes has been to the site twice.');
      expect(standalone('he’s against the toll bill', reported)).toBe('Omar Reyes is against the toll bill.');
      expect(standalone('he’d been told the toll was legal', reported)).toBe(
        'Omar Reyes had been told the toll was legal.',
      );
      expect(standalone('he’d asked his staff to check', reported)).toBe('Omar Reyes had asked his staff to check.');
      expect(standalone('he’d oppose the toll bill', reported)).toBe('Omar Reyes would oppose the toll bill.');
      expect(standalone('he’d rather wait', reported)).toBe('he’d rather wait');
    });

    it('keeps the pronoun when the gender disagrees or two people fit', () => {
      expect(standalone('she would veto the toll bill', reported)).toBe('she would veto the toll bill');
      expect(standalone('he would veto the toll bill', { ...reported, antecedent: 'Victor Hale' })).toBe(
        'he would veto the toll bill',
      );
      expect(standalone('she lied about the audit', { ...omar, antecedent: 'Laura Kent' })).toBe(
        'Laura Kent lied about the audit.',
      );
      expect(standalone('he lied about the audit', { ...omar, antecedent: 'Laura Kent' })).toBe(
        'he lied about the audit',
      );
      // a possessive or a descriptor is no antecedent ("Laura Kent’s report … she")
      expect(standalone('she lied about the audit', { ...omar, antecedent: 'Laura Kent’s' })).toBe(
        'she lied about the audit',
      );
    });

    it('names a titled speaker whose gender nothing gives only when nobody else can be meant, never by "his"', () => {
      const minister = { speakerName: 'Tarja Voutilainen', speakerType: 'person', title: 'Minister', reported: true };
      expect(standalone('he expected inflation to fall below 2 percent', minister)).toBe(
        'Tarja Voutilainen expected inflation to fall below 2 percent.',
      );
      expect(standalone('she expected inflation to fall', { ...minister, namedBefore: { m: 'Ilkka Rinne' } })).toBe(
        'she expected inflation to fall',
      );
      expect(standalone('his budget would cut 4,000 jobs', minister)).toBe('his budget would cut 4,000 jobs');
      // (nor when anyone else, whatever their gender, is named before: the pronoun may be theirs)
      expect(standalone('he had fled the country', { ...minister, namedBefore: { anyone: true } })).toBe(
        'he had fled the country',
      );
      // (without a title, the name may be a place or a thing taken for a person)
      const untitled = { speakerName: 'Palo Alto', speakerType: 'person', reported: true };
      expect(standalone('he expected inflation to fall', untitled)).toBe('he expected inflation to fall');
    });
  });

  describe('a "he"/"she"/"his" inside reported words is the speaker only when nobody else can be meant', () => {
    const reported = { ...omar, reported: true, namedBefore: { m: 'Omar Reyes' } };

    it('names the speaker when the speaker is the one man named just before, in a clause with its subject', () => {
      expect(standalone('the report he filed was late', reported)).toBe('The report Omar Reyes filed was late.');
      expect(standalone('that the clinic in his county closed in May', reported)).toBe(
        'The clinic in Omar Reyes’ county closed in May.',
      );
    });

    it('keeps the pronoun when another man is named just before, for an object "him" and in a fragment', () => {
      expect(standalone('the report he filed was late', { ...reported, namedBefore: { m: 'Tom Bell' } })).toBe(
        'the report he filed was late',
      );
      expect(standalone('the report he filed was late', { ...reported, namedBefore: {} })).toBe(
        'the report he filed was late',
      );
      expect(standalone('the levy hurt him', reported)).toBe('the levy hurt him');
      expect(standalone('to keep his promise on the levy', reported)).toBe('to keep his promise on the levy');
      expect(standalone('the clinic in his county closed', { ...reported, framing: 'closed' })).not.toContain('Reyes’');
    });
  });

  it('takes the name a writer put in brackets after a pronoun for the pronoun', () => {
    expect(standalone('She [Ana Ruiz] is right on the levy', omar)).toBe('Ana Ruiz is right on the levy.');
    expect(standalone('the board gave him [Tom Bell] the job', omar)).toBe('The board gave Tom Bell the job.');
  });

  describe('"this" and "that" stay as written', () => {
    it('keeps a demonstrative "That" and drops only the "that" opening reported words', () => {
      expect(standalone('That number is wrong', dana)).toBe('That number is wrong');
      expect(standalone('that the plant will close in May', { ...dana, reported: true })).toBe(
        'The plant will close in May.',
      );
    });
  });

  it('puts the speaker and the negated verb before denied words, the verb agreeing with the name', () => {
    expect(standalone('the levy went far enough', { ...dana, reported: true, denial: 'don’t think' })).toBe(
      'Dana Whitfield doesn’t think the levy went far enough.',
    );
    expect(standalone('the levy went far enough', { ...dana, reported: true, denial: 'did not say' })).toBe(
      'Dana Whitfield did not say the levy went far enough.',
    );
    // a group, or a speaker the article gives only a pronoun, keeps the article's verb
    const group = { speakerName: 'Port officials', speakerType: 'unknown', reported: true, denial: 'do not believe' };
    expect(standalone('the ferry was late', group)).toBe('Port officials do not believe the ferry was late.');
    expect(standalone('the ferry was late', { ...group, speakerName: 'they' })).toBe(
      'They do not believe the ferry was late.',
    );
  });

  it('frames partial quotes with the speaker only when the verb has an object the speaker named', () => {
    expect(standalone('the levy “a tax on the poor', { ...dana, framing: 'called' })).toBe(
      'Dana Whitfield called the levy “a tax on the poor”.',
    );
    expect(standalone('as “a tax on the poor', { ...dana, framing: 'described' })).toBe('as “a tax on the poor”');
    expect(standalone('a liar by her rivals for “fake numbers', { ...dana, framing: 'called' })).toBe(
      'a liar by her rivals for “fake numbers”',
    );
    expect(standalone('the levy “a tax on the poor', { ...dana, speakerName: 'the campaign', framing: 'call' })).toBe(
      'the levy “a tax on the poor”',
    );
    // an organisation the article names with "the" keeps it
    const union = { speakerName: 'Association of Bus Drivers', speakerType: 'organization', reported: true };
    expect(
      standalone('the levy “a tax on the poor', {
        ...union,
        body: 'the Association of Bus Drivers',
        framing: 'called',
      }),
    ).toBe('The Association of Bus Drivers called the levy “a tax on the poor”.');
  });

  it('leaves out whom spoken words address', () => {
    expect(standalone('Senator Vance, the state is facing a $2 billion deficit', dana)).toBe(
      'The state is facing a $2 billion deficit.',
    );
    expect(standalone('Folks, the county has lost 3,000 jobs since 2019', dana)).toBe(
      'The county has lost 3,000 jobs since 2019.',
    );
    expect(standalone('Mr. President, the county budget grew by 8 percent', dana)).toBe(
      'The county budget grew by 8 percent.',
    );
    // the address is whom "you" means; apposition, a filler and a surname are no address
    for (const words of [
      'Senator Vance, you voted for the levy in 2019',
      'Senator Vance, a Democrat, voted for the levy in 2019',
      'Look, the county has lost 3,000 jobs since 2019',
      'Whitfield, the county has lost 3,000 jobs since 2019',
    ])
      expect(standalone(words, dana)).toBe(words);
  });

  it('keeps a name that opens a list of subjects, which is no address', () => {
    expect(standalone('Grace, Tom and I founded the company in 2015', dana)).toBe(
      'Grace, Tom and Dana Whitfield founded the company in 2015.',
    );
    expect(standalone('Grace, Tom, Ann and Mark founded the company in 2015', dana)).toBe(
      'Grace, Tom, Ann and Mark founded the company in 2015',
    );
    expect(standalone('Grace, the mayor and I founded the company in 2015', dana)).toBe(
      'Grace, the mayor and Dana Whitfield founded the company in 2015.',
    );
    expect(standalone('Grace, the board and we agreed on the budget in May', dana)).toBe(
      'Grace, the board and we agreed on the budget in May',
    );
  });

  it('frames words a framing verb takes that are no sentence without it, quoted or not', () => {
    const reported = { ...dana, reported: true };
    expect(standalone('the plan a giveaway to insurers', { ...reported, framing: 'called' })).toBe(
      'Dana Whitfield called the plan a giveaway to insurers.',
    );
    expect(standalone('the militia of firing the shells at the market', { ...reported, framing: 'accused' })).toBe(
      'Dana Whitfield accused the militia of firing the shells at the market.',
    );
    // a clause reads on its own
    expect(standalone('the plan was a giveaway to insurers', { ...reported, framing: 'called' })).toBe(
      'the plan was a giveaway to insurers',
    );
    // an agent further on is the complement's, not a passive's ("called a liar by her rivals")
    expect(standalone('the levy a gift to landlords by any measure', { ...reported, framing: 'called' })).toBe(
      'Dana Whitfield called the levy a gift to landlords by any measure.',
    );
    // a speaker the words name is the wrong speaker, not a frame to keep
    expect(standalone('Ms. Whitfield of hiding the audit', { ...reported, framing: 'accused' })).toBe(
      'Ms. Whitfield of hiding the audit',
    );
  });

  it('frames an object pronoun only with the one person it can mean', () => {
    const reported = { ...dana, reported: true, framing: 'called' };
    expect(standalone('him a master at closing deals', reported)).toBe('him a master at closing deals');
    expect(standalone('him a master at closing deals', { ...reported, namedBefore: { m: 'Tom Bell' } })).toBe(
      'Dana Whitfield called Tom Bell a master at closing deals.',
    );
    // (the framer is no "him" of their own words)
    expect(
      standalone('him a master at closing deals', {
        ...omar,
        reported: true,
        framing: 'called',
        namedBefore: { m: 'Omar Reyes' },
      }),
    ).toBe('him a master at closing deals');
    expect(standalone('it “the least bad option', reported)).toBe('it “the least bad option”');
    // a possessive reads as the framer's own
    expect(standalone('her plan “a fresh start', reported)).toBe('Dana Whitfield called her plan “a fresh start”.');
  });

  it('parks words a framing verb takes whose frame could not be kept', () => {
    const words = 'him a master at closing impossible deals';
    const [unsure] = claimsOf(words, [{ start: 0, end: words.length }], {
      kind: 'indirect',
      speaker: { name: 'Dana Whitfield', type: 'person', gender: 'f' },
      framing: 'called',
      framedObject: true,
      score: () => ({ checkworthiness: 0.9, checkworthy: true }),
    });
    expect(unsure).toMatchObject({ standalone: words, checkworthy: false });
    const [sure] = claimsOf(words, [{ start: 0, end: words.length }], {
      kind: 'indirect',
      speaker: { name: 'Dana Whitfield', type: 'person', gender: 'f' },
      framing: 'called',
      framedObject: true,
      namedBefore: { m: 'Tom Bell' },
      score: () => ({ checkworthiness: 0.9, checkworthy: true }),
    });
    expect(sure).toMatchObject({
      standalone: 'Dana Whitfield called Tom Bell a master at closing impossible deals.',
      checkworthy: true,
    });
  });

  it('frames an accusation with the accused and its “of” before the quoted words', () => {
    expect(standalone('the mayor of “gutting the clinics', { ...dana, framing: 'accused' })).toBe(
      'Dana Whitfield accused the mayor of “gutting the clinics”.',
    );
    // no "of" before the quote: not the accusation's object
    expect(standalone('the mayor “gutted the clinics', { ...dana, framing: 'accused' })).toBe(
      'the mayor “gutted the clinics”',
    );
  });
});

describe('a leading "he"/"she" and the people the article names just before the quote', () => {
  it('is the one person of that gender named there', () => {
    const resolver = { ...omar, namedBefore: { f: 'Gov. Nina Brandt' } };
    expect(standalone('she vetoed the transit bill twice', resolver)).toBe(
      'Nina Brandt vetoed the transit bill twice.',
    );
    expect(standalone('he vetoed the transit bill twice', resolver)).toBe('he vetoed the transit bill twice');
  });

  it('stays a pronoun when the speaker of reported words might be meant too, even with no gender known', () => {
    const reported = { speakerName: 'Ashby Hollis', speakerType: 'person', reported: true };
    expect(standalone('she vetoed the transit bill', { ...reported, namedBefore: { f: 'Nina Brandt' } })).toBe(
      'she vetoed the transit bill',
    );
    // a speaker of unknown gender is never named for "he" or "she" on their own
    expect(standalone('she vetoed the transit bill', reported)).toBe('she vetoed the transit bill');
    // the surname and the full name are one person
    expect(
      standalone('he vetoed the transit bill', {
        ...reported,
        speakerName: 'Brandt',
        namedBefore: { m: 'Karl Brandt' },
      }),
    ).toBe('Karl Brandt vetoed the transit bill.');
  });

  it('is named after an opening adverb or conjunction, which stays', () => {
    const resolver = { ...omar, namedBefore: { m: 'Karl Brandt' } };
    expect(standalone('Perhaps he made the story up', resolver)).toBe('Perhaps Karl Brandt made the story up.');
    expect(standalone('Now, he’s a national figure', resolver)).toBe('Now, Karl Brandt is a national figure.');
    expect(standalone('and he vetoed the levy', resolver)).toBe('And Karl Brandt vetoed the levy.');
    // an adverb that is not at the start leaves the pronoun where it is
    expect(standalone('the levy, he said, was vetoed', resolver)).toBe('the levy, he said, was vetoed');
  });

  it('is not the person the claim goes on to name', () => {
    const resolver = { ...omar, namedBefore: { m: 'Karl Brandt' } };
    expect(standalone('he accused Mr. Brandt of lying', resolver)).toBe('he accused Mr. Brandt of lying');
    expect(standalone('he is always calling Brandt a liar', resolver)).toBe('he is always calling Brandt a liar');
    // a name that begins another name, or "himself", is no second person
    expect(standalone('he will step down from the Brandt Foundation', resolver)).toBe(
      'Karl Brandt will step down from the Brandt Foundation.',
    );
    expect(standalone('he paid for it, Brandt himself', resolver)).toBe('Karl Brandt paid for it, Brandt himself.');
  });

  it('leaves "he’s" with a participle that may be "is" or "has", or keeps the contraction after an adverb', () => {
    const resolver = { ...omar, namedBefore: { m: 'Karl Brandt' } };
    // (past an adverb the "’s" cannot be read as a possessive of the name)
    expect(standalone('he’s already received the report', resolver)).toBe('Karl Brandt’s already received the report.');
    expect(standalone("he's not signed the levy", resolver)).toBe("Karl Brandt's not signed the levy.");
    expect(standalone('the report he’s never signed is late', resolver)).toBe(
      'The report Karl Brandt’s never signed is late.',
    );
    expect(standalone('he’s always ready to help', resolver)).toBe('Karl Brandt is always ready to help.');
    expect(standalone('he’s reduced the fleet by half', resolver)).toBe('he’s reduced the fleet by half');
    expect(standalone('he’s been mayor for a decade', resolver)).toBe('Karl Brandt has been mayor for a decade.');
    expect(standalone('he’s pledged to veto the levy', resolver)).toBe('he’s pledged to veto the levy');
    expect(standalone('he’s convinced voters of it', resolver)).toBe('he’s convinced voters of it');
    // (a quote mark does not hide the participle after it)
    expect(standalone('he’s “paid more tax than anyone', resolver)).toBe('he’s “paid more tax than anyone”');
    expect(standalone('he’s “been to every county', resolver)).toBe('Karl Brandt has “been to every county”.');
  });

  it('reads "he’s" past any adverb in -ly, and as "has" before a participle that is also the verb', () => {
    const resolver = { ...omar, namedBefore: { m: 'Karl Brandt' } };
    expect(standalone('he’s actually vetoed the levy twice', resolver)).toBe('he’s actually vetoed the levy twice');
    expect(standalone('he’s probably got the votes', resolver)).toBe('Karl Brandt has probably got the votes.');
    expect(standalone('he’s become the party’s likely nominee', resolver)).toBe(
      'Karl Brandt has become the party’s likely nominee.',
    );
  });

  it('makes "he’s" "is" before a participle that names a state of mind', () => {
    const resolver = { ...omar, namedBefore: { m: 'Karl Brandt' } };
    expect(standalone('he’s thrilled to get the union’s backing', resolver)).toBe(
      'Karl Brandt is thrilled to get the union’s backing.',
    );
    expect(standalone('he’s convinced that the levy will pass', resolver)).toBe(
      'Karl Brandt is convinced that the levy will pass.',
    );
  });
});

describe('a "he"/"him"/"his"/"she" inside a direct quote', () => {
  const resolver = { ...omar, namedBefore: { m: 'Karl Brandt', f: 'Nina Brandt' } };

  it('is not named after a person the claim names already, before or after it', () => {
    // ("Brandt’s" opens the claim: a possessive is a name even where the word is also a common one)
    const possessive = { ...omar, namedBefore: { m: 'Karl Trump' } };
    expect(standalone('Trump’s aides do not trust him', possessive)).toBe('Trump’s aides do not trust him');
    expect(standalone('The levy passed when he became the Karl Brandt of old', resolver)).toBe(
      'The levy passed when he became the Karl Brandt of old',
    );
  });

  it('is the one person of that gender named before the quote, the first time only', () => {
    expect(standalone('The sooner he releases his tax returns, the better', resolver)).toBe(
      'The sooner Karl Brandt releases his tax returns, the better.',
    );
    expect(standalone('The county lost 40 jobs because of his levy', resolver)).toBe(
      'The county lost 40 jobs because of Karl Brandt’s levy.',
    );
    // a contraction is made whole when its verb is sure, else the claim stays as written
    expect(standalone('I still think she’s going to win the seat', resolver)).toBe(
      'Omar Reyes still thinks Nina Brandt is going to win the seat.',
    );
    expect(standalone('The county knows he’ll veto the levy', resolver)).toBe(
      'The county knows Karl Brandt will veto the levy.',
    );
    expect(standalone('The county knows he’s reduced the fleet', resolver)).toBe(
      'The county knows he’s reduced the fleet',
    );
    // (and the speaker's "I" is named as well)
    expect(standalone('I don’t think she has any plan for the harbor', resolver)).toBe(
      'Omar Reyes doesn’t think Nina Brandt has any plan for the harbor.',
    );
  });

  it('stays as written where it may mean someone else or the rewrite is not sure', () => {
    // a name before it may be the one it means
    expect(standalone('Dana Ortiz said the levy would cost him his seat', resolver)).toBe(
      'Dana Ortiz said the levy would cost him his seat',
    );
    // in reported words it is as often the speaker's subject
    expect(standalone('the sooner he releases his tax returns, the better', { ...resolver, reported: true })).toBe(
      'the sooner he releases his tax returns, the better',
    );
    // a contraction, an ambiguous "her" first, a bracketed "[T]he", a name right after it
    expect(standalone('The sooner he’s gone, the better', resolver)).toBe('The sooner he’s gone, the better');
    expect(standalone('The county met her demands before she left', resolver)).toBe(
      'The county met her demands before she left',
    );
    expect(standalone('Of course [T]he county lost 40 jobs', resolver)).toBe('Of course [T]he county lost 40 jobs');
    expect(standalone('The county read his Karl Brandt memo twice', resolver)).toBe(
      'The county read his Karl Brandt memo twice',
    );
    // a person named by a noun, anyone at all, or a clause that names its person after the pronoun
    expect(standalone('The governor broke his promise to the county', resolver)).toBe(
      'The governor broke his promise to the county',
    );
    expect(standalone('Every worker at the mill knows he could lose his job', resolver)).toBe(
      'Every worker at the mill knows he could lose his job',
    );
    expect(standalone('When he took office, the county had 40 clinics', resolver)).toBe(
      'When he took office, the county had 40 clinics',
    );
    // nobody certain: no one named, or two of that gender (onePerson)
    expect(standalone('The sooner he releases his tax returns, the better', omar)).toBe(
      'The sooner he releases his tax returns, the better',
    );
  });
});

describe('a leading "his"/"her" is the same person a leading "he"/"she" would be', () => {
  const resolver = { ...omar, namedBefore: { m: 'Karl Brandt', f: 'Nina Brandt' } };

  it('becomes the possessive of that person when it opens the subject', () => {
    expect(standalone('his brother sold the quarry in 2012', resolver)).toBe(
      'Karl Brandt’s brother sold the quarry in 2012.',
    );
    expect(standalone('her husband was the county treasurer', resolver)).toBe(
      'Nina Brandt’s husband was the county treasurer.',
    );
  });

  it('stays as written in a fragment or before a comma that ends the phrase', () => {
    expect(standalone('his brother, the surveyor', resolver)).toBe('his brother, the surveyor');
    expect(standalone('his turn, he says he is done', resolver)).toBe('his turn, he says he is done');
  });
});

describe('a "her" inside a claim', () => {
  const resolver = { ...omar, namedBefore: { m: 'Karl Brandt', f: 'Nina Brandt' } };

  it('is the object or the possessive of the one woman named before, as the words beside it say', () => {
    expect(standalone('The county would never vote for her', resolver)).toBe(
      'The county would never vote for Nina Brandt.',
    );
    expect(standalone('The flood drove her away from the quarry', resolver)).toBe(
      'The flood drove Nina Brandt away from the quarry.',
    );
    expect(standalone('The levy rose by 9 percent on her watch', resolver)).toBe(
      'The levy rose by 9 percent on Nina Brandt’s watch.',
    );
    // (the first one only: later ones stay pronouns)
    expect(standalone('The clinic reopened after her appeal reached her desk', resolver)).toBe(
      'The clinic reopened after Nina Brandt’s appeal reached her desk.',
    );
  });

  it('stays as written where it may be either, or owns no noun', () => {
    expect(standalone('The county paid her wages in May', resolver)).toBe('The county paid her wages in May');
    expect(standalone('The county could not agree with her more', resolver)).toBe(
      'The county could not agree with her more',
    );
  });

  it('drops a writer’s "[emphasis added]"', () => {
    expect(standalone('The county trusted her [emphasis added]', resolver)).toBe('The county trusted Nina Brandt.');
  });
});

describe('a "he"/"she" of reported words whose speaker it cannot mean', () => {
  const named = { namedBefore: { m: 'Karl Brandt', f: 'Nina Brandt' }, reported: true };

  it('opening the words, is the one person of that gender named before, when a group or a source reports them', () => {
    expect(
      standalone('her plan would close two clinics', { ...named, speakerName: 'critics', speakerType: 'person' }),
    ).toBe('Nina Brandt’s plan would close two clinics.');
    expect(
      standalone('his other tax cuts would swamp the levy', {
        ...named,
        speakerName: 'analysts',
        speakerType: 'person',
      }),
    ).toBe('Karl Brandt’s other tax cuts would swamp the levy.');
    expect(standalone('he would resign in May', { ...named, speakerName: 'the source', speakerType: 'person' })).toBe(
      'Karl Brandt would resign in May.',
    );
  });

  // (inside the words a pronoun is as often whom the speaker spoke of, whom the sentences before need not name: the
  // guards of reported words hold whoever speaks them)
  it('stays as written inside the words, whoever reports them', () => {
    const inside: [string, { speakerName: string; speakerType: string }][] = [
      ['the levy would be swamped by his other tax cuts', { speakerName: 'analysts', speakerType: 'person' }],
      ['the flood drove her away from the quarry', { speakerName: 'the source', speakerType: 'person' }],
      ['the board would hear him on Monday', { speakerName: 'Harbor Authority', speakerType: 'organization' }],
      [
        'the striker would earn $2 million a year after he passes a medical',
        { speakerName: 'The club', speakerType: 'organization' },
      ],
    ];
    for (const [words, speaker] of inside) expect(standalone(words, { ...named, ...speaker })).toBe(words);
  });

  it('stays as written for a person who reports them, who may be the one meant', () => {
    const speaker = { ...named, speakerName: 'Ana Ruiz', speakerType: 'person', gender: 'f' as const };
    expect(standalone('the flood drove her away from the quarry', speaker)).toBe(
      'the flood drove her away from the quarry',
    );
  });
});

describe('the words of a partial quote inside doubled single quote marks', () => {
  it('are the speaker’s own, whose "he" is someone else, as inside double quote marks', () => {
    const forms = (quote: string) =>
      claimsOf(quote, [{ start: 0, end: quote.length }], {
        kind: 'partial',
        speaker: { name: 'Omar Reyes', type: 'person', gender: 'm' },
      }).map((c) => c.standalone);
    expect(forms('that the levy “failed twice. He lied about it.”')[1]).toBe('He lied about it');
    expect(forms("that the levy ''failed twice. He lied about it.''")[1]).toBe('He lied about it');
  });
});

describe('later claims of a quote', () => {
  const claimsWith = (quote: string) =>
    claimsOf(quote, [{ start: 0, end: quote.length }], {
      speaker: { name: 'Omar Reyes', type: 'person', gender: 'm' },
      namedBefore: { f: 'Nina Brandt' },
    }).map((c) => c.standalone);

  it('keep a condition with the clause it is waiting for', () => {
    expect(claimsWith('If the levy fails again, and the clinic closes, the county will lose 40 jobs.')).toEqual([
      'If the levy fails again, and the clinic closes, the county will lose 40 jobs',
    ]);
    expect(
      claimsWith('If the levy fails, and the clinic closes, and the mill shuts, the county will lose jobs.'),
    ).toEqual(['If the levy fails, and the clinic closes, and the mill shuts, the county will lose jobs']);
  });

  it('keep a "That’s" they open with whole, while a connective "that" is dropped', () => {
    expect(claimsWith('The levy failed twice. That’s why the clinic closed in May.')).toEqual([
      'The levy failed twice',
      'That’s why the clinic closed in May',
    ]);
    // a "that" before its verb is the subject, spelled out or not
    expect(claimsWith('The levy failed twice. That is why the clinic closed in May.')).toEqual([
      'The levy failed twice',
      'That is why the clinic closed in May',
    ]);
    expect(claimsWith('That was the year the plant closed.')).toEqual(['That was the year the plant closed']);
    // a "That" opening a sentence stays, before a noun or a clause of its own
    expect(claimsWith('The levy failed twice. That program cost the county 40 jobs.')).toEqual([
      'The levy failed twice',
      'That program cost the county 40 jobs',
    ]);
    expect(claimsWith('That I ever backed the levy is nonsense.')).toEqual(['That I ever backed the levy is nonsense']);
    expect(claimsWith('The levy failed twice. That hasn’t happened since 1958.')).toEqual([
      'The levy failed twice',
      'That hasn’t happened since 1958',
    ]);
  });

  it('do not end a sentence at a plural or military title', () => {
    expect(
      claimsWith('The levy was backed by Sens. Ana Ruiz and Tom Bell and by Col. Dan Ortiz and Del. Amy Cho.'),
    ).toEqual(['The levy was backed by Sens. Ana Ruiz and Tom Bell and by Col. Dan Ortiz and Del. Amy Cho']);
  });

  it('end a sentence at "Del." when it is a state after a town', () => {
    expect(claimsWith('We hired 300 workers in Dover, Del. Lopez fired them all in May.')).toEqual([
      'We hired 300 workers in Dover, Del',
      'Lopez fired them all in May',
    ]);
  });

  it('keep "then-" before a title and an apostrophe before a decade', () => {
    expect(claimsWith('The levy passed in the ‘90s. Then-Mayor Ana Ruiz signed it.')).toEqual([
      'The levy passed in the ‘90s',
      'Then-Mayor Ana Ruiz signed it',
    ]);
  });

  it('keep the bracket a writer put in at their start', () => {
    expect(claimsWith('“[T]he levy failed twice. [The county] lost 40 jobs.”')).toEqual([
      '[T]he levy failed twice',
      '[The county] lost 40 jobs',
    ]);
  });

  it('keep a list of gerunds, or of words after "not" that are no verbs, in one claim', () => {
    expect(
      claimsWith(
        'Voters are not fully aware of her work, including running the clinic, fixing roads and cutting taxes.',
      ),
    ).toEqual(['Voters are not fully aware of her work, including running the clinic, fixing roads and cutting taxes']);
    expect(claimsWith('The levy is going to fund roads, building schools and getting results.')).toEqual([
      'The levy is going to fund roads, building schools and getting results',
    ]);
  });

  it('keep a list of noun phrases after ", and" in its claim, and split before a clause', () => {
    expect(claimsWith('The mayor thanked the fire chief, Ana Ruiz, and the county clerk, Tom Bell.')).toEqual([
      'The mayor thanked the fire chief, Ana Ruiz, and the county clerk, Tom Bell',
    ]);
    expect(claimsWith('The clinic closed in May, and this year the mill closed too.')).toEqual([
      'The clinic closed in May',
      'this year the mill closed too',
    ]);
    expect(
      claimsWith('The governor, who took office in 2019, and the mayor, who was elected in 2020, backed the levy.'),
    ).toEqual(['The governor, who took office in 2019, and the mayor, who was elected in 2020, backed the levy']);
    expect(claimsWith('The clinic closed in May, and the mill, which employed 300 people, shut in June.')).toEqual([
      'The clinic closed in May',
      'the mill, which employed 300 people, shut in June',
    ]);
    expect(claimsWith('The levy failed in May, and they closed the clinic.')).toEqual([
      'The levy failed in May',
      'they closed the clinic',
    ]);
  });

  it('keep the two halves of "not only … but" and a "because" the copula takes as one claim', () => {
    expect(claimsWith('The levy not only closed the clinic, but it cost the county 40 jobs.')).toEqual([
      'The levy not only closed the clinic, but it cost the county 40 jobs',
    ]);
    // a negation may deny the reason, not the deed: apart, the halves would assert what was denied
    expect(claimsWith('The county was not reopening the clinic because it had run out of money.')).toEqual([
      'The county was not reopening the clinic because it had run out of money',
    ]);
    // (a comma sets the reason outside the negation)
    expect(claimsWith('The county did not reopen the clinic, because it had run out of money.')).toEqual([
      'The county did not reopen the clinic',
      'it had run out of money',
    ]);
    expect(claimsWith('The reason the clinic closed in May is because the levy failed twice.')).toEqual([
      'The reason the clinic closed in May is because the levy failed twice',
    ]);
    expect(claimsWith('The levy is not a tax, but instead a fee on new homes.')).toEqual([
      'The levy is not a tax, but instead a fee on new homes',
    ]);
    expect(claimsWith('The council members all but Lopez voted for the levy.')).toEqual([
      'The council members all but Lopez voted for the levy',
    ]);
    expect(claimsWith('The plan is not about jobs, but about the people it would hurt.')).toEqual([
      'The plan is not about jobs, but about the people it would hurt',
    ]);
    expect(claimsWith('The storm closed all but one of the county’s clinics.')).toEqual([
      'The storm closed all but one of the county’s clinics',
    ]);
    // a clause after an opening phrase is a claim of its own, and "help but" is a joint unless "can't help but"
    expect(claimsWith('The mayor did not veto the levy, but in March she closed the clinic.')).toEqual([
      'The mayor did not veto the levy',
      'in March she closed the clinic',
    ]);
    expect(claimsWith('The plan will not cut taxes, but as a result the deficit will grow.')).toEqual([
      'The plan will not cut taxes',
      'as a result the deficit will grow',
    ]);
    expect(claimsWith('The governor wanted to help but the legislature blocked the money.')).toEqual([
      'The governor wanted to help',
      'the legislature blocked the money',
    ]);
    // a "but" before a clause of its own still joins two claims, negation or not
    expect(claimsWith('The levy did not pass, but the county kept the clinic open.')).toEqual([
      'The levy did not pass',
      'the county kept the clinic open',
    ]);
    // a "because" after a clause of its own still joins two claims
    expect(claimsWith('The clinic closed in May because the levy failed twice.')).toEqual([
      'The clinic closed in May',
      'the levy failed twice',
    ]);
  });

  it('keep an aside set off by a pair of dashes inside the claim it interrupts', () => {
    expect(claimsWith('The county does not — and will not — sell the clinic.')).toEqual([
      'The county does not — and will not — sell the clinic',
    ]);
    // nor does a joint inside the aside cut it, or a dash before a relative clause
    expect(claimsWith('The levy — passed in March, but vetoed in May — cost the county 40 jobs.')).toEqual([
      'The levy — passed in March, but vetoed in May — cost the county 40 jobs',
    ]);
    expect(claimsWith('The county closed the clinic in May — which cost it 40 jobs.')).toEqual([
      'The county closed the clinic in May — which cost it 40 jobs',
    ]);
    // a clause after the closing dash is a claim of its own
    expect(
      claimsWith('The county closed the clinic — a hard call for the town — and the mill will close in June.'),
    ).toEqual(['The county closed the clinic — a hard call for the town', 'the mill will close in June']);
    // a dash before a clause of its own still joins two claims
    expect(claimsWith('The county closed the clinic in May — the mill closed in June.')).toEqual([
      'The county closed the clinic in May',
      'the mill closed in June',
    ]);
  });

  it('take the person named before the quote for a leading "he"/"she" while no other name has come in it', () => {
    expect(claimsWith('The levy passed in March. She vetoed it twice since then.')).toEqual([
      'The levy passed in March',
      'Nina Brandt vetoed it twice since then.',
    ]);
    // the named subject of the claim before, past an opening adverbial and before "is a"
    expect(claimsWith('By any measure, Karl Kent is a fraud. He never paid the levy.')).toEqual([
      'By any measure, Karl Kent is a fraud',
      'Karl Kent never paid the levy.',
    ]);
    // someone named in the quote before the claim may be meant
    expect(claimsWith('Karl Kent wrote the levy. She vetoed it twice since then.')).toEqual([
      'Karl Kent wrote the levy',
      'She vetoed it twice since then',
    ]);
  });

  it('take the named subject of a claim before for a leading "he"/"she" past claims and narration naming nobody', () => {
    // past a claim that names nobody
    expect(claimsWith('Karl Kent is a fraud. The levy failed twice. He never paid it.')).toEqual([
      'Karl Kent is a fraud',
      'The levy failed twice',
      'Karl Kent never paid it.',
    ]);
    // not past one that names another person, by name or by a noun
    expect(claimsWith('Karl Kent is a fraud. I met Tom Bell in May. He never paid the levy.')[2]).toBe(
      'He never paid the levy',
    );
    expect(claimsWith('Karl Kent is a fraud. The mayor knows it. He never paid the levy.')[2]).toBe(
      'He never paid the levy',
    );
    // across the parts of a broken quote, unless the narration between them names someone else than the speaker
    const broken = (quote: string) => {
      const cut = quote.indexOf('”');
      const resume = quote.indexOf('“', cut) + 1;
      return claimsOf(
        quote,
        [
          { start: 1, end: cut },
          { start: resume, end: quote.length - 1 },
        ],
        { speaker: { name: 'Omar Reyes', type: 'person', gender: 'm' } },
      ).map((c) => c.standalone);
    };
    expect(broken('“Karl Kent is a fraud,” Reyes said. “He never paid the levy.”')).toEqual([
      'Karl Kent is a fraud',
      'Karl Kent never paid the levy.',
    ]);
    expect(broken('“Karl Kent is a fraud,” Reyes said of Sen. Bell. “He never paid the levy.”')[1]).toBe(
      'He never paid the levy',
    );
  });
});

describe('a leading "they" in the reported words of a group', () => {
  const group = { speakerName: 'officials', speakerType: 'person', reported: true, group: 'Port officials' };

  it('is the group, in the article’s words for it, with the verb of a contraction made whole', () => {
    expect(standalone('they expect the dredging to finish in May', group)).toBe(
      'Port officials expect the dredging to finish in May.',
    );
    expect(standalone('they’re reviewing 40 permits', group)).toBe('Port officials are reviewing 40 permits.');
    expect(standalone('that they’ll reopen the pier', group)).toBe('Port officials will reopen the pier.');
  });

  it('stays as written in quoted words, for a speaker that is not a group, and later in the claim', () => {
    expect(standalone('they expect the dredging to finish', { ...group, reported: false })).toBe(
      'they expect the dredging to finish',
    );
    expect(standalone('they expect the dredging to finish', { ...group, group: undefined })).toBe(
      'they expect the dredging to finish',
    );
    expect(standalone('the dredging, they said, will finish', group)).toBe('the dredging, they said, will finish');
  });
});

describe('a leading "it" or "its" in the reported words of an organisation', () => {
  const body = {
    speakerName: 'Port Authority',
    speakerType: 'organization',
    reported: true,
    body: 'The Port Authority',
  };

  it('is the organisation, in the article’s words for it', () => {
    expect(standalone('it is reviewing 40 permits', body)).toBe('The Port Authority is reviewing 40 permits.');
    expect(standalone('it found no record of the payment', body)).toBe(
      'The Port Authority found no record of the payment.',
    );
    expect(standalone('its inspectors found no leak', body)).toBe('The Port Authority’s inspectors found no leak.');
    expect(standalone('it would appeal the ruling', body)).toBe('The Port Authority would appeal the ruling.');
    expect(standalone('it would hire 300 dockers', body)).toBe('The Port Authority would hire 300 dockers.');
  });

  it('is "the organisation" and the head of its own name, not another body’s noun', () => {
    expect(standalone('the organisation was sending 3,000 blankets', body)).toBe(
      'The Port Authority was sending 3,000 blankets.',
    );
    expect(standalone('the authority would close the pier', body)).toBe('The Port Authority would close the pier.');
    expect(standalone('the agency had run out of money', body)).toBe('the agency had run out of money');
    expect(standalone('the port would close at noon', body)).toBe('the port would close at noon');
  });

  it('stays "it" where the "it" is nobody or may be what the body spoke of', () => {
    for (const claim of [
      'it is likely that the pier will close',
      'it will take weeks to drain the dock',
      'it did not appear to be tampered with',
      'it would cost $2 million',
      'it would cut waiting times',
      'it was unclear who signed the permit',
      'it would cut waiting times by a third',
    ])
      expect(standalone(claim, body)).toBe(claim);
  });
});

describe('a "he"/"she" opening a quote after several people are named', () => {
  const opening = (article: string) =>
    extractQuotes(article, { score: () => ({ checkworthiness: 0.5, checkworthy: true }) })
      .quotes.flatMap((quote) => quote.claims)
      .find((claim) => claim.text.includes('missed a payroll'))?.standalone;

  it('is the subject of the sentence before, when the article has named them most', () => {
    expect(
      opening(
        'Mayor Tom Alvarez has run the city for a decade. Alvarez said on Monday that Councilman Raj Patel had ' +
          'stalled the budget. “He has never missed a payroll,” said Ellen Brooks, a former aide.',
      ),
    ).toBe('Tom Alvarez has never missed a payroll.');
  });

  it('is not kept from the person by a place or a thing taken for a person', () => {
    // the one man named before the quote, beside a place
    expect(
      opening(
        'Mayor Tom Alvarez spoke in Northern Virginia on Monday. “He has never missed a payroll,” said Ellen Brooks, ' +
          'a former aide.',
      ),
    ).toBe('Tom Alvarez has never missed a payroll.');
    // the person a sentence names beside a place that is its subject
    const before =
      'Mayor Tom Alvarez has run the city for a decade. Alvarez said on Monday that Councilman Raj Patel had ' +
      'stalled the budget. ';
    expect(
      opening(before + 'Downing Street has praised Alvarez. “He has never missed a payroll,” said Ellen Brooks.'),
    ).toBe('Tom Alvarez has never missed a payroll.');
    // a sentence that names only a place still ends the search
    expect(opening(before + 'Then Downing Street called. “He has never missed a payroll,” said Ellen Brooks.')).toBe(
      'He has never missed a payroll',
    );
  });

  it('is the one person of that gender the article has named, when the paragraphs before name nobody who could be', () => {
    const between = 'The county board met twice in April.\n\nThe vote was delayed by a storm.\n\n';
    const quote = '“She has never missed a payroll,” said Tom Bell, a former aide.';
    expect(opening('Sen. Ana Ruiz filed the levy bill in March.\n\n' + between + quote)).toBe(
      'Ana Ruiz has never missed a payroll.',
    );
    // not when the article has named two women, nor when a noun before the quote may be the one meant
    expect(opening('Sen. Ana Ruiz filed the levy bill with Mayor Lisa Park.\n\n' + between + quote)).toBe(
      'She has never missed a payroll',
    );
    expect(
      opening(
        'Sen. Ana Ruiz filed the levy bill in March.\n\nThe county board met twice in April.\n\n' +
          'The vote was delayed by his widow.\n\n' +
          quote,
      ),
    ).toBe('She has never missed a payroll');
  });

  it('stays a pronoun when the sentence says of whom the words were, or the speaker is nobody the article names', () => {
    expect(
      opening(
        'Mayor Tom Alvarez has run the city for a decade. Alvarez said on Monday that Councilman Raj Patel had ' +
          'stalled the budget. “He has never missed a payroll,” Ellen Brooks said of Patel.',
      ),
    ).toBe('He has never missed a payroll');
    expect(
      opening(
        'Mayor Tom Alvarez has run the city for a decade. Alvarez said on Monday that Councilman Raj Patel had ' +
          'stalled the budget. “He has never missed a payroll,” said a former aide.',
      ),
    ).toBe('He has never missed a payroll');
    // the cue between the two parts of a quote says it as well; "said about an hour later" does not
    expect(
      opening(
        'Mayor Tom Alvarez has run the city for a decade. Alvarez said on Monday that Councilman Raj Patel had ' +
          'stalled the budget. “He has never missed a payroll,” Ellen Brooks said of Patel, “not once in 2019.”',
      ),
    ).toBe('He has never missed a payroll');
    expect(
      opening(
        'Mayor Tom Alvarez has run the city for a decade. Alvarez said on Monday that Councilman Raj Patel had ' +
          'stalled the budget. “He has never missed a payroll,” Ellen Brooks said about an hour later.',
      ),
    ).toBe('Tom Alvarez has never missed a payroll.');
  });

  describe('is the person the article is about, named last before the quote, when the sentences say no more', () => {
    const quote = '“He has never missed a payroll,” said Ellen Brooks, a former aide.';
    const hearing = (times: number) =>
      'Mayor Tom Alvarez opened the budget hearing. ' +
      Array.from({ length: times - 2 }, () => 'Alvarez spoke again.').join(' ') +
      '\n\n';

    it('names the one named at least four times and twice as often as anyone else', () => {
      expect(opening(hearing(4) + 'Councilman Raj Patel and Alvarez then met the press. ' + quote)).toBe(
        'Tom Alvarez has never missed a payroll.',
      );
    });

    it('leaves the pronoun when another man was named after, or the person is not named often enough', () => {
      expect(opening(hearing(4) + 'Alvarez met the press. Councilman Raj Patel left early. ' + quote)).toBe(
        'He has never missed a payroll',
      );
      expect(opening(hearing(3) + 'Councilman Raj Patel and Alvarez then met the press. ' + quote)).toBe(
        'He has never missed a payroll',
      );
      // (a rival named half as often is no passing mention)
      expect(
        opening(
          hearing(5) +
            'Councilman Raj Patel met the press. Patel spoke, and Patel spoke again. ' +
            'Patel spoke with Alvarez. ' +
            quote,
        ),
      ).toBe('He has never missed a payroll');
    });

    it('leaves the pronoun when someone whose gender the text does not give was named after', () => {
      expect(opening(hearing(4) + 'Kai Vale then spoke. ' + quote)).toBe('He has never missed a payroll');
    });

    it('leaves the pronoun when the sentence before has another man as its subject, the person named only after', () => {
      expect(
        opening(hearing(4) + 'Councilman Raj Patel, who sat beside Alvarez for a decade, retired in May. ' + quote),
      ).toBe('He has never missed a payroll');
    });
  });

  it('stays a pronoun when another person who could be meant is named as often', () => {
    expect(
      opening(
        'Councilman Raj Patel spoke first and Patel asked for a vote. Mayor Tom Alvarez said on Monday that ' +
          'Patel had stalled the budget. “He has never missed a payroll,” said Ellen Brooks, a former aide.',
      ),
    ).toBe('He has never missed a payroll');
  });
});

describe('a description of a person opening a claim', () => {
  const claimOf = (article: string, words: string) =>
    extractQuotes(article, { score: () => ({ checkworthiness: 0.5, checkworthy: true }) })
      .quotes.flatMap((quote) => quote.claims)
      .find((claim) => claim.text.includes(words))?.standalone;

  it('is the person the article gives that office and place', () => {
    expect(
      claimOf(
        'Ohio Gov. Dale Brennan toured a steel mill on Monday. Rivera said the Ohio governor’s budget cut school aid.',
        'budget cut school aid',
      ),
    ).toBe('Dale Brennan’s budget cut school aid.');
    expect(
      claimOf(
        'Sen. Ana Ruiz of Nevada and Gov. Dale Brennan met on Monday. Rivera said the senator voted against the bill.',
        'voted against the bill',
      ),
    ).toBe('Ana Ruiz voted against the bill.');
  });

  it('stays as written when the words narrow the office or make it anyone’s', () => {
    const article =
      'Sen. Ana Ruiz of Nevada and Gov. Dale Brennan met on Monday. Rivera said the senator who wrote the bill ' +
      'was gone. Rivera said the junior senator voted against it. Rivera said the nominee has to win Nevada.';
    expect(claimOf(article, 'who wrote the bill')).toBe('the senator who wrote the bill was gone');
    expect(claimOf(article, 'voted against it')).toBe('the junior senator voted against it');
    expect(claimOf(article, 'has to win Nevada')).toBe('the nominee has to win Nevada');
  });

  it('is named before the pronouns after it, which then stay as written', () => {
    // ("the program" is named by the article’s one description of it; "him" is then not named after that owner)
    expect(
      claimOf(
        'Gov. Dale Brennan’s program was criticised on Monday. “The program hurts him,” Rivera said.',
        'hurts him',
      ),
    ).toBe('Gov. Dale Brennan’s program hurts him.');
  });

  it('stays as written for an office nobody the article names holds, and for the speaker', () => {
    expect(claimOf('Dale Brennan spoke on Monday. Brennan said the judge was biased.', 'was biased')).toBe(
      'the judge was biased',
    );
    expect(
      claimOf('Gov. Dale Brennan spoke on Monday. “The governor has never missed a payroll,” Brennan said.', 'payroll'),
    ).toBe('The governor has never missed a payroll');
    // "the next governor" is whoever wins
    expect(
      claimOf('Gov. Dale Brennan spoke on Monday. Rivera said the next governor will raise taxes.', 'raise taxes'),
    ).toBe('the next governor will raise taxes');
  });
});

describe('an answer', () => {
  const claims = (quote: string) =>
    claimsOf(quote, [{ start: 0, end: quote.length }], {
      speaker: { name: 'Iris Okoro', type: 'person', gender: 'f' },
    });

  it('that leaves its verb to the question is no claim', () => {
    expect(claims('I don’t. Unemployment is 4.1 percent.').map((c) => c.standalone)).toEqual([
      'Unemployment is 4.1 percent',
    ]);
  });

  it('"No." opening the words is no part of the next claim, but "No. 5" is a number', () => {
    expect(claims('No. Rents rose 6 percent last year.').map((c) => c.text)).toEqual([
      'Rents rose 6 percent last year',
    ]);
    expect(claims('No. 5 on the list was the levy, which passed in 2019.')[0]?.text).toMatch(/^No\. 5 on the list/);
  });
});
