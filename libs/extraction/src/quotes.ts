/**
 * Pass 2, quotes: the quoted stretches of text, from pairs of quote marks, their nesting, and quotes running over
 * several paragraphs.
 */
import { Paragraph, Token } from './tokens';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (or the end of the paragraph when the mark is never closed). */
  end: number;
  /** Token index of the opening mark and of the closing mark (or last token of the quote). */
  openToken: number;
  closeToken: number;
  /** 'double' for “…”, "…", ''…''; 'single' for ‘…’ used as top-level quotes (headlines). */
  style: 'double' | 'single';
  /** Per-paragraph pieces (one piece unless the quote runs over several paragraphs). */
  pieces: { start: number; end: number }[];
  closed: boolean;
}

/** An open quote on the stack: curly double (“), straight double ("), doubled single (''), or single (‘). */
type Frame = 'c' | 's' | 'd' | 'q';

/**
 * What a quote mark can do: curly opening (CO) or closing (CC) double, straight double (S), doubled single (DS),
 * single opening (SO) or closing (SC); a straight single mark is one or the other by what stands around it.
 */
function markType(mark: Token, text: string): 'CO' | 'CC' | 'S' | 'DS' | 'SO' | 'SC' | null {
  const markText = mark.text;
  if (markText === '“' || markText === '„' || markText === '«' || markText === '``') return 'CO';
  if (markText === '”' || markText === '»') return 'CC';
  if (markText === '"') return 'S';
  if (markText === "''") return 'DS';
  if (markText === '‘' || markText === '`') return 'SO';
  if (markText === '’') return 'SC';
  if (markText === "'") {
    if (isOpeningContext(text, mark.start) && /\p{L}/u.test(text[mark.end] ?? '')) return 'SO';
    return 'SC';
  }
  return null;
}

/** The quotes of a text, in order; a quote left open at the end of a paragraph goes on if the next one re-opens it. */
export function findQuotes(text: string, tokens: Token[], paragraphs: Paragraph[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let stack: Frame[] = [];
  let open: QuoteSpan | null = null;
  let pieceStart = 0;

  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex];
    let at = paragraph.firstToken;
    if (open) {
      // A quote left open at the end of the previous paragraph continues here only if this paragraph re-opens it.
      const first = tokens[at];
      const type = first ? markType(first, text) : null;
      const openMark = tokens[open.openToken];
      const sameStyle =
        !!first &&
        (first.text === openMark.text ||
          (first.text === '“' && openMark.text === '”') ||
          (type === 'CO' && markType(openMark, text) === 'CO'));
      if (
        first &&
        (type === 'CO' || type === 'S' || type === 'DS') &&
        open.style === 'double' &&
        sameStyle &&
        !transcriptTurn(tokens, at + 1, paragraph.endToken)
      ) {
        pieceStart = first.start;
        at++;
      } else {
        finishUnclosed(open, paragraphs[paragraphIndex - 1], quotes);
        open = null;
        stack = [];
      }
    }
    for (; at < paragraph.endToken; at++) {
      const mark = tokens[at];
      if (mark.kind !== 'quote') continue;
      const type = markType(mark, text);
      if (!type) continue;
      const opening = isOpeningContext(text, mark.start);
      const followedByWord = /[\p{L}\p{N}$£€.…[(‘'"“—–-]/u.test(text[mark.end] ?? '');
      const closing = isClosingContext(text, mark.start, mark.text.length);
      let opens: Frame | null = null;
      let closes: Frame | Frame[] | null = null;
      switch (type) {
        case 'CO':
          // “rapists“: an opening mark glued to the end of a word closes the open quote (a common typo)
          if (stack.length && stack[stack.length - 1] === 'c' && !opening && closing) closes = 'c';
          else opens = 'c';
          break;
        case 'CC':
          // ”Fear. I am …”: a closing mark typed at the start of a paragraph, with nothing open, opens a quote
          if (
            !stack.length &&
            opening &&
            (mark.start === paragraph.start || text[mark.start - 1] === '\n') &&
            /\p{L}/u.test(text[mark.end] ?? '')
          )
            opens = 'c';
          else if (stack.includes('c')) closes = 'c';
          else if (stack.length && stack[stack.length - 1] !== 'q') closes = stack[stack.length - 1];
          else if (stack.length) closes = stack[0];
          break;
        case 'S':
        case 'DS': {
          const frame: Frame = type === 'S' ? 's' : 'd';
          const isOpen = stack.includes(frame);
          if (isOpen && (closing || !opening)) closes = frame;
          else if (opening && followedByWord) opens = frame;
          else if (isOpen) closes = frame;
          else if (stack.length && stack[stack.length - 1] === 'c' && closing) closes = 'c';
          else if (!stack.length && followedByWord) opens = frame;
          break;
        }
        case 'SO':
          if (opening && followedByWord) opens = 'q';
          break;
        case 'SC':
          if (stack.length && stack[stack.length - 1] === 'q' && closing) closes = 'q';
          break;
      }
      if (opens) {
        if (!stack.length) {
          open = {
            start: mark.start,
            end: mark.end,
            openToken: at,
            closeToken: at,
            style: opens === 'q' ? 'single' : 'double',
            pieces: [],
            closed: false,
          };
          pieceStart = mark.start;
        }
        stack.push(opens);
      } else if (closes && stack.length) {
        const targets = Array.isArray(closes) ? closes : [closes];
        while (stack.length) {
          const frame = stack.pop()!;
          if (targets.includes(frame)) break;
        }
        if (!stack.length && open) {
          open.end = mark.end;
          open.closeToken = at;
          open.closed = true;
          open.pieces.push({ start: pieceStart, end: mark.end });
          quotes.push(open);
          open = null;
        }
      }
    }
    if (open) {
      // Open at paragraph end: remember this piece; the next paragraph decides.
      open.pieces.push({ start: pieceStart, end: paragraph.end });
      open.end = paragraph.end;
      open.closeToken = paragraph.endToken - 1;
      // Single quotes never run over paragraphs.
      if (open.style === 'single') {
        open = null;
        stack = [];
      }
    }
  }
  if (open) finishUnclosed(open, paragraphs[paragraphs.length - 1], quotes);
  return quotes;
}

/** '"PENCE: Well, …' — a quoted transcript paragraph that starts a new speaker's turn (all-caps name and a colon). */
export function transcriptTurn(tokens: Token[], from: number, to: number): boolean {
  let end = from;
  while (
    end < to &&
    end - from < 4 &&
    tokens[end].kind === 'word' &&
    tokens[end].text.length > 1 &&
    tokens[end].text === tokens[end].text.toUpperCase() &&
    /\p{Lu}/u.test(tokens[end].text)
  )
    end++;
  return end > from && end < to && tokens[end].text === ':';
}

function finishUnclosed(quote: QuoteSpan, lastParagraph: Paragraph, quotes: QuoteSpan[]) {
  // A multi-paragraph quote whose last paragraph never closes still counts (sloppy copy), a one-paragraph unclosed
  // quote counts when it runs to the end of its paragraph with some length.
  if (quote.style !== 'double') return;
  quote.end = lastParagraph.end;
  quote.closeToken = lastParagraph.endToken - 1;
  if (quote.end - quote.start < 12) return;
  quotes.push(quote);
}

/** For each token, the index of the quote it lies in (its marks included), or -1. */
export function quoteIndexByToken(tokens: Token[], quotes: QuoteSpan[]): Int32Array {
  const quoteAt = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((quote, quoteIndex) => {
    for (let i = quote.openToken; i <= quote.closeToken && i < tokens.length; i++) quoteAt[i] = quoteIndex;
  });
  return quoteAt;
}

/** Is the character at `at` preceded by something that makes a quote mark an opener? */
function isOpeningContext(text: string, at: number): boolean {
  if (at === 0) return true;
  const prev = text[at - 1];
  return /[\s([{\u2014\u2013\-—–:/>]/.test(prev) || prev === '\u00a0';
}

/** Is a mark of `length` characters at `at` followed by something that makes it a closer? */
function isClosingContext(text: string, at: number, length: number): boolean {
  const next = text[at + length];
  return next === undefined || /[\s)\]}.,;:!?\u2014\u2013\-—–…'’"”<]/.test(next);
}
