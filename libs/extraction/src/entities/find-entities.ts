/**
 * Pass 8, names: the people, organisations and outlets the article names, found by walking its runs of capitalised
 * words once, and the place each titled person represents.
 */
import { AnalysedText } from '../analysed-text';
import { FUNCTION_WORDS } from '../lexicon/function-words';
import { HONORIFICS, ORG_NAME_WORDS, ORG_WORDS, PERSON_NOUNS, SEX_OF_NOUN, TITLES } from '../lexicon/speaker-nouns';
import { Token } from '../tokens';
import { Entity, Gender, Party } from './entity';
import { EntityIndex } from './entity-index';
import { EntityRegistry } from './entity-registry';
import {
  designated,
  endsCompanyName,
  isAllCapsAcronym,
  LESSER_RANK,
  RANKED_ALIKE,
  isNameToken,
  mediaLike,
  NAME_PARTICLES,
  normTitleKey,
  orgLike,
  THING_HEADS,
} from './name-words';
import { firstNameGender, isCompanyName, lexTag } from './word-tags';
import { cueInfo } from '../lexicon/reporting-verbs';
import { isHeadline } from '../special/headlines';
import { wordTable } from '../lexicon/word-set';

const STARTS_WITH_LETTER = /^\p{L}/u;
const SUFFIXES = new Set(['jr.', 'sr.', 'ii', 'iii', 'iv', 'jr', 'sr']);

/**
 * The title an office's word at `at` gives, with a rank under it written before it ("Assistant District Attorney Mara
 * Feltz" is no district attorney, and "the district attorney" later is somebody else; an "Associate Justice" is a justice).
 */
function lesserTitle(words: string[], keys: string[], at: number, office: string): string {
  const rank = lesserRankAt(keys, at);
  return rank >= 0 && !RANKED_ALIKE.test(office) ? `${words[rank]} ${office}` : office;
}

/** The rank word up to two words before the office's at `at` ("Deputy Fire Chief"), or -1. */
function lesserRankAt(keys: string[], at: number): number {
  for (let i = at - 1; i >= 0 && at - i <= 2; i--) if (LESSER_RANK.test(keys[i])) return i;
  return -1;
}

/** The place words before the office's at `at`, the rank left out ("Deputy Fire Chief": "Fire"). */
function placeBeforeTitle(words: string[], keys: string[], at: number): string | undefined {
  const rank = lesserRankAt(keys, at);
  const place = words.slice(0, at).filter((_, i) => i !== rank);
  return place.length ? place.join(' ') : undefined;
}

/** A plural title before several names ("Representatives Jane Roe and …"): the title each of them holds. */
const PLURAL_TITLES = wordTable<string>({
  senators: 'Senator',
  representatives: 'Representative',
  congressmen: 'Representative',
  congresswomen: 'Representative',
  governors: 'Governor',
  mayors: 'Mayor',
});
/** Role nouns a place or body names the holder of ("the Ohio governor", "a Texas lawmaker"), besides the titles. */
const ROLE_NOUNS = new Set(
  'lawmaker lawmakers legislator legislators official officials delegate delegates delegation prosecutor'.split(' '),
);
/** Words that say what a person is, written capitalised before the name. */
const DESCRIPTOR_WORDS = new Set(
  'democrat democratic republican gop independent libertarian activist businessman businesswoman billionaire'.split(
    ' ',
  ),
);
/** The party a descriptor word before a name gives ("Republican Donald Trump"). */
const PARTY_OF_WORD = wordTable<Party>({
  democrat: 'D',
  democratic: 'D',
  republican: 'R',
  gop: 'R',
  independent: 'I',
});
/** A word for what someone does: "Economist", "Officer", "Epidemiologist", "Meteorologist" (not a surname). */
function isCalling(word: string): boolean {
  const lower = word.toLowerCase();
  const tag = lexTag(lower);
  if (tag && /Name|Person|Place|Country|City|Region/.test(tag)) return false;
  // ("Prosecutor Amanda Reyes", "Coroner Ann Lee": a noun for a person, singular)
  const person = PERSON_NOUNS.has(lower) && !/[^s]s$/.test(lower) && !/^(?:man|woman|person)$/.test(lower);
  return tag === 'Actor' || person || CALLINGS.test(lower) || (!tag && /(?:ologist|ician|ographer)$/.test(lower));
}

/**
 * A student's or a player's year, capitalised opening a sentence before the name: "Senior Maya Lind", "Redshirt
 * Freshman Eli Roe" (before a title it qualifies the title: "Senior Judge", "Junior Minister").
 */
const CLASS_YEAR = /^(?:freshman|sophomore|junior|senior|redshirt)$/;

/** Callings and ranks written before a name that are no titles of office: "Principal Denise Harmon", "Lt. Sandra Gill". */
const CALLINGS =
  /^(?:freshman|sophomore|junior|senior|redshirt|principal|headteacher|headmaster|headmistress|coroner|trustee|midwife|chaplain|priest|imam|petitioner|respondent|appellant|appellee|claimant|complainant|litigant|lt|sgt|cpl|capt|col|maj|det|insp|supt|cmdr|adm|pfc|spc)\.?$/;

/** Imperatives a campaign group is named with: "Save Our Parks", "Stop the War Coalition", "Keep Ohio Green". */
const CAMPAIGN_VERB = /^(?:Save|Stop|Keep|Protect|Defend|Reclaim|Scrap|Abolish)$/;

/** Places whose two capitalised words would otherwise read as a first name and a surname. */
const TWO_WORD_STATES = new Set([
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'south carolina',
  'south dakota',
  'rhode island',
  'west virginia',
]);
/** The title a capitalised word's key names, singular or plural ("Sen.", "Senators"). */
export const titleOfKey = (key: string): string | undefined => TITLES[key] ?? PLURAL_TITLES[key] ?? designated(key);
/** Capitalised words that never start a name. */
const NOT_NAME_CAPS = new Set(
  (
    'I The A An It He She We They You This That These Those But And Or In On At For With From By To Of As If When ' +
    'While After Before Since His Her Their Our My Your Its So Yet Still Now Then There Here'
  ).split(' '),
);

/** Heads of an institution's name that take an "of"/"for"/"on" phrase: "Department of Veterans Affairs". */
const INSTITUTION_HEADS = new Set(
  (
    'department administration center centre commission committee council association institute institution agency ' +
    'university college school court bureau office foundation ministry coalition alliance federation league society ' +
    'organization organisation board union fund service authority academy conference chamber secretariat ' +
    'confederation bank church museum library hospital clinic parliament assembly tribunal city republic kingdom ' +
    'commonwealth province county municipality borough'
  ).split(' '),
);
/** An institution's head, singular or plural: "Department", "Centers" ("Centers for Disease Control"). */
function institutionHead(lower: string): boolean {
  return INSTITUTION_HEADS.has(lower) || (/[^s]s$/.test(lower) && INSTITUTION_HEADS.has(lower.slice(0, -1)));
}

/** Whether a connector already joins the run [runStart, at) into an institution's name ("Office of the Director"). */
function insideInstitutionName(tokens: Token[], runStart: number, at: number): boolean {
  for (let k = at - 2; k > runStart; k--)
    if (/^(?:of|for|on)$/.test(tokens[k].lower) && !tokens[k].capitalised && institutionHead(tokens[k - 1].lower))
      return true;
  return false;
}
/** How many capitalised words after "and" may lead to an institution's head ("and East European Coalition"). */
const AND_NAME_WORDS = 4;
/** Groups whose advocacy names read "Citizens for Tax Justice", "Americans for Prosperity". */
const ADVOCACY_HEADS = new Set('citizens americans physicians doctors scientists families parents veterans'.split(' '));
const WEEKDAY_NAME = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** The words that make a day's own name with a weekday ("Super Tuesday", "Black Friday", "Ash Wednesday"). */
const DAY_NAME_MODIFIERS = /^(super|black|good|ash|cyber|holy|maundy|palm|easter|giving|bloody|small|business)$/;
const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * Whether the connector at `at` continues the capitalised run [runStart, at) into an institution's name: "of", "for" or
 * "on" after its head ("Roper Center for Public Opinion Research", "Commission on Presidential Debates"), and "and"
 * between the capitalised words that follow ("Department of Health and Human Services").
 */
function joinsInstitutionName(tokens: Token[], runStart: number, at: number, registry: EntityRegistry): boolean {
  const connector = tokens[at];
  // ("Office for the Coordination of …", "Office of the Director of …": "the" after "of" or "for")
  const article = /^(?:of|for)$/.test(connector.lower) && tokens[at + 1]?.lower === 'the' ? 1 : 0;
  const next = tokens[at + 1 + article];
  if (
    !next ||
    connector.kind !== 'word' ||
    connector.capitalised ||
    !isNameToken(next) ||
    next.paragraph !== connector.paragraph
  )
    return false;
  if (CALENDAR.test(next.lower) || FUNCTION_WORDS.has(next.lower)) return false;
  const head = tokens[at - 1].lower;
  if (connector.lower === 'of' || connector.lower === 'for') {
    // (or a head inside an institution's name already joined: "Office of the Director of National Intelligence")
    if (institutionHead(head) || insideInstitutionName(tokens, runStart, at)) return true;
    if (article) return false;
    // ("Everytown for Gun Safety": a coined word the lexicon does not know, for a cause of two words or more)
    // (not an office's: "Undersecretary for Political Affairs Wendy Sherman", a first name in the words after it)
    let cause = at + 1;
    while (cause < at + 6 && isNameToken(tokens[cause]) && firstNameGender(tokens[cause].text) === null) cause++;
    const coined =
      at - runStart === 1 &&
      !lexTag(head) &&
      !/secretary$/.test(head) &&
      firstNameGender(tokens[runStart].text) === null &&
      cause >= at + 3 &&
      !isNameToken(tokens[cause]);
    return connector.lower === 'for' && (coined || (ADVOCACY_HEADS.has(head) && at - runStart <= 2));
  }
  if (connector.lower === 'on') return /^(commission|committee|council|conference|board|panel|task|force)$/.test(head);
  // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": what a body is for, as a verb in capitals
  if (connector.lower === 'to')
    return (
      /^(committee|campaign|coalition|alliance|council|foundation|fund|movement)$/.test(head) &&
      !/Place|Country|City|Region/.test(lexTag(next.lower) ?? '')
    );
  if (connector.lower === 'and') {
    // (not before a person's name: "the Court of Appeals for the Seventh Circuit and William Landes")
    for (let k = at - 2; k > runStart; k--)
      if (/^(of|for|on)$/.test(tokens[k].lower) && !tokens[k].capitalised) return firstNameGender(next.text) === null;
    // "Securities and Exchange Commission", "Central and East European Coalition": a short run before "and" and the
    // capitalised words after it ending in an institution's head make one name
    // (not after a person's name, a body the lexicon knows or a place: two names, "Olaf Scholz and Parliament agreed",
    // "Mayor Ann Lee and City Council", "Obama and Justice Department officials", "Texas and Ohio Farm Bureau", and
    // "Kessler and Justice Department officials" after "Ann Kessler")
    const named =
      /Place|Country|City|Region/.test(lexTag(head) ?? '') ||
      registry.isKnownSurname(head) ||
      tokens
        .slice(runStart, at)
        .some(
          (token) =>
            firstNameGender(token.text) !== null ||
            !!HONORIFICS[normTitleKey(token.text)] ||
            !!titleOfKey(normTitleKey(token.text)) ||
            /Name|Person|Organization/.test(lexTag(token.lower) ?? ''),
        );
    if (partnersOfFirm(tokens, runStart, at, registry)) return true;
    // (but a couple's first names before their surname are one founder: "Bill and Melinda Gates Foundation")
    const couple = firstNameGender(tokens[at - 1].text) !== null && firstNameGender(next.text) !== null;
    if (at - runStart <= 3 && !institutionHead(head) && (!named || couple)) {
      let last = at + 1;
      while (last + 1 < tokens.length && last + 1 <= at + AND_NAME_WORDS && isNameToken(tokens[last + 1])) last++;
      if (institutionHead(tokens[last].lower)) return true;
    }
  }
  return false;
}

/** Whether a capitalised word is a title or an honorific ("Sen.", "Mr."). */
function titleOrHonorific(token: Token): boolean {
  const key = normTitleKey(token.text);
  return !!titleOfKey(key) || !!HONORIFICS[key];
}

/** How many words before the partner next to an "&" are read for a person's name ("Sen. Ann Roe &"). */
const AMPERSAND_NAME_WORDS = 4;

/**
 * Whether the "&" at `at` joins the capitalised run [runStart, at) and the name after it into one firm's name: "Procter
 * & Gamble", "Marks & Spencer", "Ernst & Young" (not two people: a couple's first names, "Jim & Sarah", "Hillary &
 * Chelsea Clinton"; a full name or a title before or after it, "Tom Bell & Ann Roe", "Giuliani & Sen. Jeff Flake").
 */
function joinsAmpersand(tokens: Token[], runStart: number, at: number): boolean {
  const [before, next, after] = [tokens[at - 1], tokens[at + 1], tokens[at + 2]];
  if (tokens[at].text !== '&' || !isNameToken(next) || next.paragraph !== before.paragraph) return false;
  if (firstNameGender(before.text) !== null && firstNameGender(next.text) !== null) return false;
  // (a first name or a title the run holds just before its last word names a person, "Tom Bell &", "Mr. Roe &", and
  // "both" two, "Both Roe & Bell"; one "&" makes a name, a long run of them none)
  const from = Math.max(runStart, at - 1 - AMPERSAND_NAME_WORDS);
  if (
    tokens
      .slice(from, at - 1)
      .some((token) => token.text === '&' || firstNameGender(token.text) !== null || titleOrHonorific(token)) ||
    /^both$/i.test(tokens[at - 2]?.text ?? '')
  )
    return false;
  // (a title, or a first name, opening a name after it: "& Sen. Jeff Flake", "& Tom Bell"; a lone word stays a firm's:
  // "& Spencer", "Lord & Taylor")
  const named = isNameToken(after) && !ORG_WORDS.has(after.lower.replace(/\.$/, ''));
  return !(named && (titleOrHonorific(next) || firstNameGender(next.text) !== null));
}

/** The most name words after the "and" of a firm's partners before its legal form ("Smith and Wesson Holding Corp."). */
const PARTNER_WORDS = 2;

/**
 * Whether the "and" at `at` joins two partners into one firm's name, its legal form or company word after the second:
 * "Smith and Wesson Inc.", "Harlan and Rudd Co." (one word before it, neither a first name, a title, a place, a body
 * the lexicon knows nor a person named before: "Obama and Boeing Co.", "Ann Roe and Tom Bell Inc.").
 */
function partnersOfFirm(tokens: Token[], runStart: number, at: number, registry: EntityRegistry): boolean {
  const first = at - 1;
  if (first !== runStart && !(first === runStart + 1 && tokens[runStart].lower === 'the')) return false;
  const partner = (token: Token) =>
    /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
    firstNameGender(token.text) === null &&
    !titleOrHonorific(token) &&
    !registry.isKnownSurname(token.lower) &&
    !/Place|Country|City|Region|Organization|Person/.test(lexTag(token.lower) ?? '');
  if (!partner(tokens[first])) return false;
  let last = at + 1;
  while (last - at <= PARTNER_WORDS && isNameToken(tokens[last]) && partner(tokens[last])) last++;
  const form = tokens[last];
  return last > at + 1 && isNameToken(form) && form.paragraph === tokens[at].paragraph && endsCompanyName(form.lower);
}

/** Holders of an office besides the titles whose "Office" is a body: "the Comptroller's Office". */
const OFFICE_HOLDERS =
  /^(?:comptroller|treasurer|auditor|controller|assessor|recorder|clerk|coroner|registrar|ombudsman)$/;

/** The most words the holder of an office may be named with before its possessive. */
const OFFICE_HOLDER_WORDS = 4;

/**
 * Whether the possessive at `at` joins the capitalised run [runStart, at) to the "Office" after it: the office of a
 * title's holder is a body ("the Governor's Office", "the Legislative Analyst's Office"), no person's name.
 */
function officeOfHolder(tokens: Token[], runStart: number, at: number): boolean {
  const office = tokens[at + 1];
  if (!/^['’]s$/.test(tokens[at].text) || office?.text !== 'Office' || office.paragraph !== tokens[at].paragraph)
    return false;
  const holder = tokens[at - 1].lower;
  // (not a person's: "Gov. Ann Roe's Office"; a holder of a few words: "State Attorney General's Office")
  return (
    at - runStart <= OFFICE_HOLDER_WORDS &&
    (!!TITLES[normTitleKey(holder)] || OFFICE_HOLDERS.test(holder)) &&
    tokens
      .slice(runStart, at)
      .every((token) => firstNameGender(token.text) === null && !HONORIFICS[normTitleKey(token.text)])
  );
}

/**
 * Whether the possessive at `at` joins the capitalised run before it to a body's name after it that opens with a plural
 * common noun and ends in a word for a body: "Moody's Investors Service", "Halvorsen's Ratings Services" (the name
 * after a possessive stands alone otherwise: "Trump's Justice Department").
 */
function ownedByName(tokens: Token[], at: number): boolean {
  const [plural, body] = [tokens[at + 1], tokens[at + 2]];
  if (!/^['’]s$/.test(tokens[at].text) || plural?.kind !== 'word' || body?.kind !== 'word') return false;
  if (!plural.capitalised || !body.capitalised || body.paragraph !== tokens[at].paragraph) return false;
  return (
    // (a plural the lexicon lists, or an unlisted word in -s it knows nothing else of: "Investors")
    (lexTag(plural.lower) ?? 'Plural') === 'Plural' &&
    /[^su]s$/.test(plural.lower) &&
    ORG_WORDS.has(body.lower.replace(/s$/, '')) &&
    (tokens[at + 3]?.kind !== 'word' || !tokens[at + 3].capitalised)
  );
}

export function findEntities(doc: AnalysedText): EntityIndex {
  const registry = new EntityRegistry(doc);
  const { tokens } = doc;
  const titleCase = titleCaseParagraphs(tokens);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (titleCase.has(token.paragraph) || !isNameToken(token)) {
      i++;
      continue;
    }
    // collect a run of capitalised words (with particles, initials, suffixes)
    let end = i;
    while (end < tokens.length) {
      const next = tokens[end];
      if (next.paragraph !== token.paragraph) break;
      if (isNameToken(next)) {
        // "won South Carolina Saturday", "Clinton Tuesday": a day after a name is when, not part of it ("Super
        // Tuesday", "Black Friday" are days' names)
        if (end > i && WEEKDAY_NAME.test(next.text) && !DAY_NAME_MODIFIERS.test(tokens[end - 1].lower)) break;
        end++;
        continue;
      }
      // "Charles de Gaulle", "Ursula von der Leyen": particles (two at most) between names
      if (next.kind === 'word' && NAME_PARTICLES.has(next.lower) && end > i) {
        const particles = tokens[end + 1]?.kind === 'word' && NAME_PARTICLES.has(tokens[end + 1].lower) ? 2 : 1;
        if (isNameToken(tokens[end + particles])) {
          end += particles;
          continue;
        }
      }
      if (next.kind === 'word' && SUFFIXES.has(next.lower) && end > i) {
        end++;
        continue;
      }
      if (next.text === ',' && SUFFIXES.has(tokens[end + 1]?.lower ?? '')) {
        end += 2;
        continue;
      }
      if (end > i && joinsInstitutionName(tokens, i, end, registry)) {
        end++;
        // ("Office for the Coordination of Humanitarian Affairs": the article after the connector)
        if (tokens[end]?.lower === 'the') end++;
        continue;
      }
      if (end > i && joinsAmpersand(tokens, i, end)) {
        end++;
        continue;
      }
      if (end > i && officeOfHolder(tokens, i, end)) {
        end += 2;
        continue;
      }
      if (end > i && ownedByName(tokens, end)) {
        end += 2;
        continue;
      }
      break;
    }
    classifyRun(doc, registry, i, end);
    i = end;
  }
  findPlaces(doc.text, registry);
  learnGenderFromPronouns(doc, registry);
  return new EntityIndex(doc, registry.entities, registry.mentions);
}

/**
 * Nouns for an outlet that may stand before its name ("the state news agency KCNA", "public broadcaster NHK", "the
 * journal Nature").
 */
const OUTLET_NOUNS = /^(?:broadcaster|newspaper|tabloid|daily|weekly|magazine|journal|channel|outlet)$/;

/**
 * Whether the name at `start` is set right after a noun for an outlet: "public broadcaster NHK", "the state news agency
 * KCNA" (not after its comma: "In an interview with the newspaper, Ann Roe said").
 */
function namedAsOutlet(tokens: Token[], start: number): boolean {
  const at = start - 1;
  const noun = tokens[at];
  if (noun?.kind !== 'word' || noun.capitalised) return false;
  return OUTLET_NOUNS.test(noun.lower) || (noun.lower === 'agency' && tokens[at - 1]?.lower === 'news');
}

/** Nouns for a business that may stand before its name ("oil company Statnor", "the carmaker Rivex"). */
const COMPANY_NOUNS =
  /^(?:company|companies|firm|carmaker|automaker|chipmaker|drugmaker|airline|retailer|bank|lender|insurer|conglomerate|group|startup|start-up|manufacturer|miner|utility)$/;

/**
 * Whether the name [start, end) is set right after a noun for a business: "oil company Statnor", "the carmaker Rivex"
 * (not a person's name after it: "the company Ann Roe founded", "company chairman …", "the firm Trump built").
 */
function namedAsCompany(tokens: Token[], start: number, end: number, registry: EntityRegistry): boolean {
  const noun = tokens[start - 1];
  const before = noun?.kind === 'word' && !noun.capitalised && COMPANY_NOUNS.test(noun.lower);
  if (!before && !describedAsCompany(tokens, end)) return false;
  // (a short name: three words at most)
  if (end - start > 3) return false;
  return tokens.slice(start, end).every((token) => {
    const key = normTitleKey(token.text);
    return (
      firstNameGender(token.text) === null &&
      !titleOfKey(key) &&
      !HONORIFICS[key] &&
      !registry.isKnownSurname(token.lower) &&
      !/Name|Person/.test(lexTag(token.lower) ?? '')
    );
  });
}

/**
 * Whether the name ending before `end` is set off by a description whose head is a noun for a business: "Quillon, a
 * San Francisco start-up, said", "Nordvik Line, one of the largest shipping companies in the world," (not "Ann Roe, a
 * lawyer at the firm,": the head is the noun before the first preposition).
 */
function describedAsCompany(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  let at = end + 1;
  if (tokens[at]?.lower === 'one' && tokens[at + 1]?.lower === 'of') at += 2;
  if (!/^(?:a|an|the)$/.test(tokens[at]?.lower ?? '')) return false;
  let head: Token | undefined;
  for (let i = at + 1; i < Math.min(tokens.length, at + 8); i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || /^(?:in|at|of|for|with|that|which|who|based|from|on)$/.test(token.lower)) break;
    head = token;
  }
  // ("Kagiso Tembe, a miner at the shaft,": a miner is as often a person)
  return !!head && !head.capitalised && COMPANY_NOUNS.test(head.lower) && head.lower !== 'miner';
}

/**
 * A known surname that is also a word opens the sentence as the person ("Ham went on"), not as a word modifying the
 * noun after it ("Price hikes are …") nor as a modal ("May we …").
 */
function surnameOpens(tokens: Token[], at: number, tag: string): boolean {
  if (/Modal/.test(tag)) return false;
  const next = tokens[at + 1];
  if (!next || next.kind !== 'word' || next.capitalised) return true;
  // "Price hikes are …": the next word is the subject its verb follows
  const after = tokens[at + 2];
  if (after?.kind === 'word' && AUXILIARIES.test(after.lower)) return false;
  return !/Noun|Singular|Plural/.test(lexTag(next.lower) ?? '');
}

const AUXILIARIES = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did)$/;

/** The sex a noun right before the name gives ("widow Terry Lane", "his son Eli"). */
function nounGenderBefore(tokens: Token[], runStart: number): 'm' | 'f' | undefined {
  const noun = tokens[runStart - 1];
  return noun?.kind === 'word' ? SEX_OF_NOUN.get(noun.lower) : undefined;
}

const PRONOUN_OF_GENDER = wordTable<'m' | 'f'>({
  he: 'm',
  him: 'm',
  his: 'm',
  himself: 'm',
  she: 'f',
  her: 'f',
  hers: 'f',
  herself: 'f',
});

/**
 * The gender the article's own pronouns give a person, where the first-names lexicon is silent or wrong ("Bill" is a
 * noun to it, "Lindsey" a woman's name): a "he" or "she" outside quotes in a sentence that has named one person only,
 * as its subject, refers to that person. A gender no pronoun contradicts is kept; pronouns one way only, at least twice,
 * override a first name's guess.
 */
function learnGenderFromPronouns(doc: AnalysedText, registry: EntityRegistry): void {
  const { tokens, sentenceOf, quoteAt } = doc;
  const votes = new Map<Entity, { m: number; f: number }>();
  const mentions = registry.mentions;
  let next = 0;
  let sentence = -1;
  let sentenceStart = 0;
  let only: Entity | null = null;
  let several = false;
  for (let i = 0; i < tokens.length; i++) {
    if (sentenceOf[i] !== sentence) {
      sentence = sentenceOf[i];
      sentenceStart = i;
      only = null;
      several = false;
    }
    while (next < mentions.length && mentions[next].firstToken <= i) {
      const mention = mentions[next++];
      if (mention.entity.type !== 'person' || mention.inQuote || mention.sentence !== sentence) continue;
      // the sentence's subject only ("Bill Harmon ran …", "Dr. Ruth Okafor took …"): after "Harmon’s notes" or
      // "After meeting Harmon," the pronoun is often someone else
      const subject =
        mention.firstToken - sentenceStart <= 3 &&
        !tokens.slice(sentenceStart, mention.firstToken).some((token) => token.kind !== 'word' || !token.capitalised) &&
        !/^['’]s$/.test(tokens[mention.endToken]?.text ?? '');
      if (subject && !only) only = mention.entity;
      else if (mention.entity !== only) several = true;
    }
    // (the pronoun looked up last: most words come where no one person has been named)
    if (!only || several || quoteAt[i] >= 0 || tokens[i].kind !== 'word') continue;
    const gender = PRONOUN_OF_GENDER[tokens[i].lower];
    if (!gender) continue;
    const count = votes.get(only) ?? { m: 0, f: 0 };
    count[gender]++;
    votes.set(only, count);
  }
  for (const [entity, { m, f }] of votes) {
    if (m && f) continue;
    const said: Gender = m ? 'm' : 'f';
    if (entity.gender === 'x' || (entity.gender !== said && m + f >= 2)) entity.gender = said;
  }
}

/** A word of a person's name: one the lexicon knows as a name, or a capitalised word it does not know at all. */
function personNameWord(token: Token): boolean {
  return /Name|Person/.test(lexTag(token.lower) ?? '') || (unknownWord(token) && !isAllCapsAcronym(token.text));
}

/** A capitalised word the lexicon does not know at all: a name, if anything. */
function unknownWord(token: Token): boolean {
  return token.kind === 'word' && token.capitalised && lexTag(token.lower) === undefined;
}

/** Words written with a capital in any sentence: days, months, places, peoples. */
const ALWAYS_CAPITALISED = /Date|WeekDay|Month|Place|Country|City|Region|Demonym/;

/** Whether the sentence of token `at` ends with a question mark (a closing quote mark or bracket after it aside). */
function asksQuestion(doc: AnalysedText, at: number): boolean {
  const sentence = doc.sentences[doc.sentenceOf[at]];
  let last = sentence.endToken - 1;
  while (last > at && doc.tokens[last].kind !== 'word' && doc.tokens[last].text !== '?') last--;
  return doc.tokens[last].text === '?';
}

/** Title-case lines (headlines) capitalise every word: names found there are unreliable. */
function titleCaseParagraphs(tokens: Token[]): Set<number> {
  const titleCase = new Set<number>();
  let paragraph = -1;
  let capitalised = 0;
  let words = 0;
  // (the words that are no names: a short paragraph naming several people writes them in lower case)
  let common = 0;
  let commonCapitalised = 0;
  const endParagraph = () => {
    const lowerCaseProse = common >= 1 && commonCapitalised / common < 0.5;
    if (paragraph >= 0 && words >= 4 && capitalised / words >= 0.7 && !lowerCaseProse) titleCase.add(paragraph);
  };
  for (const token of tokens) {
    if (token.paragraph !== paragraph) {
      endParagraph();
      paragraph = token.paragraph;
      capitalised = 0;
      words = 0;
      common = 0;
      commonCapitalised = 0;
    }
    if (token.kind === 'word' && token.text.length > 3 && STARTS_WITH_LETTER.test(token.text)) {
      words++;
      if (token.capitalised) capitalised++;
      if (
        !(token.capitalised && personNameWord(token)) &&
        !ALWAYS_CAPITALISED.test(lexTag(token.lower) ?? '') &&
        // ("Trump Meets with Putin": title case may keep a short function word in lower case)
        !FUNCTION_WORDS.has(token.lower)
      ) {
        common++;
        if (token.capitalised) commonCapitalised++;
      }
    }
  }
  endParagraph();
  return titleCase;
}

/** What the run of capitalised tokens [runStart, runEnd) names, if anything: an outlet, an organisation, a person. */
function classifyRun(doc: AnalysedText, registry: EntityRegistry, runStart: number, runEnd: number): void {
  const { tokens } = doc;
  // "US$32 million", "A$49.5 million": a currency's country, no one to speak or be spoken of
  const currency = tokens[runEnd];
  if (currency?.text === '$' && currency.start === tokens[runEnd - 1].end) return;
  // "Save Our Parks said", "Stop the Cuts says": a campaign's name, an imperative and what it is for, as the subject
  // of a verb of speech
  if (
    CAMPAIGN_VERB.test(tokens[runStart].text) &&
    runEnd - runStart >= 2 &&
    !!cueInfo(tokens[runEnd]?.lower ?? '') &&
    firstNameGender(tokens[runStart + 1].text) === null
  ) {
    const name = doc.text.slice(tokens[runStart].start, tokens[runEnd - 1].end);
    registry.addMention(registry.add(name, 'organization', 'x'), runStart, runEnd);
    return;
  }
  let start = runStart;
  // Drop sentence-initial function words ("The", "But") and single capitalised common words at sentence start.
  while (start < runEnd) {
    const token = tokens[start];
    const sentenceStart =
      start === 0 || doc.sentenceOf[start - 1] !== doc.sentenceOf[start] || tokens[start - 1].kind === 'quote';
    const tag = lexTag(token.lower);
    if (NOT_NAME_CAPS.has(token.text) || (sentenceStart && FUNCTION_WORDS.has(token.lower))) {
      start++;
      continue;
    }
    // a common word opening the sentence is no name, unless it is the surname of a person named before ("Ham went on")
    if (
      sentenceStart &&
      tag &&
      !/Name|Person|Place|Organization|Country|City|Region|Honorific|Acronym/.test(tag) &&
      runEnd - start === 1 &&
      !(registry.isKnownSurname(token.lower) && surnameOpens(tokens, start, tag))
    ) {
      return;
    }
    // "Unlike Patriot, …", "Everything Trump says …", "Retired Lt. Gen. …": a verb, preposition or pronoun opening
    // the sentence is capitalised for that, not for being part of the name after it
    if (
      sentenceStart &&
      tag &&
      (/^(Preposition|PresentTense|PastTense|Infinitive|Gerund|Pronoun|Adverb|Conjunction|Determiner|Uncountable|Date|WeekDay)$/.test(
        tag,
      ) ||
        // "Is Sanders finally …?", "Has Trump …?": a question’s verb (not a modal: "Will Hurd", "May Lee")
        (/^(Copula|Verb)$/.test(tag) && firstNameGender(token.text) === null) ||
        // "Will Sanders come down …?", "Can Ortiz win?": a modal opening a question asks it
        (tag === 'Modal' && asksQuestion(doc, start))) &&
      !ORG_WORDS.has(token.lower) &&
      // ("Marks & Spencer": a word before "&" is a firm's partner's)
      tokens[start + 1]?.text !== '&' &&
      // ("Amnesty International", "Water UK": a common word before an organisation's word or a country's initials
      // alone is the name's first word)
      !(
        tag === 'Uncountable' &&
        runEnd - start === 2 &&
        (ORG_NAME_WORDS.has(tokens[start + 1].lower) || /^(?:UK|US|EU)$/.test(tokens[start + 1].text))
      ) &&
      !titleOfKey(normTitleKey(token.text)) &&
      !HONORIFICS[normTitleKey(token.text)]
    ) {
      start++;
      continue;
    }
    // "Hold Melania Trump to …", "Ask Bill Foster": a common word opening the sentence before a first name and a
    // surname is an imperative or a heading word, not the first word of the name (in a headline, a first name the
    // lexicon does not know counts too, as long as the common word is no first name itself: "Hunter", "Hope")
    if (
      sentenceStart &&
      tag &&
      /^(Singular|Noun|Plural)$/.test(tag) &&
      runEnd - start >= 3 &&
      (firstNameGender(tokens[start + 1].text) !== null ||
        // (in the body "Air Velora Cargo", "Pearl Abimbola Eze" are names whole)
        (start === 0 &&
          isHeadline(doc, 0) &&
          firstNameGender(token.text) === null &&
          unknownWord(tokens[start + 1]))) &&
      !ORG_WORDS.has(token.lower) &&
      !titleOfKey(normTitleKey(token.text)) &&
      !HONORIFICS[normTitleKey(token.text)]
    ) {
      start++;
      continue;
    }
    // "Derelict Obama and Clinton;", "Understated Perez raises …": a headline opens with a word that describes the
    // person it names, not with their first name
    if (
      start === 0 &&
      tag &&
      /^(Adjective|Comparative)$/.test(tag) &&
      runEnd - start >= 2 &&
      personNameWord(tokens[start + 1]) &&
      isHeadline(doc, 0) &&
      firstNameGender(token.text) === null &&
      !DESCRIPTOR_WORDS.has(token.lower) &&
      !PARTY_OF_WORD[token.lower] &&
      !ORG_WORDS.has(token.lower) &&
      !titleOfKey(normTitleKey(token.text)) &&
      !HONORIFICS[normTitleKey(token.text)]
    ) {
      start++;
      continue;
    }
    break;
  }
  if (start >= runEnd) return;
  // "Super Tuesday", "One Sunday": a day is nobody
  if (WEEKDAY_NAME.test(tokens[runEnd - 1].text)) return;
  const words = tokens.slice(start, runEnd).map((token) => token.text);
  const keys = words.map((word) => normTitleKey(word));
  // "the Governor's Office": the office a run holds with its possessive is a body (see officeOfHolder)
  if (words.some((word) => /^['’]s$/.test(word))) {
    const name = doc.text.slice(tokens[start].start, tokens[runEnd - 1].end);
    registry.addMention(registry.add(name, 'organization', 'x'), start, runEnd);
    return;
  }

  // "Procter & Gamble", "Marks & Spencer": names joined by "&" are one firm's (see joinsAmpersand), an outlet's when the
  // name before it is one ("Fox & Friends", "U.S. News & World Report")
  const ampersand = words.indexOf('&');
  if (ampersand > 0) {
    const name = doc.text.slice(tokens[start].start, tokens[runEnd - 1].end);
    const outlet = mediaLike(words.slice(0, ampersand));
    registry.addMention(registry.add(name, outlet ? 'media' : 'organization', 'x'), start, runEnd);
    return;
  }
  // ("Fox said" after "Kathy Fox": the surname of a person named before, not the outlet)
  const surname =
    words.length === 1 && registry.isKnownSurname(words[0].toLowerCase()) && tokens[start - 1]?.lower !== 'the';
  if ((mediaLike(words) && !surname) || namedAsOutlet(tokens, start)) {
    registry.addMention(registry.add(words.join(' ').replace(/^The /, ''), 'media', 'x'), start, runEnd);
    return;
  }
  if (start === runStart && namedAsCompany(tokens, start, runEnd, registry)) {
    const company = registry.add(words.join(' '), 'organization', 'x');
    registry.markCompany(company);
    registry.addMention(company, start, runEnd);
    return;
  }
  // "Office of the Director of National Intelligence": an institution's name joined by its connectors is the
  // institution's, whatever title it holds inside (not one before a person's name: "Department of Homeland Security
  // Secretary Jeh Johnson")
  if (
    institutionHead(keys[0]) &&
    words.some((word) => /^(?:of|for|on|to)$/.test(word)) &&
    !words.some((_, k) => titleOrHonorific(tokens[start + k]) && /^\p{Lu}/u.test(words[k + 1] ?? ''))
  ) {
    registry.addMention(registry.add(words.join(' '), 'organization', 'x'), start, runEnd);
    return;
  }
  // titles and honorifics inside the run
  let nameStart = 0;
  let title: string | undefined;
  let gender: Gender = 'x';
  let place: string | undefined;
  let honorific = false;
  let party: Party | undefined;
  for (let i = 0; i < keys.length; i++) {
    const two = i + 1 < keys.length ? keys[i] + ' ' + keys[i + 1] : '';
    if (two && TITLES[two] && i + 2 < keys.length) {
      title = lesserTitle(words, keys, i, TITLES[two]);
      if (i > 0) place = placeBeforeTitle(words, keys, i);
      nameStart = i + 2;
      i++;
      continue;
    }
    // (a particle in lower case is no title: "Viña del Mar" holds no "Del." for a delegate)
    if (
      titleOfKey(keys[i]) &&
      i + 1 < keys.length &&
      !(keys[i] === 'president' && keys[i + 1] === 'of') &&
      !(NAME_PARTICLES.has(words[i]) && i > 0)
    ) {
      title = lesserTitle(words, keys, i, titleOfKey(keys[i]) as string);
      if (i > 0 && !place) place = placeBeforeTitle(words, keys, i);
      nameStart = i + 1;
      continue;
    }
    // "Republican Donald Trump", "Activist Angela Davis": a party or a calling before a first name is not the name
    if (DESCRIPTOR_WORDS.has(keys[i]) && i + 1 < keys.length && firstNameGender(words[i + 1]) !== null) {
      nameStart = i + 1;
      party = PARTY_OF_WORD[keys[i]] ?? party;
      continue;
    }
    if (HONORIFICS[keys[i]] && i + 1 < keys.length) {
      honorific = true;
      if (HONORIFICS[keys[i]] !== 'x') gender = HONORIFICS[keys[i]];
      nameStart = i + 1;
      continue;
    }
  }
  // lower-case title right before the run: "press secretary Josh Earnest", "pollster Pat Caddell"
  if (!title && runStart > 0) {
    const before = tokens[runStart - 1];
    const twoBefore = tokens[runStart - 2];
    if (before && before.kind === 'word' && !before.capitalised) {
      const two = twoBefore && twoBefore.kind === 'word' ? normTitleKey(twoBefore.text + ' ' + before.text) : '';
      if (two && TITLES[two]) title = TITLES[two];
      else if (TITLES[before.lower]) title = TITLES[before.lower];
    }
  }
  // "Miss Universe Alicia Machado", "Secretary of State Jon Husted": what the title is of, before the first name
  if (nameStart > 0 || tokens[runStart - 1]?.lower === 'of') {
    for (let k = nameStart + 1; k < words.length - 1; k++) {
      if (firstNameGender(words[nameStart]) !== null) break;
      if (firstNameGender(words[k]) === null) continue;
      if (!title && nameStart === 0 && tokens[runStart - 2] && titleOfKey(normTitleKey(tokens[runStart - 2].text)))
        title = titleOfKey(normTitleKey(tokens[runStart - 2].text));
      nameStart = k;
      break;
    }
  }
  // "Meteorologist Jenna Holt", "Chief Operating Officer Raj Patel": a calling before the name, no first name before it
  // (the last word is always the name's)
  for (let k = nameStart; k < words.length - 1; k++) {
    if (firstNameGender(words[k]) !== null || (/\./.test(words[k]) && !CALLINGS.test(words[k].toLowerCase()))) break;
    // (a first name after it, or a name of two words after a title: not "Citizens for Tax Justice", "Patriot Coal")
    const rest = words.slice(k + 1);
    // ("Plaintiff Ravi Menon": a calling opening the run before two words the lexicon knows as no common word, no
    // body's nor thing's name: not "Republican National Committee", "American Medical Association")
    const unknownName =
      k === 0 &&
      rest.length === 2 &&
      rest.every(
        (word) =>
          /^\p{Lu}\p{Ll}+$/u.test(word) &&
          // (after a class year, any word but a place's: "Senior Maya Lind", though "maya" is a common noun)
          (CLASS_YEAR.test(words[k].toLowerCase())
            ? !/Place|Country|City|Region|Organization/.test(lexTag(word.toLowerCase()) ?? '')
            : /Name|^$/.test(lexTag(word.toLowerCase()) ?? '')),
      ) &&
      !orgLike(rest) &&
      !THING_HEADS.has(rest[1].toLowerCase()) &&
      !INSTITUTION_HEADS.has(rest[1].toLowerCase());
    const named =
      firstNameGender(words[k + 1]) !== null ||
      unknownName ||
      (!!title && rest.length >= 2 && rest.every((word) => /^\p{Lu}/u.test(word)));
    if (named && isCalling(words[k])) nameStart = k + 1;
  }
  const name = words.slice(nameStart);
  if (!name.length) return;
  // "Inspector General for the Intelligence Community": a title of a body, no person's name after it, is the office's
  if (/^(?:of|for|on|to|the)$/.test(name[0])) {
    registry.addMention(registry.add(words.join(' '), 'organization', 'x'), start, runEnd);
    return;
  }
  const lowers = name.map((word) => word.toLowerCase());
  const mentionStart = start + nameStart;
  // "PENCE:" in a transcript after "Mike Pence": the all-caps surname of a person already named
  if (name.length === 1 && isAllCapsAcronym(name[0]) && name[0].length > 3 && registry.isKnownSurname(lowers[0])) {
    registry.addMention(registry.add(name[0][0] + lowers[0].slice(1), 'person', 'x'), mentionStart, runEnd);
    return;
  }
  // a name joined by "of"/"for"/"on" is an institution's ("Citizens for Tax Justice")
  const joined = name.some((word) => /^(of|for|on)$/.test(word));
  // ("Volkswagen", "Exxon Mobil": a company the lexicon knows opening a short name that holds no first name, not
  // "Michael Dell" or "Robert S. Ford")
  const known =
    name.length <= 3 &&
    isCompanyName(name.join(' ')) &&
    name.every((word) => firstNameGender(word) === null && !/\./.test(word)) &&
    // ("Ford said" after "Jackie Ford": the surname of a person named before)
    !(name.length === 1 && registry.isKnownSurname(lowers[0]));
  if ((orgLike(name) || joined || known) && !honorific && !title) {
    registry.addMention(registry.add(name.join(' ').replace(/^The /, ''), 'organization', 'x'), mentionStart, runEnd);
    return;
  }
  // "Justice Department", "State Department": a title word before an institution's head names the institution
  if (title && !honorific && name.length === 1 && INSTITUTION_HEADS.has(lowers[0])) {
    registry.addMention(registry.add(words.join(' ').replace(/^The /, ''), 'organization', 'x'), start, runEnd);
    return;
  }
  const firstGender = firstNameGender(name[0]);
  // "the South Carolina senator", "an Ohio lawmaker": capitalised words before a role noun say where the person is
  // from (or what they belong to); they are not the person's name
  const after = tokens[runEnd];
  if (
    !honorific &&
    !title &&
    firstGender === null &&
    after?.kind === 'word' &&
    !after.capitalised &&
    (TITLES[after.lower] || ROLE_NOUNS.has(after.lower))
  )
    return;
  const lastTag = lexTag(lowers[lowers.length - 1]);
  // "Revilla's lawyer, Estelito Mendoza, said": a name set off after a noun for a person is a person's, whatever
  // place its words may also name
  const apposedToPerson =
    name.length >= 2 &&
    name.length <= 4 &&
    tokens[runStart - 1]?.text === ',' &&
    PERSON_NOUNS.has(tokens[runStart - 2]?.lower ?? '') &&
    /^[,.]$/.test(tokens[runEnd]?.text ?? '');
  const personish =
    honorific ||
    !!title ||
    apposedToPerson ||
    (firstGender !== null && name.length >= 2) ||
    (name.length >= 2 && (lastTag === 'LastName' || lastTag === 'Person')) ||
    (name.length === 1 && (lastTag === 'LastName' || lastTag === 'Person' || registry.isKnownSurname(lowers[0]))) ||
    // ("Bob said he …": a first name alone before a verb of saying is someone the text calls by it)
    (name.length === 1 && firstGender !== null && SAYS.test(tokens[runEnd]?.lower ?? '')) ||
    (name.length >= 2 &&
      name.length <= 4 &&
      !THING_HEADS.has(lowers[lowers.length - 1]) &&
      // ("Social Security", "Grand Canyon": an adjective before words none of which is a first name or a surname
      // names a thing; not "Republican Trump", "South Korean-born Monte Haines")
      !(lexTag(lowers[0]) === 'Adjective' && thingNamed(doc, name, lowers, registry)) &&
      // ("Jean-Luc", "Ngũgĩ": hyphenated and accented names too)
      name.every((word) => /^\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’']+)*$|^\p{Lu}\.(\p{Lu}\.)*$/u.test(word)) &&
      !name.some((word) => /Place|Country|City|Region|Organization/.test(lexTag(word.toLowerCase()) ?? '')) &&
      // ("San Jose", "Santa Fe": a place the lexicon knows by its whole name, though a word of it is a first name)
      !/Place|Country|City|Region/.test(lexTag(lowers.join(' ')) ?? '') &&
      !TWO_WORD_STATES.has(lowers.join(' ')));
  if (personish) {
    // "widow Terry Lane", "his wife Ann": a noun that says the person's sex outweighs a first name's guess
    const said = nounGenderBefore(tokens, runStart);
    if (said && !honorific) gender = said;
    if (firstGender && firstGender !== 'x') gender = gender === 'x' ? firstGender : gender;
    // "Sen. Lindsey Graham (R-S.C.)", "Bob Corker, R-Tenn.,": the state a party label gives
    const label = partyLabel(doc.text, tokens[runEnd - 1].end);
    if (!place && title) place = label?.state;
    party = label?.party ?? party;
    const fullName = name.join(' ').replace(/\s+,/g, ',');
    const person = registry.add(fullName, 'person', gender, title, place);
    if (party && !person.party) person.party = party;
    registry.addMention(person, mentionStart, runEnd);
  }
}

/**
 * "Chicago’s mayor", "Chicago Mayor", "mayor of Chicago": the place a titled person represents, read from the first
 * such phrase in the text. One search of the text per title, whoever holds it.
 */
function findPlaces(text: string, registry: EntityRegistry): void {
  const placeOfTitle = new Map<string, string | undefined>();
  for (const entity of registry.entities) {
    if (entity.type === 'person' && entity.title && !entity.place && placeOfTitle.has(entity.title)) {
      entity.place = placeOfTitle.get(entity.title);
      continue;
    }
    if (entity.type !== 'person' || !entity.title || entity.place) continue;
    const title = entity.title.toLowerCase();
    if (
      !/^(mayor|governor|senator|representative|president|sheriff|police chief|attorney general|lieutenant governor|prime minister)$/.test(
        title,
      )
    )
      continue;
    const forms =
      title === 'governor'
        ? 'governor|gov\\.'
        : title === 'senator'
          ? 'senator|sen\\.'
          : title === 'representative'
            ? 'representative|rep\\.'
            : title;
    const anyCase = forms
      .split('|')
      .map((form) => `[${form[0].toUpperCase()}${form[0]}]${form.slice(1)}`)
      .join('|');
    const placeBefore = new RegExp(
      `\\b((?:\\p{Lu}[\\p{L}.]+)(?: \\p{Lu}[\\p{L}.]+)?)(?:['’]s)? (?:${anyCase})\\b`,
      'u',
    );
    const placeAfter = new RegExp(`\\b(?:${anyCase}) of ((?:\\p{Lu}[\\p{L}.]+)(?: \\p{Lu}[\\p{L}.]+)?)`, 'u');
    const match = placeBefore.exec(text) ?? placeAfter.exec(text);
    if (match && /^\p{Lu}/u.test(match[1]) && !/^(The|A|An|Former|Then|Our|Their|His|Her)\b/.test(match[1]))
      entity.place = match[1];
    placeOfTitle.set(entity.title, entity.place);
  }
}

/** States as the party labels after a legislator's name write them (AP and postal abbreviations), by lower case. */
const STATE_ABBREVIATIONS = wordTable<string>(
  Object.fromEntries(
    (
      'Alabama:ala.,al|Alaska:alaska,ak|Arizona:ariz.,az|Arkansas:ark.,ar|California:calif.,ca|Colorado:colo.,co|' +
      'Connecticut:conn.,ct|Delaware:del.,de|Florida:fla.,fl|Georgia:ga.,ga|Hawaii:hawaii,hi|Idaho:idaho,id|' +
      'Illinois:ill.,il|Indiana:ind.,in|Iowa:iowa,ia|Kansas:kan.,kans.,ks|Kentucky:ky.,ky|Louisiana:la.,la|' +
      'Maine:maine,me|Maryland:md.,md|Massachusetts:mass.,ma|Michigan:mich.,mi|Minnesota:minn.,mn|' +
      'Mississippi:miss.,ms|Missouri:mo.,mo|Montana:mont.,mt|Nebraska:neb.,nebr.,ne|Nevada:nev.,nv|' +
      'New Hampshire:n.h.,nh|New Jersey:n.j.,nj|New Mexico:n.m.,n.mex.,nm|New York:n.y.,ny|North Carolina:n.c.,nc|' +
      'North Dakota:n.d.,nd|Ohio:ohio,oh|Oklahoma:okla.,ok|Oregon:ore.,or|Pennsylvania:pa.,pa|Rhode Island:r.i.,ri|' +
      'South Carolina:s.c.,sc|South Dakota:s.d.,sd|Tennessee:tenn.,tn|Texas:texas,tex.,tx|Utah:utah,ut|' +
      'Vermont:vt.,vt|Virginia:va.,va|Washington:wash.,wa|West Virginia:w.va.,w.v.,wv|Wisconsin:wis.,wisc.,wi|' +
      'Wyoming:wyo.,wy'
    )
      .split('|')
      .flatMap((entry) => {
        const [state, forms] = entry.split(':');
        return [...forms.split(','), state.toLowerCase()].map((form) => [form, state] as [string, string]);
      }),
  ),
);

/** A state's name or its AP abbreviation as a dateline or an address writes it ("Ohio", "S.C.", "Calif."), by lower case. */
export function isStateWritten(lower: string): boolean {
  return Object.prototype.hasOwnProperty.call(STATE_ABBREVIATIONS, lower) && (lower.length > 3 || lower.includes('.'));
}

/** The party and state of a party label right after offset `at` ("(R-S.C.)", ", D-Mo.,"), or undefined. */
function partyLabel(text: string, at: number): { party: Party; state?: string } | undefined {
  const label = /^\s*[(,]\s*([RDI])\s*[-–]\s*([A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?)?)\s*[),]/.exec(
    text.slice(at, at + 30),
  );
  if (!label) return undefined;
  const state =
    STATE_ABBREVIATIONS[label[2].toLowerCase().replace(/\s+/g, '')] ?? STATE_ABBREVIATIONS[label[2].toLowerCase()];
  // (a state the label does not give is no party label: "Smith, I-95," is a road)
  return state ? { party: label[1] as Party, state } : undefined;
}

/**
 * Whether a name opening with an adjective names a thing: no word of it a first name or a title ("Prime Minister" is
 * an office), and its last word no surname the lexicon knows, the text has met, or the text uses for a person
 * elsewhere ("Mr. Chandler", "Chandler said" make "Happy Chandler" a person).
 */
function thingNamed(doc: AnalysedText, name: string[], lowers: string[], registry: EntityRegistry): boolean {
  const last = lowers[lowers.length - 1];
  if (name.some((word) => firstNameGender(word) !== null || TITLES[normTitleKey(word)])) return false;
  if (/Name|Person/.test(lexTag(last) ?? '') || registry.isKnownSurname(last)) return false;
  return !surnamesInUse(doc).has(name[name.length - 1]);
}

/** The capitalised words a text uses as a person's surname: after an honorific, or next to a verb of saying. */
function surnamesInUse(doc: AnalysedText): Set<string> {
  let found = SURNAMES_IN_USE.get(doc);
  if (!found) {
    found = new Set();
    // (one pass over the text, whatever number of names asks)
    for (const match of doc.text.matchAll(SURNAME_IN_USE)) found.add(match[1] ?? match[2] ?? match[3]);
    SURNAMES_IN_USE.set(doc, found);
  }
  return found;
}

const SURNAMES_IN_USE = new WeakMap<AnalysedText, Set<string>>();

/**
 * A surname in use: after an honorific ("Mr. Chandler"), alone before a verb of saying ("Chandler said", not the last
 * word of "Homeland Security said"), or last of a name after one ("said Happy Chandler").
 */
const SURNAME_IN_USE =
  /\b(?:Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{L}'’-]*)|(?<!\p{Lu}[\p{L}'’-]*\s+)\b(\p{Lu}[\p{L}'’-]*)\s+(?:said|says|told|added|asked)\b|\b(?:said|says)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(\p{Lu}[\p{L}'’-]*)\b(?!\s+\p{Lu})/gu;

/** A verb of saying right after a name. */
const SAYS = /^(?:said|says|told|added|asked|recalled|explained)$/;
