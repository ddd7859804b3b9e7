/**
 * Splitting an article's text into runs by marked spans (quotes, claims, speaker mentions, cues), so each run can
 * be rendered as plain text inside the marks that cover it. Offsets are UTF-16 code-unit indices, as the API gives
 * them and as JavaScript strings index, so no conversion is needed.
 */

export interface Mark {
  start: number;
  end: number;
  /** What the span is: `quote`, `claim`, `mention`, `cue`… (rendered as a class name). */
  kind: string;
  /** Which quote or claim it is, to link or focus it. */
  id?: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The marks covering the whole run, outermost (longest) first. */
  marks: Mark[];
}

/** Marks outside the text are clipped to it; empty, inverted or non-integer ones are dropped. */
export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks
    .filter((mark) => Number.isInteger(mark.start) && Number.isInteger(mark.end))
    .map((mark) => ({ ...mark, start: clamp(mark.start, 0, text.length), end: clamp(mark.end, 0, text.length) }))
    .filter((mark) => mark.end > mark.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([0, text.length]);
  for (const mark of valid) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index];
    const end = points[index + 1];
    if (end <= start) continue;
    const covering = valid.filter((mark) => mark.start <= start && mark.end >= end);
    const previous = segments[segments.length - 1];
    // Neighbouring runs under exactly the same marks are one run.
    if (previous && sameMarks(previous.marks, covering)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      continue;
    }
    segments.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return segments;
}

export interface Excerpt {
  text: string;
  /** Where the excerpt starts in the full text, to shift marks into it. */
  offset: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * At most about `maxLength` characters of `text` around [start, end), cut at spaces where possible and never
 * inside a surrogate pair, for showing a long quote in a list with its claim in view.
 */
export function excerptAround(text: string, start: number, end: number, maxLength: number): Excerpt {
  if (text.length <= maxLength) return { text, offset: 0, clippedStart: false, clippedEnd: false };
  const focusStart = clamp(start, 0, text.length);
  const focusEnd = clamp(Math.max(end, focusStart), 0, text.length);
  const room = Math.max(0, maxLength - (focusEnd - focusStart));
  let from = Math.max(0, focusStart - Math.floor(room / 3));
  let to = Math.min(text.length, Math.max(focusEnd, from + maxLength));
  if (to - from > maxLength && focusEnd - focusStart <= maxLength) from = Math.max(0, to - maxLength);
  if (to - from > maxLength) to = from + maxLength;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < focusStart) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > Math.max(from, focusEnd)) to = space;
  }
  from = avoidSurrogateSplit(text, from);
  to = avoidSurrogateSplit(text, to);
  return { text: text.slice(from, to), offset: from, clippedStart: from > 0, clippedEnd: to < text.length };
}

/** The article's own text around a claim, as the API lists it: `text` starts at `start` in the article. */
export interface ArticleSnippet {
  text: string;
  start: number;
}

/**
 * About `maxLength` characters of a claim's snippet with the claim in view, and the claim's mark in that excerpt.
 * The snippet and the claim are both at the article's offsets, so whatever interrupts the quote (`“A,” she said,
 * “B.”`) stays where it is in the text and the claim is marked on its own words. (A quote's `text` joins its parts
 * and leaves the attribution out: offsets into the article do not index it.)
 */
export function claimExcerpt(
  snippet: ArticleSnippet,
  claim: { start: number; end: number },
  maxLength: number,
): { excerpt: Excerpt; marks: Mark[] } {
  const start = claim.start - snippet.start;
  const end = claim.end - snippet.start;
  const excerpt = excerptAround(snippet.text, start, end, maxLength);
  return { excerpt, marks: [{ start: start - excerpt.offset, end: end - excerpt.offset, kind: 'claim' }] };
}

/** Moves a cut that would fall between a high and a low surrogate to before the pair. */
export function avoidSurrogateSplit(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return index;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? index - 1 : index;
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark === b[index]);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
