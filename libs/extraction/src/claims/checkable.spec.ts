import { hasFactAnchor, uncheckableKind } from './checkable';
import { claimsOf, scoreClaim } from './claims-of';

describe('checkable assertions', () => {
  it.each([
    'The county closed four clinics in 2019',
    'as many as 10,000 people could lose their benefits',
    'Sixty per cent of parents opposed the plan',
    'the defendant despised his former employer',
    'the water contained too much arsenic',
    'an experimental pill cut the risk of stroke by a third',
    'on average, a prison place cost the taxpayer £51,000 a year',
    'the tax is too high at 40 percent',
    'her parents made too much money to qualify for the grant',
    'inflation rose to 9 percent in May',
    'the ruling party lost its majority in the assembly',
    '2 million people live in informal settlements',
    'Half of our doctoral candidates come from abroad',
    'about 8 million Americans use insulin',
    'Turnout in the third ward fell by a third',
    'In 2021, the district spent more on buses than on books',
    'To win the county, Ortiz needs 40 percent of the vote',
    'to date, the county has closed four clinics',
    'about 40 percent of the county’s buses are late',
    'to put it simply, the board cut its staff by half',
    'of course, the jobless rate fell to 4 percent in May',
    'The more buses the county runs, the fewer cars there are on the bridge',
    'Only 20 percent of residents have confidence in the council',
    'The county did not know where the money went',
    'Ortiz was the declared winner in the third ward',
    'A study titled Rivers at Risk found mercury in 30 of the 42 lakes sampled',
    'Nobody other than the clerk signed the contract',
    'The clerk looked the other way while the fines went unpaid',
    'Turnout looked more robust than in the primary',
    'The new clerk appears to have signed both contracts',
    'The jobless rate seems lower than it was in March',
    'I don’t know what the bridge cost, but the county paid $9 million for its ramps',
    'She voted against the levy twice',
    'The agency overruled the inspectors',
    'Cutting the ferry subsidy has not lowered fares',
    'The towns that joined the compact saved money',
    'The mayor, who took office in March, has closed two shelters',
    'Last week they doubled the parking fines',
    'There is no record of the payment',
    'It’s the third time the bridge has closed this year',
    'The governor will cut 2,000 jobs next year',
    'He could not answer the auditors',
    'The levy symbolised a 5 percent rise in the county’s take',
    'She represents the district on the water board',
    'The district needed 40 more teachers in 2023',
    'The board knows the bridge closed in 2019',
    'The clerk mocked the auditor at the hearing',
    'The fines Ortiz had waived were reinstated',
    'The council can raise fees for parking',
    'Tenants cannot be evicted in winter',
    'Ortiz beats Whitfield by 12 votes in the runoff',
    'It is clear from the minutes that the board knew',
    'The inspectors are going to farms across the valley',
    'The board was going to sell the land',
    'The council is going to close the pool in 2026',
    'The inspector was encouraging tenants to complain',
    'The board had to close the pool',
    'Landlords that stand to gain from the rule donated thousands to the campaign',
    'Workers that stand to lose their pensions marched on the capitol',
    'The mayor said the count was “accurate”',
    // a gerund as the subject of a past verb: a noun, not a clause cut from its verb
    'spending rose by 10 percent last year',
    'Borrowing increased by a third in March',
    'Hiring slowed sharply after the strike',
    'Housing starts fell 3 percent in May',
    // "at least" before a figure opens no phrase; a bare noun before a past and its object or figure is the subject
    'at least 47 homes had been destroyed',
    'At most 3 people were hurt in the crash',
    'demand hit a record 86,200 megawatts on Monday',
    // after a number an "-s" word is a plural noun; "general" after a noun is part of it; a percentage is one word
    'Its 57 delegates make it the largest prize in May',
    'the inspector general also found 12 messages with classified information',
    'The mayor’s loyal 22% goes a long way in the third ward',
    'Section 230 protects online platforms from liability',
    // a threshold is a rule to look up
    'Scoring 20% of the vote in a district is enough to qualify for a delegate',
    // a counted plural and a past in "-ed"
    'Three and a half million people marched against the levy',
    '3 million people marched against the levy',
    // a subject with its relative clause, a verb the lexicon reads as a noun, bare nouns or a bare plural opening
    'Adults who cycle to work have a 40 percent lower risk of heart disease',
    'The adults who smoke have a higher risk of cancer',
    'Benefit fraud costs the state 2 billion euros a year',
    'tax evasion cost Portugal between 3 billion and 5 billion euros a year',
    'insurers planned to raise premiums by 12 percent',
  ])('%s', (claim) => {
    expect(uncheckableKind(claim)).toBeNull();
  });

  it.each([
    ['Would the council ever admit it?', 'question'],
    ['Why would anyone believe the fund is solvent', 'question'],
    // a fragment: cut out of "urged …", "called for …", "spoke about …"
    ['to raise the speed limit on rural roads', 'fragment'],
    ['local farmers to sell their land to the state', 'fragment'],
    ['has been met with protests across the county', 'fragment'],
    ['rising rents and fewer buses', 'fragment'],
    // (a noun, then a participle or a relative clause: no verb of its own)
    ['harbours reduced to rubble', 'fragment'],
    ['the number of seats Senate Democrats control', 'fragment'],
    ['the confusing array of repayment programs that already exist', 'fragment'],
    ['a quarterly loss that was wider than analysts had expected', 'fragment'],
    ['The families who councils housed in hotels', 'fragment'],
    ['crops destroyed the previous season', 'fragment'],
    ['a pamphlet entitled The Harbour Was Ours: Letters From Dockside', 'fragment'],
    ['a study titled Rivers at Risk', 'fragment'],
    ['than they do in the county as a whole', 'fragment'],
    ['to back the levy, whoever ends up proposing it', 'fragment'],
    ['to lower taxes at the docks, the harbor board has cut its staff', 'fragment'],
    ['to concede: the ferry fares were up 12 percent by Friday', 'fragment'],
    ['of remarks the mayor made, the clerk kept no record', 'fragment'],
    ['about the ferry contract he had signed the year before', 'fragment'],
    ['why the board waited until March, and the clerk was not told', 'fragment'],
    ['whether the county could keep its pledge of more buses by 2030', 'fragment'],
    ['that have lost the most jobs since the mill closed', 'fragment'],
    ['who they would back, and the poll found most undecided', 'fragment'],
    ['by cutting the library budget in half', 'fragment'],
    ['abolishing the water board before the election', 'fragment'],
    ['dropping carried interest as promised', 'fragment'],
    // an auxiliary whose verb is in the sentence before: "He promised to fix the roads. He didn't."
    ['He didn’t.', 'fragment'],
    ['Ida Roe’s plan cut the tax on investment income and.', 'fragment'],
    ['a compromise plan endorsed by four senators', 'fragment'],
    // a feeling about someone, or a "too" no figure measures
    ['the board has spent too much on consultants', 'opinion'],
    ['I love this city', 'opinion'],
    ['the board never has', 'fragment'],
    ['they were not', 'fragment'],
    ['at least 175 delegates for the evening', 'fragment'],
    ['claiming he won the runoff by 12 votes', 'fragment'],
    ['having spearheaded the biggest merger in the county', 'fragment'],
    ['a letter he sent after the vote', 'fragment'],
    ['criticism of the chief, who resigned in May', 'fragment'],
    ['no evidence that the ballots were altered', 'fragment'],
    // cut from its verb ("… lent them"), or cut off before its end
    ['them cheap loans - the bank has also raised its fees', 'fragment'],
    ['him for years, and the council kept paying', 'fragment'],
    ['She voted for the levy and', 'fragment'],
    ['The county has closed two clinics, and', 'fragment'],
    ['The ferry has lost money since the', 'fragment'],
    // a noun with a relative clause opening with a name, no verb of its own
    ['the fines Ortiz had waived for her neighbours', 'fragment'],
    ['the loans Dana Whitfield had signed as treasurer', 'fragment'],
    ['delays that can slow the plant and reinforce concerns about the budget', 'fragment'],
    ['why the audit was delayed', 'fragment'],
    // a pure opinion: a belief, a feeling, an exhortation, a judgement, a prediction with nothing to measure
    ['I think the new stadium is a good idea', 'opinion'],
    ['Ms. Ortiz doesn’t believe the plan can work', 'opinion'],
    ['We are delighted with the jury’s verdict', 'opinion'],
    ['The council should resign', 'opinion'],
    ['The whole episode is just shameful', 'opinion'],
    ['Closing the ward was a mistake', 'opinion'],
    ['The merger will hurt small farms', 'opinion'],
    ['30 percent was not enough', 'opinion'],
    ['Train drivers deserve a 35-hour week', 'opinion'],
    ['Three senators involved in the talks will vote against the deal', 'opinion'],
    ['The sooner the board acts, the better', 'opinion'],
    ['It is time to end the curfew', 'opinion'],
    ['The mayor called the report “a hatchet job”', 'opinion'],
    ['That is why it’s crucial to fund the clinics', 'opinion'],
    ['In a way, it was like shouting into a storm', 'opinion'],
    ['Parents in the valley are fed up with the bus delays', 'opinion'],
    ['The district needs a new superintendent', 'opinion'],
    ['The senator embodies everything wrong with the capital', 'opinion'],
    ['Some landlords are eager to sell before the tax rises', 'opinion'],
    ['The mayor has enormous respect for the firefighters', 'opinion'],
    ['The coach had “great respect” for the referees', 'opinion'],
    ['There is no reason to close the library', 'opinion'],
    ['The landlords are exaggerating the cost of repairs', 'opinion'],
    ['The landlord is discriminating against tenants with pets', 'opinion'],
    ['We know the zoning board is wrong', 'opinion'],
    ['The parade was an utter disaster', 'opinion'],
    ['The new stadium was a costly mistake', 'opinion'],
    ['The fare increase was unjustified', 'opinion'],
    ['When you fund the libraries, you fund the future', 'opinion'],
    ['The pool has lost money for years and, if nothing changes, it should close', 'opinion'],
    ['A lower fare does not mean more riders', 'opinion'],
    ['He risks alienating the unions', 'opinion'],
    ['There’s little to stop the developers now', 'opinion'],
    ['The county cannot be part of a deal like this', 'opinion'],
    ['We sometimes compare him to a weather vane', 'opinion'],
    ['She describes the levy as “theft”', 'opinion'],
    ['The council is going to close the pool', 'opinion'],
    ['They’re going to regret this vote', 'opinion'],
    ['We have to fix the bridge before winter', 'opinion'],
    ['You’ve got to hand it to the volunteers', 'opinion'],
    ['Ortiz agrees with the mayor on the budget', 'opinion'],
    ['The result was frankly shocking', 'opinion'],
    ['The new clerk is a proven liar', 'opinion'],
    ['The treasurer doesn’t know why the board changed its mind', 'opinion'],
    ['There’s nobody tougher than our county clerk', 'opinion'],
    ['The treasurer seemed irritated by the question', 'opinion'],
    ['It did sound like the clerk was hiding something', 'opinion'],
    ['The treasurer knows nothing about running a port', 'opinion'],
    ['The new clerk doesn’t understand the first thing about budgets', 'opinion'],
    ['The chief was “furious” about the audit', 'opinion'],
    // a feeling, a likeness, a forecast or a verdict on someone, with nothing to look up
    ['The treasurer was furious', 'opinion'],
    ['Our tenants are frustrated with the landlord', 'opinion'],
    ['The clerk was worried that the plant may close', 'opinion'],
    ['The levy is like a tax on breathing', 'opinion'],
    ['He’s like the opposite of his brother', 'opinion'],
    ['The harbor board is bound to lose the appeal', 'opinion'],
    ['The mayor is unlikely to win the runoff', 'opinion'],
    ['The new clerk was very charming', 'opinion'],
    ['The judge was biased against the tenants', 'opinion'],
    ['He is dangerous', 'opinion'],
    ['He is not qualified to be president', 'opinion'],
    ['The ruling is irrelevant', 'opinion'],
    ['The judge is biased against me', 'opinion'],
    ['The superintendent is an egomaniac', 'opinion'],
    ['Her remarks about the port were ill-advised', 'opinion'],
    // a verdict on how someone performs, a problem, a judgement set off by commas
    ['The harbor police did an amazing job keeping the pier open', 'opinion'],
    ['The county has done a horrible job', 'opinion'],
    ['Fare evasion is a problem for the ferry as well as for the buses', 'opinion'],
    ['This clerk is totally, thoroughly, unqualified to run the port', 'opinion'],
    // a figure of speech, taken as it stands, is no fact
    ['The union is at a crossroads', 'opinion'],
    ['The mayor’s hands are tied by the charter', 'opinion'],
    ['The audit is casting a shadow over the harbor board', 'opinion'],
    ['The volunteers went above and beyond', 'opinion'],
    ['The new zoning rules did not go far enough', 'opinion'],
    ['Rezoning the waterfront is a slippery slope', 'opinion'],
    // an exhortation whose date is when the thing ought to be, not a figure of the clause before
    ['The ferry has lost money for years and, if nothing changes, it should close on June 1', 'opinion'],
    // what must not be let happen, and what would follow if something were so
    ['We cannot allow the landlords to win this fight', 'opinion'],
    ['Ann Roe has had disagreements with Tom Pike but cannot allow Bo Lee to become mayor', 'opinion'],
    ['If the levy fails, the library is finished', 'opinion'],
    // a verdict in an evaluative word: careless, egregious, a positive step, fair
    ['The harbor board was extremely careless with the dredging records', 'opinion'],
    ['Closing the ferry line was an egregious act', 'opinion'],
    ['The new rules are a very positive development for tenants', 'opinion'],
    ['The council has been fair to both landlords and tenants', 'opinion'],
    // "would" contracted, a forecast, a judgement of conduct as what the verb's preposition takes
    ['He’d never vote for the levy', 'opinion'],
    ['The tenants are gonna lose this fight', 'opinion'],
    ['The ferry line was doomed to fail', 'opinion'],
    ['The landlord resorted to scapegoating the tenants', 'opinion'],
    // "100 percent" said as a degree is no figure to check
    ['The clerk will back the levy 100 percent', 'opinion'],
    // a verdict on what is hardest or matters most
    ['Potholes are the biggest problem in the county', 'opinion'],
    ['Our main concern is the schools', 'opinion'],
    // what someone is out to do, as the speaker reads it
    ['The harbor board is trying to hide the audit', 'opinion'],
    ['They’re trying to rig the ferry vote', 'opinion'],
    // which one really is
    ['The real villain in this dispute is Tom Ortiz', 'opinion'],
    // whether what is done or given suffices
    ['The housing board is not doing enough', 'opinion'],
    ['The audit provides sufficient detail', 'opinion'],
  ])('%s is a %s', (claim, kind) => {
    expect(uncheckableKind(claim)).toBe(kind);
  });

  it.each([
    // a figure in the first clause is a fact, whatever the clause after it urges
    'The jobless rate fell to 3.9 percent in May, and we must keep it there',
    // an aside and a counterfactual are no exhortation
    'He voted for the levy, I should say, in 2019',
    'The bill had the votes in committee; it should have passed',
    // a subject said the colloquial way
    'Him and Ortiz voted for the levy in 2019',
    // the noun "risks"
    'The drug carries serious risks including liver damage',
    // what someone did, not a judgement of how they act
    'The bank discriminated against borrowers in three counties',
    // a law, not a view
    'The treasurer cannot be a member of the council',
    // someone's words in quote marks are not read as the article's own likeness
    'He had full access to the server that “was like an open door”',
    // a share of people that feels it is a poll's finding; what someone is dismayed at may be a fact
    '61 percent of tenants were worried about the rent rise',
    'Most voters were angry about the tax increase',
    'Many tenants were worried about the rent rise',
    'She was disappointed that the clinic had closed in March',
    'She was disappointed but not surprised that the clinic had closed',
    // a comparison of likelihoods is a poll's finding too
    'Tenants are more likely to vote for Ortiz than for Whitfield',
    // a figure makes a verdict on a job checkable
    'The harbor police did a great job in 2023, cutting thefts by 40 percent',
    // a duty is no forecast; a verdict on a class of people or things, or under a law, is a finding; so is a
    // comparison with what others did
    'The state is bound to honor the contract under the settlement',
    'The compound is dangerous to fish even at low concentrations',
    'The new strain is dangerous to people with weak immune systems',
    'The ruling is irrelevant to pending cases in other states',
    'He is not qualified to serve under the state constitution',
    'The algorithm is biased against Black applicants',
    'The new rules are like those adopted in California',
    // a condition that points to where the fact is, or one with a figure, is a rule one can check
    'If you look at the minutes, the board voted twice on the levy',
    'If a tenant earns under $30,000, the county waives the fee',
    // "'d" for "had", and a figure of speech around a figure
    'She’d never seen the contract before the hearing',
    'The strike cast a shadow over the harbor, where traffic fell 30 percent',
    'Fares rose 100 percent, and they will rise again',
    'A 100 percent tariff on steel will take effect in May',
    // "100 percent" as a share of something is an amount, in a plan as in a fact
    'The new ferries will run on 100 percent renewable power',
    'The pier will be 100 percent funded by tolls',
    'Turnout could reach 100 percent in some wards',
    'Flooding was the biggest problem for farmers in 2019',
    // a task people are working at, and what someone was doing
    'Investigators are trying to determine whether the ferry was overloaded',
    'Firefighters are trying to put out the blaze at the pier',
    'The city is trying to hire 40 more teachers',
    'The captain was trying to reach the harbor when the engine failed',
    // the real thing that is no verdict, a superlative that a record settles, a finding about the best of a sample
    'The real estate company is owned by Tom Ortiz',
    'The real name of the suspect is Juan Perez',
    'The real killer was never found',
    'The best man at the wedding was Tom Ortiz',
    'The best performing schools were the ones with smaller classes',
    'The biggest donor to the ferry fund was Tom Ortiz',
    // what ought to come or what the law requires, after a clause with the same subject
    'The storm is moving north and should reach the coast on Friday',
    'The tax applies to sales and must be collected by the seller',
    'The county did not do enough inspections to meet the 2019 target',
    // what the law sets on a condition, a rule a body is bound by, hands bound in fact
    'If convicted, he faces life in prison for the ferry fire',
    'If approved, the merger creates the largest ferry operator on the coast',
    'The tribunal cannot allow evidence obtained without a warrant',
    'Under the charter, the board cannot accept gifts from contractors',
    'The clerk’s hands were tied with cable when deputies found him',
    'The robbers tied her hands behind her back',
    // the things themselves, not a figure of speech: a nerve gas, crisis talks, liability, a vein of ore
    'The ferry hit a nerve gas canister in the harbor',
    'The port authority is in crisis talks with the union',
    'The contractor was on the line for the cost of the dredging',
    'The harbor pilot was on the line with the tower when the ferry struck the pier',
    'The miners tapped into a vein of copper under the pier',
    // an adequate thing given, found by a test or an inspection (not an adequate account)
    'The vaccine provides adequate protection against the new strain',
    'The clinic did not keep adequate records of the drugs it dispensed',
    // an admission of conduct is a fact, not the speaker's judgement of it
    'The school admitted to discriminating against disabled pupils',
    // a fault something has is no ranking of problems
    'The ferry had a serious problem with its steering gear',
    'The pier has a major problem with corrosion',
    // a general condition and what holds under it, said plainly: a rule or a finding
    'If the gene is missing, the mice develop diabetes',
    'If the appeal fails, the captain loses his licence',
    'If a member misses two votes, the council removes the member',
    // a ranking in the past as the subject: what an inquiry found
    'The main problem was a faulty valve in the cooling system',
  ])('%s is a checkable assertion', (claim) => {
    expect(uncheckableKind(claim)).toBeNull();
  });

  it('keeps the frame: an opinion about a figure is still an opinion, a figure in a prediction can be checked', () => {
    expect(uncheckableKind('She believes the deficit grew by 4 percent')).toBe('opinion');
    expect(uncheckableKind('The deficit will reach $2 billion next year')).toBeNull();
  });

  it('takes a noun and its relative clause, cut from their verb, for a fragment, not a clause before one', () => {
    expect(uncheckableKind('Dana Whitfield, who has said the clinic lost $2 million')).toBe('fragment');
    expect(uncheckableKind('a few of his memos, which are quoted in the report')).toBe('fragment');
    expect(uncheckableKind('The mill closed in 2019, which cost 300 jobs')).toBeNull();
    expect(uncheckableKind('Dana Whitfield ran the clinic, which lost $2 million in 2019')).toBeNull();
  });

  it('reads a long or hostile claim in bounded time', () => {
    const commas = 'a, '.repeat(5000);
    const adverbs = 'really '.repeat(3000);
    const started = Date.now();
    expect(uncheckableKind(commas)).toBeNull();
    uncheckableKind(adverbs.slice(0, 1400) + 'said');
    expect(uncheckableKind('x, '.repeat(499))).toBe('fragment');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('finds what a fact-checker can look up: a figure, a date, a name, a past event', () => {
    expect(hasFactAnchor('The levy raised 4 percent more')).toBe(true);
    expect(hasFactAnchor('The board meets in March')).toBe(true);
    expect(hasFactAnchor('the plan hurts Ortiz')).toBe(true);
    expect(hasFactAnchor('the county closed the clinic')).toBe(true);
    expect(hasFactAnchor('you squeezed the tenants')).toBe(true);
    // an irregular past right after its subject; not a present "be" before it, nor a past that is also the present
    expect(hasFactAnchor('Borrowing rose to a record')).toBe(true);
    expect(hasFactAnchor('the ferry lost its subsidy')).toBe(true);
    expect(hasFactAnchor('the fees that are left to cut tend to be small')).toBe(false);
    expect(hasFactAnchor('we put one foot in front of the other')).toBe(false);
    expect(hasFactAnchor('the valley has come a long way')).toBe(false);
    expect(hasFactAnchor('Our parks are the heart of this town')).toBe(false);
  });

  it('reads a name opening the claim, an acronym and a past form the way a reader does', () => {
    // a first word the lexicon knows as a name or a place, and an acronym, are things to look up
    expect(hasFactAnchor('the levy hurts Obama')).toBe(true);
    expect(hasFactAnchor('Mexico’s exports dwarf ours')).toBe(true);
    expect(hasFactAnchor('the ferry authority ignores what the EPA requires')).toBe(true);
    // a common word opening a sentence, a contraction and a present in -ed are not
    expect(hasFactAnchor('Chances are small')).toBe(false);
    expect(hasFactAnchor('They’re doing a wonderful job')).toBe(false);
    expect(hasFactAnchor('we need a whole new approach')).toBe(false);
    // the capital of a second sentence is not a name, but a name after a title's dot is
    expect(hasFactAnchor('We have come a long way. We are a proud valley.')).toBe(false);
    expect(hasFactAnchor('The levy hurts Gov. Brennan')).toBe(true);
    // a word in capitals is an acronym only where the lexicon does not know it as a common word, and not in a
    // sentence written in capitals
    expect(hasFactAnchor('WE are a proud valley')).toBe(false);
    expect(hasFactAnchor('THIS IS A TOTAL DISGRACE')).toBe(false);
  });

  it('does not take the name of the subject alone for something to look up', () => {
    // a claim about a person names them: what it says of them is what there is to check
    expect(hasFactAnchor('Mayor Ortiz is a decent man')).toBe(false);
    expect(hasFactAnchor('Ortiz knows what the valley wants')).toBe(false);
    expect(hasFactAnchor('The Ortiz campaign is doing everything it can')).toBe(false);
    // a name past the subject, a figure or a past verb still is
    expect(hasFactAnchor('Ortiz is on leave from the Tribune')).toBe(true);
    expect(hasFactAnchor('Ortiz has 40 delegates')).toBe(true);
    expect(hasFactAnchor('Ortiz backed the levy')).toBe(true);
  });

  it('keeps a judging verb a judgement in the passive and an exhortation with "must have" and a noun', () => {
    expect(uncheckableKind('The savings are exaggerated')).toBe('opinion');
    expect(uncheckableKind('The plan has exaggerated the savings')).toBeNull();
    expect(uncheckableKind('The ferry is late again, and we must have a new one')).toBe('opinion');
  });

  it('parks a claim with nothing to look up in it when the model scores it low, not one with a fact in it', () => {
    const low = () => ({ checkworthiness: 0.3, checkworthy: true });
    const high = () => ({ checkworthiness: 0.6, checkworthy: true });
    expect(scoreClaim('Our parks are the heart of this town', low)).toEqual({
      checkworthiness: 0.15,
      checkworthy: false,
    });
    expect(scoreClaim('Our parks are the heart of this town', high).checkworthy).toBe(true);
    expect(scoreClaim('The county closed two parks', low).checkworthy).toBe(true);
  });

  it('parks what is not a checkable assertion: not check-worthy, its score discounted', () => {
    const score = () => ({ checkworthiness: 0.9, checkworthy: true });
    const text = 'The county closed four clinics in 2019. We are thrilled with the new park.';
    const claims = claimsOf(text, [{ start: 0, end: text.length }], { score });
    expect(claims.map((c) => [c.text, c.checkworthy, c.checkworthiness])).toEqual([
      ['The county closed four clinics in 2019', true, 0.9],
      ['We are thrilled with the new park', false, 0.45],
    ]);
  });

  it('keeps a claim whose verb is a past written as its present, and no noun phrase of the same word', () => {
    const score = () => ({ checkworthiness: 0.9, checkworthy: true });
    const text =
      'The new pier cost $40 million in 2021. The strike hurt the region’s farmers. The cost of the war. The plan was to cast the first vote.';
    const claims = claimsOf(text, [{ start: 0, end: text.length }], { score });
    expect(claims.map((c) => c.text)).toEqual([
      'The new pier cost $40 million in 2021',
      'The strike hurt the region’s farmers',
      'The plan was to cast the first vote',
    ]);
    expect(claims[0].checkworthy).toBe(true);
  });
});
