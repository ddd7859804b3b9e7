/**
 * The words and patterns the check-worthiness cues and the shape stream look for (see features.ts): numbers written
 * as words, statistics words, comparatives, opinion markers, greetings, months, function words, irregular past forms.
 */

export const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'trillions',
  'half',
  'double',
  'doubled',
  'tripled',
  'twice',
  'dozen',
  'dozens',
]);

export const STAT_WORDS = new Set([
  'percent',
  'percentage',
  'rate',
  'rates',
  'average',
  'median',
  'number',
  'numbers',
  'total',
  'budget',
  'deficit',
  'debt',
  'tax',
  'taxes',
  'jobs',
  'unemployment',
  'gdp',
  'economy',
  'income',
  'wages',
  'cost',
  'costs',
  'spending',
  'spent',
  'spend',
  'cut',
  'cuts',
  'increase',
  'increased',
  'decrease',
  'decreased',
  'raise',
  'raised',
  'rose',
  'fell',
  'grew',
  'growth',
  'inflation',
  'dollars',
  'dollar',
  'billion',
  'million',
  'trillion',
  'poverty',
  'record',
  'largest',
  'highest',
  'lowest',
  'biggest',
  'fastest',
  'worst',
  'best',
  'first',
  'last',
  'since',
  'ever',
  'history',
  'voted',
  'vote',
  'votes',
  'bill',
  'law',
  'signed',
  'passed',
  'veto',
  'vetoed',
  'created',
  'lost',
  'insurance',
  'medicare',
  'medicaid',
  'security',
  'killed',
  'died',
  'deaths',
  'people',
  'americans',
  'population',
  'year',
  'years',
  'month',
  'months',
  'administration',
  'congress',
  'senate',
  'plan',
  'program',
  'proposal',
]);

export const COMPARATIVES = new Set([
  'more',
  'less',
  'fewer',
  'than',
  'most',
  'least',
  'higher',
  'lower',
  'bigger',
  'smaller',
  'larger',
  'greater',
  'better',
  'worse',
  'faster',
  'slower',
  'up',
  'down',
  'over',
  'under',
  'almost',
  'nearly',
  'about',
  'approximately',
  'only',
  'every',
  'all',
  'none',
  'no',
]);

export const OPINION_MARKERS = [
  /\bi (?:think|believe|feel|hope|want|wish|guess|suppose|mean|know|say|said|promise)\b/,
  /\b(?:we|you|i|they) (?:should|must|need to|ought to|have to|got to|gotta)\b/,
  /\b(?:i'm|i am) (?:going to|gonna|not going to|proud|glad|happy|sure|confident)\b/,
  /\b(?:i'll|we'll|i will|we will|let me|let's)\b/,
  /\b(?:in my opinion|my view|frankly|honestly|believe me)\b/,
];

export const GREETING =
  /^(?:thank you|thanks|good (?:evening|morning|afternoon|night)|hello|hi|well|yes|no|okay|ok|sure|right|look|listen|excuse me)\b/;

export const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

export const FUNCTION_WORDS = new Set(
  (
    'i me my mine myself we us our ours ourselves you your yours yourself he him his himself she her hers ' +
    "herself it its itself they them their theirs themselves i'm i've i'll i'd we're we've we'll we'd you're " +
    "you've you'll you'd he's he'll he'd she's she'll she'd it's they're they've they'll they'd that's there's " +
    'this that these those the a an some any every each all no none both either neither such what which who ' +
    'whom whose when where why how whether if then than because since so as while although though until unless ' +
    "and or but nor not n't never also only just even very too really about above across after against along " +
    'among around at before behind below between beyond by down during except for from in inside into like near ' +
    'of off on onto out outside over past per through throughout to toward towards under up upon with within ' +
    'without am is are was were be been being have has had having do does did doing will would shall should ' +
    "can could may might must ought don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't aren't " +
    "wasn't weren't haven't hasn't hadn't let's here there now today yesterday tomorrow ago again already still " +
    'more most less least much many few fewer lot lots going gonna got get gets want wants think know say said ' +
    'tell told believe'
  ).split(' '),
);

export const IRREGULAR_PAST = new Set(
  (
    'was were had did said made took got went came gave sold bought paid lost won left brought built cut put ' +
    'set spent told thought knew saw ran began became fell grew rose shut sent kept led met wrote held stood ' +
    'found felt heard meant brought fought caught taught sought struck broke chose drove forgot froze hid ' +
    'rode shook spoke stole swore threw woke withdrew overcame undid understood'
  ).split(' '),
);
