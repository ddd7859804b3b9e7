/**
 * What the words of a name say about it: a title ("Mayor", "secretary of state"), an acronym, an outlet, an organisation.
 */
import { MEDIA_HEADS, MEDIA_NAMES, ORG_WORDS, TITLES } from '../lexicon';
import { Token } from '../text';

export function normTitleKey(s: string): string {
  const l = s.toLowerCase();
  if (l.indexOf('.') < 0 && !/\s/.test(l)) return l;
  return l.replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

export function isNameToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (!t.capitalised) return false;
  return true;
}

export function isAllCapsAcronym(w: string): boolean {
  return /^[A-Z][A-Z&.\-]{1,7}$/.test(w) && !/^(I|A)$/.test(w);
}

export function mediaLike(words: string[]): boolean {
  const s = words.join(' ').toLowerCase().replace(/^the /, '');
  if (MEDIA_NAMES.has(s) || MEDIA_NAMES.has('the ' + s)) return true;
  const last = words[words.length - 1]?.toLowerCase();
  return words.length >= 2 && !!last && MEDIA_HEADS.has(last) && last !== 'press' ? true : false;
}

export function orgLike(words: string[]): boolean {
  if (words.length === 1 && isAllCapsAcronym(words[0])) return true;
  return words.some((w) => ORG_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w));
}

export function titleFromWords(lowers: string[]): string | undefined {
  for (let a = 0; a < lowers.length; a++) {
    const two = a + 1 < lowers.length ? lowers[a] + ' ' + lowers[a + 1] : '';
    if (two && TITLES[two]) return TITLES[two];
    if (TITLES[lowers[a]]) return TITLES[lowers[a]];
  }
  return undefined;
}
