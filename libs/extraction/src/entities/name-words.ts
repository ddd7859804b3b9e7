/**
 * What the words of a name say about it: a title ("Mayor", "secretary of state"), an acronym, an outlet, an organisation.
 */
import { COMPANY_HEADS, MEDIA_HEADS, MEDIA_NAMES, ORG_NAME_WORDS, ORG_WORDS, TITLES } from '../lexicon/speaker-nouns';
import { Token } from '../tokens';
import { firstNameGender, isCompanyName } from './word-tags';

/** Lower-case words inside a name: "Charles de Gaulle", "Ursula von der Leyen", "van den Berg". */
export const NAME_PARTICLES = new Set('de van von der den da di del la le du dos das bin al el st.'.split(' '));

/** A title as TITLES keys it: lower case, without dots ("Lt. Gov." -> "lt gov"). */
export function normTitleKey(word: string): string {
  const lower = word.toLowerCase();
  if (lower.indexOf('.') < 0 && !/\s/.test(lower)) return lower;
  return lower.replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

export function isNameToken(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && token.capitalised;
}

export function isAllCapsAcronym(word: string): boolean {
  return /^[A-Z][A-Z&.-]{1,7}$/.test(word) && !/^(I|A)$/.test(word);
}

/** "CBS News", "The Washington Post", "Fox": a known outlet, or a name ending in an outlet's head word. */
export function mediaLike(words: string[]): boolean {
  const name = words.join(' ').toLowerCase().replace(/^the /, '');
  // ("Atlantic City Mayor Don Guardian", "Sen. Ruth Herald": a title makes the outlet's word a person's surname)
  if (words.slice(0, -1).some((word) => TITLES[normTitleKey(word)])) return false;
  if (MEDIA_NAMES.has(name) || MEDIA_NAMES.has('the ' + name)) return true;
  const last = words[words.length - 1]?.toLowerCase();
  if (words.length >= 2 && !!last && MEDIA_HEADS.has(last) && last !== 'press') return true;
  // an outlet's section or channel: "Bloomberg Politics", "Fox Business", "CNN Money"
  return words.length === 2 && MEDIA_NAMES.has(words[0].toLowerCase()) && MEDIA_SECTIONS.test(last ?? '');
}

/** What follows an outlet's name in the name of one of its sections or channels. */
const MEDIA_SECTIONS = /^(politics|business|money|opinion|sports|digital|online|live)$/;

/** "FBI", "the Justice Department": an acronym, or a name with a capitalised organisation word. */
export function orgLike(words: string[]): boolean {
  if (words.length === 1 && isAllCapsAcronym(words[0])) return true;
  const last = words[words.length - 1];
  // (not "Danielle Steel", "Michael Steel": a first name opens a person's name)
  const company = /^\p{Lu}/u.test(last) && COMPANY_HEADS.has(last.toLowerCase()) && firstNameGender(words[0]) === null;
  if (words.length >= 2 && company) return true;
  // ("Water UK", "Energy UK": a common word and a country's initials name a body, never a person)
  if (words.length === 2 && /^(?:UK|US|EU)$/.test(last) && firstNameGender(words[0]) === null) return true;
  // ("Doctors Without Borders", "Mothers Against Drunk Driving": no person's name holds a preposition in capitals)
  // (a first name after the body's word names one of its people: "United Auto Workers Secretary-Treasurer Gary Roe")
  return words.some(
    (word, index) =>
      (/^\p{Lu}/u.test(word) &&
        (ORG_WORDS.has(word.toLowerCase().replace(/\.$/, '')) ||
          (ORG_NAME_WORDS.has(word.toLowerCase()) &&
            !words.slice(index + 1, -1).some((after) => firstNameGender(after) !== null)))) ||
      (index > 0 && ORG_PREPOSITION.test(word)),
  );
}

/** A preposition written in capitals inside a name: an organisation's name. */
const ORG_PREPOSITION = /^(?:Without|Against|Beyond)$/;

/** The first title among lower-case words, two-word titles first ("press secretary" before "secretary"). */
export function titleFromWords(lowers: string[]): string | undefined {
  for (let i = 0; i < lowers.length; i++) {
    const two = i + 1 < lowers.length ? lowers[i] + ' ' + lowers[i + 1] : '';
    const title = (two && TITLES[two]) || TITLES[lowers[i]] || designated(lowers[i]);
    if (!title) continue;
    // ("the deputy mayor", "the assistant district attorney": the lesser rank is a title of its own)
    const rank = lowers.slice(Math.max(0, i - 2), i).find((word) => LESSER_RANK.test(word));
    return rank && !RANKED_ALIKE.test(title) ? `${rank[0].toUpperCase()}${rank.slice(1)} ${title}` : title;
  }
  return undefined;
}

/** Ranks under an office, whose holder is not its holder: "Assistant District Attorney", "Deputy Police Chief". */
export const LESSER_RANK = /^(?:assistant|deputy)$/;
/** Offices whose lesser ranks still bear the office's name: an assistant professor is a professor. */
export const RANKED_ALIKE = /^(?:Professor)$/;

/** "Chancellor-designate", "mayor-elect": the office's title, for one about to hold it. */
export function designated(key: string): string | undefined {
  const office = /^(.+)-(?:designate|elect)$/.exec(key)?.[1];
  return office && TITLES[office] ? `${TITLES[office]}-${key.slice(office.length + 1)}` : undefined;
}

/**
 * Last words that make a capitalised name a thing, not a person: an event, a law, a plan, a day ("Democratic National
 * Convention", "Voting Rights Act", "Crime Bill", "Election Day"). A first name before them still makes a person
 * ("Kristen Day", "Steven Law"); the caller checks that.
 */
export const THING_HEADS = new Set(
  (
    'act acts amendment amendments bill bills law laws treaty accord accords agreement pact doctrine plan program ' +
    'programme initiative convention conventions caucus caucuses primary primaries election elections debate debates ' +
    'summit forum festival games olympics day week month tour war crisis poll polls report survey index'
  ).split(' '),
);

/**
 * A company by its name: one the lexicon knows ("Volkswagen"), or a name ending in a company word that is no public
 * body's and joins no two names ("Harlow Foods", not "Department of Energy", "Bureau of Land Management and Westlake
 * Energy").
 */
export function namesCompany(name: string): boolean {
  if (isCompanyName(name)) return true;
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  // ("Procter & Gamble", "Harlan & Rudd Co.", "Smith and Wesson Inc.": a firm named by its partners, one name before
  // the "&" or the "and", and a company's word ending it after an "and")
  if (
    /^(?:&|and)$/.test(words[1] ?? '') &&
    (words[1] === '&' || (words.length > 3 && endsCompanyName(last))) &&
    !words.some((word) => /^(?:of|for)$/i.test(word) || PUBLIC_BODY.test(word))
  )
    return true;
  return (
    words.length >= 2 &&
    endsCompanyName(last) &&
    !words.some((word) => /^(?:of|and|for|&)$/i.test(word) || PUBLIC_BODY.test(word)) &&
    firstNameGender(words[0]) === null
  );
}

/**
 * Whether a name's last word (lower case) is one only a company's name ends with: a company word ("Harlow Foods") or
 * the company's legal form ("Meridian Foods Corp.", "Tessaly Inc.", "Brookline Ltd").
 */
export function endsCompanyName(last: string): boolean {
  return COMPANY_HEADS.has(last) || LEGAL_FORMS.test(last);
}

/** A company's legal form written after its name. */
const LEGAL_FORMS = /^(?:inc|corp|co|ltd|llc|plc)\.?$/;

/** Words of a public body's name. */
const PUBLIC_BODY =
  /^(?:Department|Ministry|Bureau|Agency|Office|Commission|Council|Authority|Administration|State|National|Federal)$/;
