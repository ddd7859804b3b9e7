/** A short, invented news story for the demo: quotes, attributions and claims of several kinds. */
export const DEMO_ARTICLE = {
  title: 'Governor says state added 48,000 jobs as rivals question the count',
  url: 'https://demo.factcheck.invalid/governor-jobs-claim',
  publisher: 'The Demo Gazette',
  body: [
    'Governor Maria Alvarez said on Tuesday that the state economy is growing faster than at any time in two decades.',
    '“We created 48,000 new jobs this year, more than any other state in the region,” Alvarez told reporters at the capitol. “Unemployment has fallen to 3.1 percent, the lowest rate since 2004.”',
    'Her opponent, state Senator Tom Becker, disputed the figures. “Most of those jobs are seasonal, and wages have not kept up with inflation,” Becker said in a statement.',
    'The state labor department said the count includes about 12,000 temporary positions.',
    'Alvarez also said that the new transit line would be finished by 2027.',
  ].join('\n\n'),
};
