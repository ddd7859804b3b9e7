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

/** Roman numerals after a name: "II", "III", "IV". */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/;

/** "STEWART" -> "Stewart", "O'NEILL" -> "O'Neill", "JEAN-PAUL" -> "Jean-Paul", "J.D." stays. */
function nameCapitals(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[.'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
