/**
 * Word lists used by the rule-based extractor. Everything here is general English / news-writing vocabulary;
 * nothing is specific to one article.
 */

const set = (s: string): Set<string> =>
  new Set(
    s
      .trim()
      .split(/\s*\|\s*|\s*\n\s*/)
      .filter(Boolean),
  );

/** Base forms of reporting verbs; inflections are generated below. */
const CUE_VERB_BASES = set(`
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
export const STANCE_BASES = set(`
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
export const STANCE_PARTICLES: Record<string, string> = {
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
};

/** Irregular inflections of cue verbs: base -> forms. */
const IRREGULAR: Record<string, string[]> = {
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
};

/** Verbs stressed on a final short syllable double the consonant: admitted, referred, quipped, regretted. */
const DOUBLING = set(`
admit|commit|omit|permit|submit|emit|refer|prefer|defer|confer|infer|transfer|occur|recur|concur|compel|propel|repel|
expel|dispel|regret|abet|rebut|quip|control|patrol|deter|equip|allot|acquit|jab|nod|fret|chat|snap|stop|slam|plan|rip|
spar|scrap|tap|tip|dub|drop|grab|bar|bat|pat|pin|pit|spot|hug|beg|tag|vet|cap|chop|jog|nab|pen|sob|zap
`);

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return IRREGULAR[base];
  if (DOUBLING.has(base)) {
    const d = base + base.slice(-1);
    return [base, base + 's', d + 'ed', d + 'ing'];
  }
  const out = [base];
  if (/e$/.test(base)) out.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(base)) out.push(base + 'es', base + 'ed', base + 'ing');
  else if (/^(?:[^aeiou]*[aeiou])[bdgmnprt]$/.test(base) && base.length <= 4) {
    const d = base + base.slice(-1);
    out.push(base + 's', d + 'ed', d + 'ing');
  } else out.push(base + 's', base + 'ed', base + 'ing');
  return out;
}

export interface CueInfo {
  base: string;
  /** "strong" speech verbs attribute on their own; "weak" ones (beliefs, plans, stances) only with a clausal complement. */
  strength: 'strong' | 'weak';
}

const STRONG = set(`
say|tell|add|note|argue|claim|state|announce|report|write|explain|insist|warn|suggest|assert|contend|acknowledge|admit|
predict|promise|vow|pledge|urge|deny|maintain|estimate|conclude|declare|confirm|reveal|recall|tweet|testify|complain|
charge|allege|repeat|reply|respond|retort|stress|emphasize|emphasise|observe|remark|comment|concede|boast|brag|joke|
quip|mention|indicate|caution|accuse|ask|demand|propose|recommend|counter|continue|answer|agree|assure|speculate|
reason|posit|rule|reaffirm|reiterate|underscore|lament|wonder|dispute|proclaim|affirm|disclose|inform|remind|
shout|yell|scream|whisper|mutter|exclaim|plead|threaten|confess|recount|find|show|believe|think|call|describe|cite|
write|post|predict|forecast|project|signal|hint|imply|fear|hope|expect|worry
`);

/** Verbs that may introduce a direct quote by themselves ("he said," / "she told reporters:"). */
export const SPEECH_BASES = set(`
say|tell|add|note|argue|claim|state|announce|report|write|explain|insist|warn|suggest|assert|contend|acknowledge|admit|
predict|promise|vow|pledge|urge|deny|maintain|conclude|declare|confirm|reveal|recall|tweet|testify|complain|charge|
allege|repeat|reply|respond|retort|stress|emphasize|emphasise|observe|remark|comment|concede|boast|brag|joke|quip|
mention|caution|ask|demand|counter|continue|answer|agree|assure|speculate|reason|posit|reaffirm|reiterate|underscore|
lament|wonder|proclaim|affirm|disclose|inform|remind|shout|yell|scream|whisper|mutter|exclaim|plead|threaten|confess|
recount|write|post|chant|cry|sing|swear|call|describe|speak|accuse|cite|thank|summarize|begin|start|open|close|
wonder|read|put|recall|echo|scoff|snap|sigh|laugh|muse|interject|interrupt|chime|gush|rave|rant|fume|bristle|
announce|predict|declare|tell|answer|explain|concede|preach|pray|plead|vow|pledge|hint|elaborate|clarify|note
`);

const CUE_FORMS = new Map<string, CueInfo>();
for (const base of [...CUE_VERB_BASES, ...STANCE_BASES, ...SPEECH_BASES]) {
  if (base.includes(' ')) continue;
  for (const f of inflect(base)) {
    if (!CUE_FORMS.has(f)) CUE_FORMS.set(f, { base, strength: STRONG.has(base) ? 'strong' : 'weak' });
  }
}
for (const f of ['speak', 'speaks', 'spoke', 'speaking']) CUE_FORMS.set(f, { base: 'speak', strength: 'weak' });

/** Verb forms that are too ambiguous on their own to act as cues unless followed by a complement clause marker. */
export const AMBIGUOUS_CUES = set(`
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
export const QUOTE_ONLY_BASES = set(
  `begin|start|open|close|read|put|laugh|sigh|snap|pray|sing|cry|chant|thank|interrupt|interject|chime|gush|rave|rant|fume|bristle|preach|muse|scoff|echo|elaborate|clarify`,
);

export function cueInfo(lowerWord: string): CueInfo | undefined {
  return CUE_FORMS.get(lowerWord);
}

/** Verbs whose first object is the listener, not the content: "told CBS News that …". */
export const LISTENER_VERBS = set(
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

/** Auxiliaries and adverbs that may stand between a subject and its reporting verb ("has also said"). */
export const AUX_ADV = set(`
has|have|had|having|is|was|were|are|am|be|been|being|will|would|could|should|may|might|must|can|shall|did|does|do|
also|later|previously|recently|repeatedly|then|now|again|once|often|still|even|already|publicly|privately|reportedly|
not|never|just|first|further|specifically|frequently|quickly|flatly|openly|explicitly|simply|clearly|initially|
long|twice|separately|similarly|likewise|earlier|famously|memorably|bluntly|angrily|loudly|quietly|tersely|
confidently|proudly|happily|sadly|emphatically|firmly|correctly|falsely|wrongly|rightly|accurately|mistakenly|
ultimately|eventually|finally|always|consistently|routinely|regularly|sometimes|occasionally|allegedly|apparently|
supposedly|seemingly|reportedly|generally|usually|largely|broadly|essentially|basically|actually|really|indeed|
immediately|swiftly|promptly|soon|subsequently|afterward|afterwards|yet|ever|only|who|which|that|n't|’ve|'ve|’s|'s|'d|’d
`);

/** Words that cannot be part of a speaker noun phrase. */
export const NP_STOP = set(`
and|or|but|nor|so|yet|for|because|although|though|while|whereas|if|unless|since|when|whenever|after|before|until|as|
that|which|who|whom|whose|where|why|how|what|whether|than|to|in|on|at|by|with|from|into|onto|upon|about|over|under|
through|during|without|within|against|between|among|across|around|toward|towards|despite|via|per|like|unlike|
is|was|were|are|am|be|been|being|has|have|had|will|would|could|should|may|might|must|can|shall|did|does|do|
not|no|also|then|there|here|it's|it’s|said|says|say|told|tell|tells
`);

export const PRONOUNS: Record<string, { gender: 'm' | 'f' | 'n' | 'p' | 'x'; person: 1 | 2 | 3 }> = {
  he: { gender: 'm', person: 3 },
  she: { gender: 'f', person: 3 },
  it: { gender: 'n', person: 3 },
  they: { gender: 'p', person: 3 },
  i: { gender: 'x', person: 1 },
  we: { gender: 'p', person: 1 },
  you: { gender: 'x', person: 2 },
  who: { gender: 'x', person: 3 },
  this: { gender: 'n', person: 3 },
};

/** Titles: written form (lower case, dots removed) -> canonical title. */
export const TITLES: Record<string, string> = {
  mayor: 'Mayor',
  gov: 'Governor',
  governor: 'Governor',
  'lt gov': 'Lieutenant Governor',
  'lieutenant governor': 'Lieutenant Governor',
  sen: 'Senator',
  sens: 'Senator',
  senator: 'Senator',
  rep: 'Representative',
  reps: 'Representative',
  representative: 'Representative',
  congressman: 'Representative',
  congresswoman: 'Representative',
  president: 'President',
  'vice president': 'Vice President',
  'president-elect': 'President-elect',
  'vice presidential nominee': 'Vice Presidential Nominee',
  'vice-presidential nominee': 'Vice Presidential Nominee',
  secretary: 'Secretary',
  'secretary of state': 'Secretary of State',
  'press secretary': 'Press Secretary',
  'attorney general': 'Attorney General',
  speaker: 'Speaker',
  'house speaker': 'House Speaker',
  'majority leader': 'Majority Leader',
  'minority leader': 'Minority Leader',
  chairman: 'Chairman',
  chairwoman: 'Chairwoman',
  chair: 'Chair',
  director: 'Director',
  commissioner: 'Commissioner',
  'police commissioner': 'Police Commissioner',
  'police chief': 'Police Chief',
  chief: 'Chief',
  sheriff: 'Sheriff',
  judge: 'Judge',
  justice: 'Justice',
  'chief justice': 'Chief Justice',
  ambassador: 'Ambassador',
  minister: 'Minister',
  'prime minister': 'Prime Minister',
  'foreign minister': 'Foreign Minister',
  chancellor: 'Chancellor',
  spokesman: 'Spokesman',
  spokeswoman: 'Spokeswoman',
  spokesperson: 'Spokesperson',
  ceo: 'CEO',
  'chief executive': 'Chief Executive',
  gen: 'General',
  general: 'General',
  'lt gen': 'Lieutenant General',
  'maj gen': 'Major General',
  col: 'Colonel',
  adm: 'Admiral',
  dr: 'Dr.',
  professor: 'Professor',
  prof: 'Professor',
  pope: 'Pope',
  king: 'King',
  queen: 'Queen',
  prince: 'Prince',
  rev: 'Reverend',
  reverend: 'Reverend',
  councilman: 'Alderman',
  councilwoman: 'Alderwoman',
  alderman: 'Alderman',
  'state sen': 'State Senator',
  'state rep': 'State Representative',
  'district attorney': 'District Attorney',
  'city attorney': 'City Attorney',
  'campaign manager': 'Campaign Manager',
  'campaign chairman': 'Campaign Chairman',
  nominee: 'Nominee',
  candidate: 'Candidate',
  'executive director': 'Executive Director',
  founder: 'Founder',
  host: 'Host',
  anchor: 'Anchor',
  moderator: 'Moderator',
  pollster: 'Pollster',
  strategist: 'Strategist',
  adviser: 'Adviser',
  advisor: 'Adviser',
  analyst: 'Analyst',
  economist: 'Economist',
  lawyer: 'Lawyer',
  attorney: 'Attorney',
  official: 'Official',
};

/** Honorifics that mark a person name but are not titles worth reporting. */
export const HONORIFICS: Record<string, 'm' | 'f' | 'x'> = {
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  sir: 'm',
  dame: 'f',
  lady: 'f',
  lord: 'm',
  dr: 'x',
  mx: 'x',
};

/** Nouns that make a speaker phrase a document. */
export const DOCUMENT_NOUNS = set(`
order|memo|memorandum|report|statement|letter|document|documents|bill|law|filing|filings|complaint|lawsuit|suit|ruling|
study|survey|poll|polls|analysis|release|tweet|tweets|post|website|site|email|emails|e-mail|plan|proposal|platform|
indictment|affidavit|decision|opinion|transcript|record|records|data|figures|numbers|estimate|estimates|assessment|
review|audit|investigation|probe|findings|guidance|policy|directive|regulation|regulations|rule|rules|legislation|
measure|resolution|amendment|constitution|treaty|agreement|contract|motion|brief|petition|note|notice|message|
ad|advertisement|commercial|video|footage|recording|tape|book|memoir|essay|op-ed|editorial|column|article|story|
speech|announcement|press release|summary|index|chart|graph|map|manifesto|charter|budget|forecast|projection|model|
paper|papers|research|evidence|exhibit|testimony|warrant|subpoena|verdict|judgment|sentence|citation|text|texts|
guidelines|manual|handbook|page|pages|petition|ballot|questionnaire|form|application|proclamation|decree|edict
`);

/** Generic organisation head words. */
export const ORG_WORDS = set(`
department|committee|campaign|party|council|association|institute|institution|center|centre|agency|university|college|
school|court|commission|congress|senate|house|administration|office|bureau|foundation|inc|corp|corporation|company|
co|llc|ltd|group|pac|union|board|police|force|army|navy|military|government|ministry|parliament|assembly|legislature|
coalition|alliance|federation|league|society|organization|organisation|fund|bank|trust|authority|service|services|
council|caucus|team|club|network|institute|lab|laboratory|church|white|pentagon|kremlin|nato|un|eu|fbi|cia|nsa|dhs|
doj|epa|irs|gop|dnc|rnc|nypd|lapd|cpd|aclu|naacp|fed|cbo|gao|imf|opec|who|cdc|fda|sec|ftc|fcc|nra|afl-cio|
industry|firm|firms|airline|manufacturer|regulator|regulators|prosecutors|prosecutor|jury|panel|delegation|
republicans|democrats|officials|lawmakers|legislators|authorities|investigators|researchers|analysts|experts|critics|
supporters|opponents|advocates|activists|voters|residents|protesters|leaders|economists|scientists|aides|sources
`);

/** Known media outlets (lower case). Outlet names are also recognised by their head words (see MEDIA_HEADS). */
export const MEDIA_NAMES = set(`
politico|cbs|cbs news|nbc|nbc news|abc|abc news|cnn|fox|fox news|msnbc|npr|pbs|bbc|reuters|ap|associated press|
afp|bloomberg|axios|the hill|breitbart|breitbart news|huffpost|huffington post|the huffington post|buzzfeed|vox|
slate|salon|the atlantic|atlantic|the new yorker|new yorker|time|newsweek|politifact|factcheck.org|snopes|
the guardian|guardian|the telegraph|telegraph|the economist|economist|wsj|the wall street journal|wall street journal|
the new york times|new york times|nyt|the times|times|the washington post|washington post|the post|usa today|
los angeles times|la times|chicago tribune|the boston globe|boston globe|the daily beast|daily beast|
the intercept|mother jones|the nation|national review|the federalist|daily caller|the daily caller|newsmax|
the blaze|drudge report|the drudge report|yahoo news|yahoo|business insider|insider|cnbc|c-span|univision|telemundo|
al jazeera|rt|sputnik|xinhua|le monde|der spiegel|spiegel|the independent|independent|daily mail|the sun|
mcclatchy|gannett|sinclair|nexstar|tmz|espn|the verge|wired|forbes|fortune|the times of london|propublica|
the texas tribune|axios|semafor|the free press|punchbowl news|newsnation|abc7|nbc4|wgn|wbez|wttw|kcbs|ktla
`);

export const MEDIA_HEADS = set(`
news|times|post|journal|magazine|radio|tv|television|network|daily|herald|tribune|gazette|press|review|chronicle|
observer|telegraph|guardian|globe|examiner|inquirer|courier|sentinel|register|star|bulletin|dispatch|monitor|
reporter|reporters|newspaper|outlet|broadcaster|channel|show|program|programme|podcast|blog|wire|news agency|tabloid
`);

/** Role nouns referring to people. */
export const PERSON_NOUNS = set(`
man|woman|men|women|person|people|official|officials|spokesman|spokeswoman|spokesperson|aide|aides|adviser|advisers|
advisor|advisors|analyst|analysts|expert|experts|lawyer|lawyers|attorney|attorneys|source|sources|mayor|governor|
senator|president|secretary|leader|leaders|candidate|nominee|voter|voters|resident|residents|supporter|supporters|
critic|critics|opponent|opponents|official|chairman|chairwoman|director|commissioner|chief|sheriff|judge|justice|
ambassador|minister|chancellor|officer|officers|agent|agents|economist|economists|scientist|scientists|researcher|
researchers|professor|professors|pollster|strategist|strategists|consultant|consultants|lawmaker|lawmakers|legislator|
legislators|congressman|congresswoman|representative|activist|activists|advocate|advocates|protester|protesters|
worker|workers|employee|employees|executive|executives|founder|host|anchor|moderator|reporter|journalist|columnist|
writer|author|historian|doctor|physician|nurse|teacher|student|students|parent|parents|mother|father|wife|husband|
son|daughter|brother|sister|friend|friends|neighbor|neighbors|witness|witnesses|victim|victims|prosecutor|
prosecutors|investigator|investigators|manager|owner|member|members|staffer|staffers|democrat|democrats|republican|
republicans|conservative|conservatives|liberal|liberals|progressive|progressives|announcer|narrator|speaker|
everyone|everybody|someone|somebody|nobody|anyone|anybody|many|some|others|few|most|both|all|citizen|citizens|
americans|american|veteran|veterans|chief of staff|deputy|surrogate|surrogates|campaign manager|manager|chair|
governor-elect|mayor-elect|president-elect|candidate|challenger|incumbent|delegate|delegates|donor|donors|
fan|fans|user|users|customer|customers|guest|guests|observer|observers|commentator|commentators|pundit|pundits
`);

/** Lower-case words that begin a sentence but are not names. */
export const FUNCTION_WORDS = set(`
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
/** Adjectives that hold a stance about something, with the prepositions that introduce it. */
export const STANCE_ADJECTIVES = new Map(
  Object.entries({
    critical: 'of',
    supportive: 'of',
    skeptical: 'of|about',
    sceptical: 'of|about',
    wary: 'of',
    proud: 'of',
    aware: 'of',
    fond: 'of',
    afraid: 'of',
    fearful: 'of',
    dismissive: 'of',
    contemptuous: 'of',
    tolerant: 'of',
    respectful: 'of',
    concerned: 'about',
    worried: 'about',
    optimistic: 'about',
    pessimistic: 'about',
    confident: 'about|in|of',
    passionate: 'about',
    enthusiastic: 'about',
    angry: 'about|at|with',
    upset: 'about|with',
    nervous: 'about',
    excited: 'about',
    frustrated: 'with|by',
    clear: 'about',
    vague: 'about',
    coy: 'about',
    silent: 'on|about',
    quiet: 'about|on',
    open: 'about|to',
    candid: 'about',
    adamant: 'about',
    unhappy: 'with|about',
    happy: 'with|about',
    disappointed: 'in|with|by',
    furious: 'about|at|with',
    unsure: 'about|of',
    certain: 'of|about',
    convinced: 'of',
    doubtful: 'about|of',
    hopeful: 'about|of',
    bullish: 'on|about',
    bearish: 'on|about',
    outspoken: 'about|on',
    focused: 'on',
    opposed: 'to',
    committed: 'to',
    sympathetic: 'to',
    hostile: 'to',
    receptive: 'to',
    grateful: 'for',
    thankful: 'for',
    eager: 'for',
    anxious: 'about',
    alarmed: 'by|about',
    troubled: 'by',
    outraged: 'by|at|over',
    offended: 'by',
    impressed: 'by|with',
    encouraged: 'by',
    disturbed: 'by',
  }).map(([k, v]) => [k, new Set(v.split('|'))]),
);
/** Nouns that name a stance or a statement, with the prepositions that introduce what it is about. */
export const STANCE_NOUNS = new Map(
  Object.entries({
    criticism: 'of',
    critique: 'of',
    attack: 'on|against',
    attacks: 'on|against',
    support: 'for',
    opposition: 'to',
    endorsement: 'of',
    comments: 'about|on',
    comment: 'about|on',
    remarks: 'about|on',
    views: 'on|of|about',
    view: 'of|on',
    position: 'on',
    stance: 'on',
    concerns: 'about|over',
    concern: 'about|over',
    claims: 'about|of',
    claim: 'of|about',
    call: 'for',
    calls: 'for',
    demand: 'for',
    demands: 'for',
    praise: 'for|of',
    embrace: 'of',
    rejection: 'of',
    condemnation: 'of',
    denunciation: 'of',
    description: 'of',
    characterization: 'of',
    assessment: 'of',
    prediction: 'of',
    promise: 'of',
    promises: 'of',
    questions: 'about',
    allegations: 'of|about',
    accusations: 'of|against',
    proposal: 'for',
    proposals: 'for',
    vision: 'for|of',
    message: 'of|about',
    disdain: 'for',
    contempt: 'for',
    enthusiasm: 'for',
    skepticism: 'about|of',
    adulation: 'of',
    mention: 'of',
    references: 'to',
    reference: 'to',
  }).map(([k, v]) => [k, new Set(v.split('|'))]),
);
export const OWNERLESS_STANCE =
  /^(?:questions about|concerns about|concern about|criticism of|critique of|opposition to|endorsement of|calls for|demands for|comments about|remarks about|accusations of|allegations of|rejection of|stance on|enthusiasm for|praise for|praise of|embrace of|denunciation of|condemnation of|prediction of|attacks on|attacks against|skepticism about|disdain for|contempt for)$/;
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
