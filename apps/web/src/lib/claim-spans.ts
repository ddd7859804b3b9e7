/** Choosing words of an article for a claim, splitting a claim, and which claims one may be merged with. */

/** How a claim came about, as the desk says it. */
export const ORIGIN_LABELS: Record<'extraction' | 'hand' | 'split' | 'merge', string> = {
  extraction: 'found by the extraction',
  hand: 'added by hand',
  split: 'split',
  merge: 'merged',
};

/** The longest claim the API takes (MAX_CLAIM_LENGTH). */
export const MAX_CLAIM_LENGTH = 1000;

export interface ChosenSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * The words selected between two offsets of the article's text, without the white space a selection takes along (as
 * the API trims it): null when nothing but white space is selected; `tooLong` when a claim may not be that long.
 */
export function chosenSpan(body: string, from: number, to: number): (ChosenSpan & { tooLong: boolean }) | null {
  let start = Math.max(0, Math.min(from, to));
  let end = Math.min(body.length, Math.max(from, to));
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (start === end) return null;
  return { start, end, text: body.slice(start, end), tooLong: end - start > MAX_CLAIM_LENGTH };
}

/** A place to cut a claim: the offset in the article (where the second part starts) and the words either side. */
export interface SplitPoint {
  at: number;
  before: string;
  after: string;
}

/** Every place between two words of the claim (`text`, starting at `start` in the article) where it can be cut. */
export function splitPoints(text: string, start: number): SplitPoint[] {
  const points: SplitPoint[] = [];
  for (const gap of text.matchAll(/\s+/g)) {
    const cut = gap.index + gap[0].length;
    const before = text.slice(0, gap.index);
    const after = text.slice(cut);
    if (before.trim() && after.trim()) points.push({ at: start + cut, before, after });
  }
  return points;
}

/** A claim as the article lists it, enough to offer it for a merge. */
export interface ArticleClaimLike {
  id: string;
  quoteId: string;
  text: string;
  start: number;
  stage: string;
}

/**
 * The claims of the article that may be merged with `claim`: not published or dismissed, in the order of the text,
 * the ones of the same quote first (the API checks the rest: the same speaker, nothing between them).
 */
export function mergeCandidates<Claim extends ArticleClaimLike>(claims: Claim[], claim: ArticleClaimLike): Claim[] {
  return claims
    .filter((other) => other.id !== claim.id && other.stage !== 'published' && other.stage !== 'dismissed')
    .sort((a, b) => Number(b.quoteId === claim.quoteId) - Number(a.quoteId === claim.quoteId) || a.start - b.start);
}
