/**
 * A fact check's public address: the claim's words, readable (ASCII letters and digits, accents dropped, at most
 * 60 characters cut at a word), and the first hex digits of the claim's id, so that two claims with the same words
 * (repeats are common) still get two pages. Set once, at the first publication, and stored: never recomputed.
 */

const MAX_WORDS_LENGTH = 60;
/** Enough for a stored slug; anything longer, or of other characters, names no fact check. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 200;

/** The readable part: `Crime fell 20% in São Paulo!` → `crime-fell-20-in-sao-paulo`; `fact-check` when no word is left. */
export function slugWords(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_WORDS_LENGTH) return words || 'fact-check';
  const cut = words.slice(0, MAX_WORDS_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > MAX_WORDS_LENGTH / 2 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_WORDS_LENGTH)).replace(
    /-+$/,
    '',
  );
}

/** The slugs a claim may get: the short one, and the long one (the whole id) should the short one be taken. */
export function factCheckSlugs(text: string, claimId: string): { short: string; long: string } {
  const words = slugWords(text);
  const hex = claimId.replace(/-/g, '').toLowerCase();
  return { short: `${words}-${hex.slice(0, 8)}`, long: `${words}-${hex}` };
}

/** Whether the text could be a slug this service gave out (anything else is a 404 without asking the database). */
export function isFactCheckSlug(text: string): boolean {
  return text.length <= MAX_SLUG_LENGTH && SLUG.test(text);
}
