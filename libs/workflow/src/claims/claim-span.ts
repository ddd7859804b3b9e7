import { WorkflowError } from '../common/workflow-error';

/** The longest claim a person may make: a long sentence or two, not a paragraph. */
export const MAX_CLAIM_LENGTH = 1000;

/** The longest standalone form a claim may have: a few sentences (its words are a claim's span at most). */
export const MAX_STANDALONE_LENGTH = 2000;

/** A stretch of the article's text: offsets in UTF-16 code units, as every span of the API is. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Checks that `offset` can bound a span of `body`: inside the text (0 to its length) and not between the two halves of
 * a character written as a surrogate pair. The problem names `field`.
 */
export function checkOffset(body: string, offset: number, field: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > body.length) {
    throw WorkflowError.invalid(`${field} is outside the article's text`, [
      { field, message: `must be an offset inside the article's text, 0 to ${body.length}` },
    ]);
  }
  if (isLowSurrogate(body.charCodeAt(offset)) && isHighSurrogate(body.charCodeAt(offset - 1))) {
    throw WorkflowError.invalid(`${field} falls inside a character`, [
      { field, message: 'must not fall between the two halves of a character (a surrogate pair)' },
    ]);
  }
}

/**
 * The span of `body` from `start` to `end` without the white space around it (a selection in a browser often takes a
 * space or a line break with it); null when nothing but white space is in it. The offsets must be checked already.
 */
export function trimmedSpan(body: string, start: number, end: number): TextSpan | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(body[from])) from++;
  while (to > from && /\s/.test(body[to - 1])) to--;
  return from === to ? null : { start: from, end: to, text: body.slice(from, to) };
}

/**
 * The span a person chose for a claim (offsets `start` and `end` of `body`), trimmed; refused with a problem naming
 * the field when it is outside the text, empty, only white space or longer than a claim may be.
 */
export function claimSpan(body: string, start: number, end: number): TextSpan {
  checkOffset(body, start, 'start');
  checkOffset(body, end, 'end');
  if (end <= start) {
    throw WorkflowError.invalid('the span is empty', [{ field: 'end', message: 'must be after start' }]);
  }
  const span = trimmedSpan(body, start, end);
  if (!span) {
    throw WorkflowError.invalid('the span holds only white space', [
      { field: 'end', message: 'the span from start to end must hold some words' },
    ]);
  }
  return refuseOversized(span, 'end');
}

/** The span, unless it is longer than a claim may be (a problem naming `field`). */
export function refuseOversized(span: TextSpan, field: string): TextSpan {
  if (span.end - span.start > MAX_CLAIM_LENGTH) {
    throw WorkflowError.invalid('the span is too long for a claim', [
      { field, message: `a claim covers at most ${MAX_CLAIM_LENGTH} characters` },
    ]);
  }
  return span;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
