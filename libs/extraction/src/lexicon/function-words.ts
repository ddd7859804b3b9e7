/**
 * Function words, auxiliaries, adverbs and time words: what stands between a speaker and a verb, or is never a speaker.
 */
import { wordSet, wordTable } from './word-set';

/** Auxiliaries and adverbs that may stand between a subject and its reporting verb ("has also said"). */
export const AUX_ADV = wordSet(`
has|have|had|having|is|was|were|are|am|be|been|being|will|would|could|should|may|might|must|can|shall|did|does|do|
also|later|previously|recently|repeatedly|then|now|again|once|often|still|even|already|publicly|privately|reportedly|
not|never|just|first|further|specifically|frequently|quickly|flatly|openly|explicitly|simply|clearly|initially|
long|twice|separately|similarly|likewise|earlier|famously|memorably|bluntly|angrily|loudly|quietly|tersely|
confidently|proudly|happily|sadly|emphatically|firmly|correctly|falsely|wrongly|rightly|accurately|mistakenly|
ultimately|eventually|finally|always|consistently|routinely|regularly|sometimes|occasionally|allegedly|apparently|
supposedly|seemingly|reportedly|generally|usually|largely|broadly|essentially|basically|actually|really|indeed|
immediately|swiftly|promptly|soon|subsequently|afterward|afterwards|yet|ever|only|who|which|that|n't|n’t|’ve|'ve|’s|'s|'d|’d
`);

/**
 * Words that cannot be part of a speaker noun phrase; a personal pronoun after a noun starts a clause ("told reporters
 * he …"), but not "us", which is also "US" ("US officials said").
 */
export const NP_STOP = wordSet(`
and|or|but|nor|so|yet|for|because|although|though|while|whereas|if|unless|since|when|whenever|after|before|until|as|
that|which|who|whom|whose|where|why|how|what|whether|than|to|in|on|at|by|with|from|into|onto|upon|about|over|under|
through|during|without|within|against|between|among|across|around|toward|towards|despite|via|per|like|unlike|
is|was|were|are|am|be|been|being|has|have|had|will|would|could|should|may|might|must|can|shall|did|does|do|
not|no|also|then|there|here|it's|it’s|said|says|say|told|tell|tells|
he|she|it|they|we|you|him|them|me
`);

/** Lower-case words that begin a sentence but are not names. */
export const FUNCTION_WORDS = wordSet(`
the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|many|most|more|few|several|all|both|each|every|
no|other|another|such|what|which|who|whom|whose|when|where|why|how|if|then|than|but|and|or|nor|so|yet|for|because|
although|though|while|as|after|before|since|until|unless|once|in|on|at|by|with|from|into|onto|about|over|under|
through|during|without|within|against|between|among|across|around|after|of|to|up|down|out|off|again|further|here|
there|now|also|still|just|even|only|very|too|not|never|always|often|however|meanwhile|separately|instead|
nevertheless|nonetheless|moreover|furthermore|indeed|yes|no|well|oh|please|thank|thanks|today|yesterday|tomorrow|
monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|next|first|second|third|new|former|late|earlier|later
`);

/** Sentences that are social formulas rather than assertions. */
export const GREETING_RE =
  /^(?:hello|hi|hey|good (?:morning|afternoon|evening|night)|thank you|thanks|welcome|goodbye|bye|congratulations|happy [a-z]+|god bless|merry christmas|cheers|please|sorry|excuse me|ladies and gentlemen)\b[^.?!]{0,40}[.!]?$/i;

export const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'repeatedly',
  'afterward',
  'afterwards',
  'also',
  'then',
  'once',
  'twice',
  'privately',
  'publicly',
  'separately',
  'frequently',
  'often',
  'flatly',
  'bluntly',
  'simply',
]);
export const TIME_NOUNS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow january february march april ' +
    'may june july august september october november december week weekend month year morning afternoon evening night'
  ).split(' '),
);
export const ADJUNCT_PREPS = new Set([
  'in',
  'on',
  'at',
  'during',
  'via',
  'through',
  'last',
  'this',
  'earlier',
  'late',
  'before',
  'after',
  'over',
  'with',
  'from',
  'to',
  'while',
  'when',
  'under',
  'of',
]);

/**
 * Adjectives and participles that say how a source stands to a matter, with the prepositions they take: "a source
 * close to the deal", "people familiar with the talks", "officials briefed on the plan".
 */
const SOURCE_RELATIONS = wordTable<RegExp>({
  close: /^(?:to|with)$/,
  familiar: /^with$/,
  briefed: /^(?:on|about)$/,
  knowledgeable: /^(?:about|of)$/,
  involved: /^(?:in|with)$/,
  privy: /^to$/,
  loyal: /^to$/,
  allied: /^with$/,
  aligned: /^with$/,
  sympathetic: /^to$/,
  connected: /^(?:to|with)$/,
});

/**
 * Participles of asking whose agent follows: "analysts surveyed by Datapoint", "voters polled by the Ledger",
 * "economists contacted by Reuters": the agent asked, the people before it answered.
 */
const ASKED_BY = /^(?:surveyed|polled|interviewed|questioned|contacted|consulted|quoted|sampled|asked|reached)$/;

/**
 * Whether `word` before `preposition` says how a source stands to what follows ("close to", "familiar with", "polled
 * by").
 */
export function isSourceRelation(word: string, preposition: string): boolean {
  if (preposition === 'by') return ASKED_BY.test(word);
  return Object.prototype.hasOwnProperty.call(SOURCE_RELATIONS, word) && SOURCE_RELATIONS[word].test(preposition);
}

/** Participles that follow a document or a group as a reduced relative clause ("a report released Tuesday by …"). */
export const POST_PARTICIPLE =
  /^(released|published|issued|obtained|conducted|commissioned|filed|sent|posted|written|prepared|produced|circulated|leaked|unveiled|aired|broadcast|distributed|signed)$/;
