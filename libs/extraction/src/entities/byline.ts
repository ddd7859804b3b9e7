import { isAllCapsAcronym, mediaLike } from './name-words';
import { firstNameGender } from './word-tags';

/**
 * A byline as the name of its first author: "By JAMES B. STEWART" is James B. Stewart, "By Jane Doe and John Roe" is
 * Jane Doe, "JANE DOE, ASSOCIATED PRESS" is Jane Doe. A name written wholly in capitals is given a name's capitals
 * (initials and roman numerals kept: "J.D. VANCE" is J.D. Vance, "JOHN ROE III" John Roe III); anything else is kept as
 * written ("McCAIN" has its own). Undefined when nothing is left.
 */
export function bylineName(byline: string | undefined): string | undefined {
  const first = authorsOf(byline)[0]?.trim();
  if (!first) return undefined;
  if (/\p{Ll}/u.test(first) || !/\p{Lu}{2}/u.test(first)) return first;
  return first
    .split(/\s+/)
    .map((word) => (ROMAN.test(word) || /^(?:\p{Lu}\.)+$/u.test(word) ? word : nameCapitals(word)))
    .join(' ');
}

/**
 * The person a byline names, who is the article's own "I": its first author who is a person ("AP and Jane Doe" is Jane
 * Doe), without a role written beside the name ("Jane Doe, Staff Writer"); undefined when every author is an outlet,
 * an agency or a desk ("Breitbart News", "UPI", "Staff Reports"), whose "I" is whoever the article lets speak.
 */
export function bylinePerson(byline: string | undefined): string | undefined {
  for (const written of authorsOf(byline)) {
    const author = written.trim().replace(HELPED_BY, '');
    // (an agency by its initials, "UPI", "AFP"; words that are no name, "local affiliates", "agencies")
    if (!/^\p{Lu}/u.test(author) || isAllCapsAcronym(author)) continue;
    const name = (bylineName(author) ?? '').replace(ROLE_BEFORE, '').replace(ROLE_AFTER, '').trim();
    const words = name.split(/\s+/);
    // (after a first name, an outlet's or a desk's word is a surname: "Emily Post", "Lisa Desk")
    if (!name || (firstNameGender(words[0]) === null && (mediaLike(words) || DESK.test(name)))) continue;
    return name;
  }
  return undefined;
}

/** "with assistance from Jane Doe", "with reporting by …": a contributor named after the outlet. */
const HELPED_BY = /^with\s+(?:additional\s+)?(?:assistance|reporting|contributions?)\s+(?:from|by)\s+/i;

/** A byline's authors as written, without its "By": "By Jane Doe and John Roe" is Jane Doe, John Roe. */
function authorsOf(byline: string | undefined): string[] {
  return (
    byline
      ?.trim()
      .replace(/^by\s+/i, '')
      .split(AUTHORS) ?? []
  );
}

/** What separates the authors of a byline. */
const AUTHORS = /\s*(?:[,;|&]|\band\b|\bAND\b)\s*/;

/** Words of a byline that names no one: "Staff Reports", "Editorial Board", "Wire Services". */
const DESK = /\b(?:staff|editorial|board|desk|wires?|reports|services|editors)\b/i;

/** A role written before or after the name: "Staff Writer Jane Doe", "Jane Doe Senior Correspondent", "… Special to …". */
const ROLE = String.raw`(?:staff|senior|special|contributing|chief|political|national|foreign)\s+(?:writer|reporter|correspondent|editor|columnist)`;
const ROLE_BEFORE = new RegExp(String.raw`^${ROLE}\s+`, 'i');
const ROLE_AFTER = new RegExp(String.raw`\s+(?:${ROLE}|special\s+to)\b.*$`, 'i');

/** Roman numerals after a name: "II", "III", "IV". */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/;

/** "STEWART" -> "Stewart", "O'NEILL" -> "O'Neill", "JEAN-PAUL" -> "Jean-Paul", "J.D." stays. */
function nameCapitals(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[.'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
