/** Nouns that say who or what a speaker is: titles and honorifics, people, organisations, outlets and documents. */
import { wordSet, wordTable } from './word-set';

/** Titles: written form (lower case, dots removed) -> canonical title. */
export const TITLES = wordTable<string>({
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
  del: 'Delegate',
  delegate: 'Delegate',
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
  councilman: 'Councilman',
  councilwoman: 'Councilwoman',
  alderman: 'Alderman',
  'state sen': 'State Senator',
  'state rep': 'State Representative',
  comptroller: 'Comptroller',
  treasurer: 'Treasurer',
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
  superintendent: 'Superintendent',
  mp: 'MP',
  mep: 'MEP',
  'home secretary': 'Home Secretary',
  'foreign secretary': 'Foreign Secretary',
  coach: 'Coach',
  captain: 'Captain',
  inspector: 'Inspector',
  detective: 'Detective',
  sergeant: 'Sergeant',
  sgt: 'Sergeant',
  councillor: 'Councillor',
  'council member': 'Council Member',
  councilmember: 'Council Member',
});

/** Honorifics that mark a person name but are not titles worth reporting. */
export const HONORIFICS = wordTable<'m' | 'f' | 'x'>({
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
});

/** Nouns that make a speaker phrase a document. */
export const DOCUMENT_NOUNS = wordSet(`
order|memo|memorandum|report|statement|letter|document|documents|bill|law|filing|filings|complaint|lawsuit|suit|ruling|
study|survey|poll|polls|analysis|release|tweet|tweets|post|website|site|email|emails|e-mail|plan|proposal|platform|
indictment|affidavit|decision|opinion|transcript|record|records|data|figures|numbers|estimate|estimates|assessment|
review|audit|investigation|probe|findings|guidance|policy|directive|regulation|regulations|rule|rules|legislation|
measure|resolution|amendment|constitution|treaty|agreement|contract|motion|brief|petition|note|notice|message|
ad|advertisement|commercial|video|footage|recording|tape|book|memoir|essay|op-ed|editorial|column|article|story|
speech|announcement|press release|summary|index|chart|graph|map|manifesto|charter|budget|forecast|projection|model|
paper|papers|research|evidence|exhibit|testimony|warrant|subpoena|verdict|judgment|sentence|citation|text|texts|
guidelines|manual|handbook|page|pages|petition|ballot|questionnaire|form|application|proclamation|decree|edict|
inspection|census|inquiry|evaluation|autopsy|appraisal|examination
`);

/** Generic organisation head words. */
export const ORG_WORDS = wordSet(`
department|committee|campaign|party|council|association|institute|institution|center|centre|agency|university|college|
school|court|commission|congress|senate|house|administration|office|bureau|foundation|inc|corp|corporation|company|
co|llc|ltd|group|pac|union|board|police|force|army|navy|military|government|ministry|parliament|assembly|legislature|
coalition|library|museum|alliance|federation|league|society|organization|organisation|fund|bank|trust|authority|service|services|embassy|consulate|
council|caucus|team|club|network|institute|lab|laboratory|hospital|clinic|church|white|pentagon|kremlin|nato|un|eu|fbi|cia|nsa|dhs|
doj|epa|irs|gop|dnc|rnc|nypd|lapd|cpd|aclu|naacp|fed|cbo|gao|imf|opec|who|cdc|fda|sec|ftc|fcc|nra|afl-cio|
industry|firm|firms|airline|manufacturer|regulator|regulators|prosecutors|prosecutor|jury|panel|tribunal|delegation|
startup|start-up|retailer|automaker|carmaker|chipmaker|drugmaker|insurer|lender|utility|conglomerate|supplier|
republicans|democrats|officials|lawmakers|legislators|authorities|investigators|researchers|analysts|experts|critics|
supporters|opponents|advocates|activists|voters|residents|protesters|leaders|economists|scientists|aides|sources
`);

/**
 * Words that make a name an organisation's when they are written in capitals in it ("Amnesty International", "Judicial
 * Watch", "the Clinton Global Initiative", "United Auto Workers", a club's "Fenwick Rovers", "Sporting Almada"), but in
 * lower case are no body that speaks ("a ballot initiative", "auto workers").
 */
export const ORG_NAME_WORDS = wordSet(
  `international|nations|watch|initiative|movement|project|forum|tribunal|observatory|secretariat|workers|teamsters|
rovers|rangers|wanderers|athletic|albion|hotspur|sporting|dynamo|fc|afc`,
);

/**
 * Last words of a company's name ("Rivex Motors", "Harlow Foods", "Nexora Technologies"): after another capitalised
 * word, a name no person has.
 */
export const COMPANY_HEADS = wordSet(
  `motors|motor|foods|technologies|systems|holdings|industries|pharmaceuticals|pharma|airlines|airways|energy|partners|
  capital|labs|therapeutics|biosciences|electric|petroleum|communications|entertainment|resources|solutions|logistics|
  insurance|financial|brands|electronics|software|robotics|aerospace|semiconductor|semiconductors|materials|chemicals|
  enterprises|ventures|investments|securities|realty|properties|hotels|restaurants|telecom|mining|steel|utilities|
  automotive|biotech|devices|networks|dynamics|instruments|microsystems|motorworks|shipping|railways|railroad`,
);

/** Known media outlets (lower case). Outlet names are also recognised by their head words (see MEDIA_HEADS). */
export const MEDIA_NAMES = wordSet(`
politico|cbs|cbs news|nbc|nbc news|abc|abc news|cnn|fox|fox news|msnbc|npr|pbs|bbc|reuters|ap|associated press|
afp|agence france-presse|bloomberg|axios|the hill|breitbart|breitbart news|huffpost|huffington post|the huffington post|buzzfeed|vox|
slate|salon|the atlantic|atlantic|the new yorker|new yorker|time|newsweek|politifact|factcheck.org|snopes|
the guardian|guardian|the telegraph|telegraph|the economist|economist|wsj|the wall street journal|wall street journal|
the new york times|new york times|nyt|the times|times|the washington post|washington post|the post|usa today|
los angeles times|la times|chicago tribune|the boston globe|boston globe|the daily beast|daily beast|
the intercept|mother jones|the nation|national review|the federalist|daily caller|the daily caller|newsmax|
the blaze|drudge report|the drudge report|yahoo news|yahoo|business insider|insider|cnbc|c-span|univision|telemundo|
al jazeera|rt|sputnik|xinhua|le monde|der spiegel|spiegel|the independent|independent|daily mail|the sun|
mcclatchy|gannett|sinclair|nexstar|tmz|espn|the verge|wired|forbes|fortune|the times of london|propublica|
the texas tribune|axios|semafor|the free press|punchbowl news|newsnation|abc7|nbc4|wgn|wbez|wttw|kcbs|ktla
the lancet|lancet|jama|bmj|nejm|pnas
`);

/** Platforms people speak on, named before them: "On Twitter Elon Musk said". */
export const PLATFORMS = wordSet('twitter|facebook|instagram|youtube|tiktok|linkedin|reddit|threads|substack|telegram');

/**
 * Outlets by the kind of outlet a description names them by ("the network", "the magazine", "the journal"), beyond what
 * the last word of their name says (see OUTLET_NAME_HEADS).
 */
export const OUTLETS_OF_KIND = wordTable<Set<string>>({
  network: wordSet(`
cbs|nbc|abc|cnn|fox|fox news|msnbc|npr|pbs|bbc|cnbc|c-span|univision|telemundo|al jazeera|rt|espn|newsnation|itv|sky news|
cbc|abc news|cbs news|nbc news|bbc news|fox business|nhk|cctv|france 24|deutsche welle|euronews
`),
  magazine: wordSet(`
time|newsweek|the atlantic|atlantic|the new yorker|new yorker|the economist|economist|forbes|fortune|wired|national review|
mother jones|the nation|vanity fair|rolling stone|the spectator|politico magazine
`),
  newspaper: wordSet(`
usa today|the hill|nyt|wsj|la times|the times|the post|the sun|daily mail|le monde|the independent|independent|the guardian|
guardian|the telegraph|telegraph
`),
  journal: wordSet(`the lancet|lancet|jama|bmj|nejm|pnas`),
});

/** The last words of an outlet's name that say its kind ("Harlow Gazette": a newspaper, "Channel 4 Television"). */
export const OUTLET_NAME_HEADS = wordTable<Set<string>>({
  network: wordSet(`tv|television|network|radio|channel|broadcasting`),
  magazine: wordSet(`magazine`),
  newspaper: wordSet(`
times|post|journal|herald|tribune|gazette|chronicle|observer|telegraph|guardian|globe|examiner|inquirer|courier|sentinel|
register|star|bulletin|dispatch|daily|newspaper|mail|ledger|enquirer`),
  journal: wordSet(`journal`),
});

/**
 * Public bodies known by their initials, with their full names' words, which say what "the bureau", "the commission",
 * "the agency" after the initials take up ("FBI": a bureau, "SEC": a commission).
 */
export const PUBLIC_BODY_INITIALS = wordTable<string>({
  fbi: 'federal bureau of investigation',
  cia: 'central intelligence agency',
  nsa: 'national security agency',
  dhs: 'department of homeland security',
  doj: 'department of justice',
  dod: 'department of defense',
  hhs: 'department of health and human services',
  hud: 'department of housing and urban development',
  usda: 'department of agriculture',
  epa: 'environmental protection agency',
  irs: 'internal revenue service',
  cdc: 'centers for disease control and prevention',
  fda: 'food and drug administration',
  sec: 'securities and exchange commission',
  ftc: 'federal trade commission',
  fcc: 'federal communications commission',
  fec: 'federal election commission',
  faa: 'federal aviation administration',
  fema: 'federal emergency management agency',
  nasa: 'national aeronautics and space administration',
  nih: 'national institutes of health',
  atf: 'bureau of alcohol tobacco firearms and explosives',
  dea: 'drug enforcement administration',
  tsa: 'transportation security administration',
  ntsb: 'national transportation safety board',
  nlrb: 'national labor relations board',
  osha: 'occupational safety and health administration',
  nhtsa: 'national highway traffic safety administration',
  noaa: 'national oceanic and atmospheric administration',
  cbo: 'congressional budget office',
  gao: 'government accountability office',
  omb: 'office of management and budget',
  cfpb: 'consumer financial protection bureau',
  eeoc: 'equal employment opportunity commission',
  fdic: 'federal deposit insurance corporation',
  bls: 'bureau of labor statistics',
  uscis: 'united states citizenship and immigration services',
  imf: 'international monetary fund',
  iaea: 'international atomic energy agency',
  ecb: 'european central bank',
});

export const MEDIA_HEADS = wordSet(`
news|times|post|journal|magazine|radio|tv|television|network|daily|herald|tribune|gazette|press|review|chronicle|
observer|telegraph|guardian|globe|examiner|inquirer|courier|sentinel|register|star|bulletin|dispatch|monitor|
reporter|reporters|newspaper|outlet|broadcaster|channel|show|program|programme|podcast|blog|wire|news agency|tabloid|
media
`);

/**
 * Nouns for a person that say their sex ("widow Terry Lane", "her husband", "the first lady"). "Spokesman",
 * "chairman" and the like are not here: they are written of women too (see `sexOfPersonNoun`).
 */
/** Singular nouns for a body of people, who speak as one: "the family of …", "hospital staff at …". */
export const PEOPLE_COLLECTIVES = /^(?:family|staff|crew|personnel|faculty|jury)$/;

export const SEX_OF_NOUN = new Map<string, 'm' | 'f'>([
  ...`widow mother wife daughter sister grandmother granddaughter aunt niece mom girlfriend actress congresswoman
     spokeswoman chairwoman businesswoman councilwoman sportswoman queen princess duchess lady girl`
    .split(/\s+/)
    .map((noun): [string, 'f'] => [noun, 'f']),
  ...`widower father husband son brother grandfather grandson uncle nephew dad boyfriend king prince duke boy`
    .split(/\s+/)
    .map((noun): [string, 'm'] => [noun, 'm']),
]);

/** The sex a noun for a person says, counting "-woman" and "-man" words as a description does ("the congressman"). */
export function sexOfPersonNoun(noun: string): 'm' | 'f' | undefined {
  return SEX_OF_NOUN.get(noun) ?? (/woman$/.test(noun) ? 'f' : /man$/.test(noun) ? 'm' : undefined);
}

/** Role nouns referring to people. */
export const PERSON_NOUNS = wordSet(`
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
fan|fans|user|users|customer|customers|guest|guests|observer|observers|commentator|commentators|pundit|pundits|
coach|coaches|captain|player|players|referee|counterpart|counterparts|envoy|envoys|negotiator|negotiators|mediator|
defendant|defendants|plaintiff|plaintiffs|survivor|survivors|farmer|farmers|surgeon|pilot|driver|drivers|engineer|
engineers|diplomat|diplomats|colleague|colleagues|partner|counsel|prime minister|premier|deputies|lawyers|
rival|rivals|successor|predecessor|ally|allies|teammate|teammates|patient|patients|epidemiologist|
epidemiologists|physicist|biologist|chemist|meteorologist|forecaster|forecasters|clerk|clerks|detective|detectives|
trooper|troopers|firefighter|firefighters|paramedic|paramedics|landlord|landlords|tenant|tenants|shopkeeper|
shareholder|shareholders|investor|investors|trader|traders|banker|bankers|scholar|scholars|lecturer|
inspector|auditor|auditors|ombudsman|campaigner|campaigners|organizer|organizers|
organiser|organisers|volunteer|volunteers|guard|guards
`);
