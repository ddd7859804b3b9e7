import { isAllCapsAcronym, mediaLike } from './name-words';

/**
 * A byline as the name of its first author: "By JAMES B. STEWART" is James B. Stewart, "By Jane Doe and John Roe" is
 * Jane Doe, "JANE DOE, ASSOCIATED PRESS" is Jane Doe. A name written wholly in capitals is given a name's capitals
 * (initials and roman numerals kept: "J.D. VANCE" is J.D. Vance, "JOHN ROE III" John Roe III); anything else is kept as
 * written ("McCAIN" has its own). Undefined when nothing is left.
 */
export function bylineName(byline: string | undefined): string | undefined {
  const first = byline
    ?.trim()
    .replace(/^by\s+/i, '')
    .split(/\s*(?:[,;|&]|\band\b|\bAND\b)\s*/)[0]
    .trim();
  if (!first) return undefined;
  if (/\p{Ll}/u.test(first) || !/\p{Lu}{2}/u.test(first)) return first;
  return first
    .split(/\s+/)
    .map((word) => (ROMAN.test(word) || /^(?:\p{Lu}\.)+$/u.test(word) ? word : nameCapitals(word)))
    .join(' ');
}

/**
 * The person a byline names, who is the article's own "I": undefined for an outlet or a desk ("Breitbart News",
 * "Associated Press", "UPI", "Staff Reports"), whose "I" is whoever the article lets speak.
 */
export function bylinePerson(byline: string | undefined): string | undefined {
  const name = bylineName(byline);
  // (an agency by its initials: "UPI", "AFP")
  const initials = isAllCapsAcronym(byline?.trim().replace(/^by\s+/i, '') ?? '');
  if (!name || initials || mediaLike(name.split(/\s+/)) || DESK.test(name)) return undefined;
  return name;
}

/** Words of a byline that names no one: "Staff Reports", "Editorial Board", "Wire Services". */
const DESK = /\b(?:staff|editorial|board|desk|wires?|reports|services|editors)\b/i;

/** Roman numerals after a name: "II", "III", "IV". */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/;

/** "STEWART" -> "Stewart", "O'NEILL" -> "O'Neill", "JEAN-PAUL" -> "Jean-Paul", "J.D." stays. */
function nameCapitals(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[.'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
