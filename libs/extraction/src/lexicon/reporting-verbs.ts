/**
 * Reporting verbs and phrases ("said", "criticized", "according to"): their inflected forms, how strongly each
 * attributes on its own, and what it takes (a listener, a preposition, only a quote). General news-writing English.
 */
import { wordSet, wordTable } from './word-set';

/** Base forms of reporting verbs; inflections are generated below. */
const CUE_VERB_BASES = wordSet(`
say|tell|add|note|argue|claim|state|announce|report|write|explain|insist|warn|suggest|believe|think|assert|contend|
acknowledge|admit|predict|promise|vow|pledge|urge|deny|maintain|estimate|find|show|conclude|declare|confirm|reveal|
recall|tweet|post|testify|complain|charge|allege|repeat|reply|respond|retort|stress|emphasize|emphasise|point out|
observe|remark|comment|concede|boast|brag|joke|quip|mention|indicate|predict|forecast|project|caution|accuse|criticize|
praise|describe|call|ask|demand|question|propose|recommend|advise|counter|continue|conclude|answer|agree|disagree|
hope|fear|worry|expect|predict|acknowledge|announce|assure|guarantee|speculate|theorize|surmise|reason|posit|
rule|find|determine|decide|order|direct|require|instruct|declare|proclaim|affirm|reaffirm|reiterate|underscore|
highlight|lament|wonder|doubt|dispute|reject|dismiss|blast|slam|attack|defend|concur|signal|hint|imply|
announce|disclose|divulge|inform|notify|advise|remind|assure|convince|persuade|caution|blame|credit|cite|
shout|yell|scream|whisper|mutter|chant|sing|exclaim|cry|plead|beg|pray|swear|threaten|pledge|offer|
acknowledge|admit|confess|recount|describe|summarize|characterize|label|dub|brand|term|refer|
tout|trumpet|boast|herald|hail|applaud|welcome|condemn|denounce|decry|deride|mock|ridicule|
feel|know|understand|see|consider|regard|view|recognize|realize|acknowledge|guess|suppose|assume|
want|plan|intend|seek|aim|try|refuse|decline|push|press|lobby|campaign|vote|support|oppose|endorse|favor|back
`);

/**
 * Stance and reporting verbs that attribute with any complement — an object ("criticized the plan"), an infinitive
 * ("wants to run"), a clause or a prepositional object ("warned of a battle"). PolNeAR counts these as attributions
 * (beliefs, plans, stances, evaluations) as long as the subject is someone who can hold a view.
 */
export const STANCE_BASES = wordSet(`
endorse|decline|describe|accuse|criticize|criticise|believe|explain|acknowledge|agree|express|support|offer|urge|seek|
claim|warn|refuse|cite|propose|reveal|defend|conclude|vow|state|praise|promise|oppose|recall|hope|insist|question|
reject|mention|attack|discuss|reply|deny|indicate|blast|dismiss|denounce|predict|confirm|worry|admit|blame|complain|
assure|echo|doubt|repeat|condemn|deem|assert|joke|remind|voice|request|stress|portray|concede|prefer|decry|
highlight|tout|encourage|slam|boast|plead|thank|threaten|emphasize|emphasise|remark|answer|lament|promote|signal|hint|
disclose|quote|retweet|assail|applaud|welcome|forecast|wonder|recommend|caution|allege|champion|bemoan|imply|liken|
invoke|comment|detail|lambaste|rebuke|deride|inform|recount|speculate|label|knock|unveil|testify|want|plan|intend|
ask|tell|say|note|argue|add|report|announce|write|tweet|suggest|demand|pledge|dispute|challenge|fault|chide|scold|
applaud|hail|congratulate|credit|thank|acknowledge|argue|contend|veto|announce|
lobby|refer|point|talk|speak|respond|rail|object|call|question|pressure
`);

/** Stance verbs taken by a preposition before their object ("referring to", "warned of", "called for"). */
export const STANCE_PARTICLES = wordTable<string>({
  refer: 'to',
  point: 'to',
  respond: 'to',
  reply: 'to',
  object: 'to',
  talk: 'about|of',
  speak: 'about|of|out',
  warn: 'of|about|against',
  complain: 'about|of',
  worry: 'about',
  rail: 'against',
  push: 'for|back',
  press: 'for',
  lobby: 'for|against',
  campaign: 'for|against',
  call: 'for|on',
  vote: 'for|against',
  joke: 'about',
  boast: 'about|of',
  insist: 'on',
  speculate: 'about|on',
  comment: 'on',
  testify: 'about|on',
  agree: 'with|to|on',
  hint: 'at',
  question: 'whether',
  wonder: 'whether|if|about',
  argue: 'for|against',
  plead: 'for|with',
  lament: 'about',
});

/** Irregular inflections of cue verbs: base -> forms. */
const IRREGULAR = wordTable<string[]>({
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  swear: ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  worry: ['worry', 'worries', 'worried', 'worrying'],
  imply: ['imply', 'implies', 'implied', 'implying'],
  notify: ['notify', 'notifies', 'notified', 'notifying'],
  try: ['try', 'tries', 'tried', 'trying'],
  theorize: ['theorize', 'theorizes', 'theorized', 'theorizing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  sign: ['sign', 'signs', 'signed', 'signing'],
  plan: ['plan', 'plans', 'planned', 'planning'],
  veto: ['veto', 'vetoes', 'vetoed', 'vetoing'],
  echo: ['echo', 'echoes', 'echoed', 'echoing'],
  mock: ['mock', 'mocks', 'mocked', 'mocking'],
  knock: ['knock', 'knocks', 'knocked', 'knocking'],
  fault: ['fault', 'faults', 'faulted', 'faulting'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  signal: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  rebuke: ['rebuke', 'rebukes', 'rebuked', 'rebuking'],
  point_out: [],
});

/** Verbs stressed on a final short syllable double the consonant: admitted, referred, quipped, regretted. */
const DOUBLING = wordSet(`
admit|commit|omit|permit|submit|emit|refer|prefer|defer|confer|infer|transfer|occur|recur|concur|compel|propel|repel|
expel|dispel|regret|abet|rebut|quip|control|patrol|deter|equip|allot|acquit|jab|nod|fret|chat|snap|stop|slam|plan|rip|
spar|scrap|tap|tip|dub|drop|grab|bar|bat|pat|pin|pit|spot|hug|beg|tag|vet|cap|chop|jog|nab|pen|sob|zap
`);

/** The forms of a base verb: itself, third person, past, gerund ("admit": admits, admitted, admitting). */
function inflect(base: string): string[] {
  if (IRREGULAR[base]) return IRREGULAR[base];
  if (DOUBLING.has(base)) {
    const doubled = base + base.slice(-1);
    return [base, base + 's', doubled + 'ed', doubled + 'ing'];
  }
  const out = [base];
  if (/e$/.test(base)) out.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(base)) out.push(base + 'es', base + 'ed', base + 'ing');
  else if (/^(?:[^aeiou]*[aeiou])[bdgmnprt]$/.test(base) && base.length <= 4) {
    const doubled = base + base.slice(-1);
    out.push(base + 's', doubled + 'ed', doubled + 'ing');
  } else out.push(base + 's', base + 'ed', base + 'ing');
  return out;
}

interface CueInfo {
  base: string;
  /** "strong" speech verbs attribute on their own; "weak" ones (beliefs, plans, stances) only with a clausal complement. */
  strength: 'strong' | 'weak';
}

/** Verbs that attribute on their own, with no clause or quote needed to tell them from other uses. */
const STRONG = wordSet(`
say|tell|add|note|argue|claim|state|announce|report|write|explain|insist|warn|suggest|assert|contend|acknowledge|admit|
predict|promise|vow|pledge|urge|deny|maintain|estimate|conclude|declare|confirm|reveal|recall|tweet|testify|complain|
charge|allege|repeat|reply|respond|retort|stress|emphasize|emphasise|observe|remark|comment|concede|boast|brag|joke|
quip|mention|indicate|caution|accuse|ask|demand|propose|recommend|counter|continue|answer|agree|assure|speculate|
reason|posit|rule|reaffirm|reiterate|underscore|lament|wonder|dispute|proclaim|affirm|disclose|inform|remind|
shout|yell|scream|whisper|mutter|exclaim|plead|threaten|confess|recount|find|show|believe|think|call|describe|cite|
write|post|predict|forecast|project|signal|hint|imply|fear|hope|expect|worry
`);

/** Verbs that may introduce a direct quote by themselves ("he said," / "she told reporters:"). */
export const SPEECH_BASES = wordSet(`
say|tell|add|note|argue|claim|state|announce|report|write|explain|insist|warn|suggest|assert|contend|acknowledge|admit|
predict|promise|vow|pledge|urge|deny|maintain|conclude|declare|confirm|reveal|recall|tweet|testify|complain|charge|
allege|repeat|reply|respond|retort|stress|emphasize|emphasise|observe|remark|comment|concede|boast|brag|joke|quip|
mention|caution|ask|demand|counter|continue|answer|agree|assure|speculate|reason|posit|reaffirm|reiterate|underscore|
lament|wonder|proclaim|affirm|disclose|inform|remind|shout|yell|scream|whisper|mutter|exclaim|plead|threaten|confess|
recount|write|post|chant|cry|sing|swear|call|describe|speak|accuse|cite|thank|summarize|begin|start|open|close|
wonder|read|put|recall|echo|scoff|snap|sigh|laugh|muse|interject|interrupt|chime|gush|rave|rant|fume|bristle|
announce|predict|declare|tell|answer|explain|concede|preach|pray|plead|vow|pledge|hint|elaborate|clarify|note
`);

/** Every inflected form of a reporting verb, with its base and strength. */
const CUE_FORMS = new Map<string, CueInfo>();
for (const base of [...CUE_VERB_BASES, ...STANCE_BASES, ...SPEECH_BASES]) {
  if (base.includes(' ')) continue;
  for (const form of inflect(base)) {
    if (!CUE_FORMS.has(form)) CUE_FORMS.set(form, { base, strength: STRONG.has(base) ? 'strong' : 'weak' });
  }
}
// "speak" attributes only with what it is about ("spoke about", "spoke of"): see cues.ts
for (const form of ['speak', 'speaks', 'spoke', 'speaking']) CUE_FORMS.set(form, { base: 'speak', strength: 'weak' });

/** Verb forms that are too ambiguous on their own to act as cues unless followed by a complement clause marker. */
export const AMBIGUOUS_CUES = wordSet(`
call|calls|called|calling|show|shows|showed|shown|showing|find|finds|found|finding|continue|continues|continued|continuing|
see|sees|saw|seen|seeing|know|knows|knew|known|knowing|feel|feels|felt|feeling|understand|understands|understood|
order|orders|ordered|ordering|post|posts|posted|posting|back|backs|backed|backing|press|presses|pressed|pressing|
push|pushes|pushed|pushing|campaign|campaigns|campaigned|vote|votes|voted|voting|support|supports|supported|supporting|
view|views|viewed|regard|regards|regarded|term|terms|termed|credit|credits|credited|offer|offers|offered|
try|tries|tried|trying|want|wants|wanted|wanting|plan|plans|planned|planning|aim|aims|aimed|seek|seeks|sought|
rule|rules|ruled|direct|directs|directed|decide|decides|decided|determine|determines|determined|reason|reasons|reasoned|
project|projects|projected|question|questions|questioned|charge|charges|charged|report|reports|reported|
answer|answers|answered|signal|signals|signaled|comment|comments|commented|refer|refers|referred|view|label|labels|labeled|
cry|cries|cried|chant|chants|chanted|sing|sings|sang|swear|swore|guess|suppose|assume|consider|considers|considered|
hope|hopes|hoped|fear|fears|feared|worry|worries|worried|expect|expects|expected|favor|favors|favored|
oppose|opposes|opposed|endorse|endorses|endorsed|defend|defends|defended|attack|attacks|attacked|blast|blasts|blasted|
slam|slams|slammed|praise|praises|praised|welcome|welcomes|welcomed|condemn|condemns|condemned|mock|mocks|mocked|
describe|describes|described|cite|cites|cited|blame|blames|blamed|accuse|accuses|accused|criticize|criticizes|criticized|
refuse|refuses|refused|decline|declines|declined|intend|intends|intended|lobby|lobbies|lobbied|
thought|wonder|wonders|wondered|doubt|doubts|doubted|reject|rejects|rejected|dismiss|dismisses|dismissed|
hail|hails|hailed|tout|touts|touted|applaud|applauds|applauded|herald|heralds|heralded|dub|dubs|dubbed|brand|brands|branded|
characterize|characterizes|characterized|summarize|summarizes|summarized|recognize|recognizes|recognized|
realize|realizes|realized|speak|speaks|spoke|speaking|tweet|tweets|tweeted|write|writes|wrote|written
`);

/** Speech verbs that report only what is in quote marks ("he began, “…”", "the sign read “…”", "she laughed: “…”"). */
export const QUOTE_ONLY_BASES = wordSet(
  `begin|start|open|close|read|put|laugh|sigh|snap|pray|sing|cry|chant|thank|interrupt|interject|chime|gush|rave|rant|fume|bristle|preach|muse|scoff|echo|elaborate|clarify`,
);

/** The reporting verb a lower-case word is a form of, if any. */
export function cueInfo(lowerWord: string): CueInfo | undefined {
  return CUE_FORMS.get(lowerWord);
}

/** Verbs whose first object is the listener, not the content: "told CBS News that …". */
export const LISTENER_VERBS = wordSet(
  `tell|inform|remind|assure|warn|urge|ask|notify|advise|persuade|convince|promise|caution|beg|reassure`,
);

/** Multi-word cues: matched on lower-case token sequences. `according to` puts the source after. */
export const PHRASE_CUES: { words: string[]; sourceAfter: boolean }[] = [
  { words: ['according', 'to'], sourceAfter: true },
  { words: ['point', 'out'], sourceAfter: false },
  { words: ['points', 'out'], sourceAfter: false },
  { words: ['pointed', 'out'], sourceAfter: false },
  { words: ['pointing', 'out'], sourceAfter: false },
  { words: ['went', 'on', 'to', 'say'], sourceAfter: false },
  { words: ['in', 'the', 'words', 'of'], sourceAfter: true },
  { words: ['as', 'quoted', 'by'], sourceAfter: true },
  { words: ['quoted', 'by'], sourceAfter: true },
];

/**
 * Speech verbs whose passive subject is the one spoken to or about ("was accused", "was asked", "has been told"). Verbs
 * of being convinced or assured are left out: their passive subject holds the belief ("she is convinced that …").
 */
export const PATIENT_PASSIVES = new Set(
  (
    'accused charged asked told criticized criticised blamed urged called praised attacked condemned warned advised ' +
    'ordered instructed described labeled labelled branded credited pressed encouraged invited challenged questioned ' +
    'informed reminded investigated sued'
  ).split(' '),
);

/** Verbs that report another's words "as saying" them: "quoted Mayor Ann Roe as saying …", "cited an aide as saying …". */
export const QUOTING_VERB = /^(?:quote|quotes|quoted|quoting|cite|cites|cited|citing)$/;

/** The participle a quoting verb's "as" takes: "as saying", "as telling", "as writing". */
export const AS_SAYING = /^(?:saying|telling|writing)$/;
