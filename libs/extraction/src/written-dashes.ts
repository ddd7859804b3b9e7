import type { ExtractionResult } from './types';

/**
 * Some sites set the horizontal bar "―" for a dash ("WASHINGTON ― After …", "taxes ― as was true …"). The extraction
 * reads it as the em dash it stands for, so that every reader of a dash (tokens, clauses, the claim splitter, the
 * quote finder, standalone forms) knows it without knowing two characters. Both are one UTF-16 unit, so every offset
 * holds; what the extraction returns is then given back its dashes as written.
 */
const BAR = '―';
const EM_DASH = '—';

/** The text as the extraction reads it: each horizontal bar an em dash. */
export function readingText(written: string): string {
  return written.includes(BAR) ? written.replaceAll(BAR, EM_DASH) : written;
}

/**
 * The result with each em dash in its texts as written at its place: the k-th dash of a text made from the reading
 * text between two offsets (a slice, parts joined, a standalone form of it) is the k-th dash of the text there.
 */
export function withWrittenDashes<Result extends ExtractionResult>(
  result: Result,
  written: string,
  reading: string,
): Result {
  if (written === reading) return result;
  const asWritten = (made: string, start: number, end: number): string => {
    if (!made.includes(EM_DASH)) return made;
    let out = '';
    let at = start;
    for (const char of made) {
      if (char !== EM_DASH) {
        out += char;
        continue;
      }
      while (at < end && reading[at] !== EM_DASH) at++;
      out += at < end ? written[at++] : char;
    }
    return out;
  };
  const span = <Span extends { text: string; start: number; end: number }>(s: Span): Span => ({
    ...s,
    text: asWritten(s.text, s.start, s.end),
  });
  const quote = <
    Quote extends ExtractionResult['quotes'][number] | NonNullable<ExtractionResult['statements']>[number],
  >(
    q: Quote,
  ): Quote => ({
    ...span(q),
    speaker: q.speaker?.mention ? { ...q.speaker, mention: span(q.speaker.mention) } : q.speaker,
    cue: q.cue ? span(q.cue) : q.cue,
    claims: q.claims.map((claim) => ({
      ...span(claim),
      standalone: asWritten(claim.standalone, claim.start, claim.end),
    })),
  });
  return {
    ...result,
    quotes: result.quotes.map(quote),
    ...(result.statements ? { statements: result.statements.map(quote) } : {}),
    ...(result.sentences ? { sentences: result.sentences.map(span) } : {}),
  };
}
