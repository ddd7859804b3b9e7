/** Finding quoted stretches of text: pairs of quote marks, nesting, and quotes running over several paragraphs. */
import { Paragraph, Token, isClosingContext, isOpeningContext } from './text';

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

type Frame = 'c' | 's' | 'd' | 'q';

function markClass(tok: Token, text: string): 'CO' | 'CC' | 'S' | 'DS' | 'SO' | 'SC' | null {
  const t = tok.text;
  if (t === '“' || t === '„' || t === '«' || t === '``') return 'CO';
  if (t === '”' || t === '»') return 'CC';
  if (t === '"') return 'S';
  if (t === "''") return 'DS';
  if (t === '‘' || t === '`') return 'SO';
  if (t === '’') return 'SC';
  if (t === "'") {
    if (isOpeningContext(text, tok.start) && /\p{L}/u.test(text[tok.end] ?? '')) return 'SO';
    return 'SC';
  }
  return null;
}

export function findQuotes(text: string, tokens: Token[], paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let stack: Frame[] = [];
  let cur: QuoteSpan | null = null;
  let pieceStart = 0;

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    let ti = p.firstToken;
    if (cur) {
      // A quote left open at the end of the previous paragraph continues here only if this paragraph re-opens it.
      const first = tokens[ti];
      const cls = first ? markClass(first, text) : null;
      const openTok = tokens[cur.openToken];
      const sameStyle =
        !!first &&
        (first.text === openTok.text ||
          (first.text === '“' && openTok.text === '”') ||
          (cls === 'CO' && markClass(openTok, text) === 'CO'));
      if (
        first &&
        (cls === 'CO' || cls === 'S' || cls === 'DS') &&
        cur.style === 'double' &&
        sameStyle &&
        !transcriptTurn(tokens, ti + 1, p.endToken)
      ) {
        pieceStart = first.start;
        ti++;
      } else {
        finishUnclosed(cur, tokens, paragraphs[pi - 1], out);
        cur = null;
        stack = [];
      }
    }
    for (; ti < p.endToken; ti++) {
      const tok = tokens[ti];
      if (tok.kind !== 'quote') continue;
      const cls = markClass(tok, text);
      if (!cls) continue;
      const opening = isOpeningContext(text, tok.start);
      const followedByWord = /[\p{L}\p{N}$£€.…\[(‘'"“—–-]/u.test(text[tok.end] ?? '');
      const closing = isClosingContext(text, tok.start, tok.text.length);
      let push: Frame | null = null;
      let popTo: Frame | Frame[] | null = null;
      switch (cls) {
        case 'CO':
          // “rapists“: an opening mark glued to the end of a word closes the open quote (a common typo)
          if (stack.length && stack[stack.length - 1] === 'c' && !opening && closing) popTo = 'c';
          else push = 'c';
          break;
        case 'CC':
          // ”Fear. I am …”: a closing mark typed at the start of a paragraph, with nothing open, opens a quote
          if (
            !stack.length &&
            opening &&
            (tok.start === p.start || text[tok.start - 1] === '\n') &&
            /\p{L}/u.test(text[tok.end] ?? '')
          )
            push = 'c';
          else if (stack.includes('c')) popTo = 'c';
          else if (stack.length && stack[stack.length - 1] !== 'q') popTo = stack[stack.length - 1];
          else if (stack.length) popTo = stack[0];
          break;
        case 'S':
        case 'DS': {
          const f: Frame = cls === 'S' ? 's' : 'd';
          const has = stack.includes(f);
          if (has && (closing || !opening)) popTo = f;
          else if (opening && followedByWord) push = f;
          else if (has) popTo = f;
          else if (stack.length && stack[stack.length - 1] === 'c' && closing) popTo = 'c';
          else if (!stack.length && followedByWord) push = f;
          break;
        }
        case 'SO':
          if (opening && followedByWord) push = 'q';
          break;
        case 'SC':
          if (stack.length && stack[stack.length - 1] === 'q' && closing) popTo = 'q';
          break;
      }
      if (push) {
        if (!stack.length) {
          cur = {
            start: tok.start,
            end: tok.end,
            openToken: ti,
            closeToken: ti,
            style: push === 'q' ? 'single' : 'double',
            pieces: [],
            closed: false,
          };
          pieceStart = tok.start;
        }
        stack.push(push);
      } else if (popTo && stack.length) {
        const targets = Array.isArray(popTo) ? popTo : [popTo];
        while (stack.length) {
          const f = stack.pop()!;
          if (targets.includes(f)) break;
        }
        if (!stack.length && cur) {
          cur.end = tok.end;
          cur.closeToken = ti;
          cur.closed = true;
          cur.pieces.push({ start: pieceStart, end: tok.end });
          out.push(cur);
          cur = null;
        }
      }
    }
    if (cur) {
      // Open at paragraph end: remember this piece; the next paragraph decides.
      cur.pieces.push({ start: pieceStart, end: p.end });
      cur.end = p.end;
      cur.closeToken = p.endToken - 1;
      // Single quotes never run over paragraphs.
      if (cur.style === 'single') {
        cur = null;
        stack = [];
      }
    }
  }
  if (cur) finishUnclosed(cur, tokens, paragraphs[paragraphs.length - 1], out);
  return out;
}

/** '"PENCE: Well, …' — a quoted transcript paragraph that starts a new speaker's turn (all-caps name and a colon). */
export function transcriptTurn(tokens: Token[], t: number, t1: number): boolean {
  let k = t;
  while (
    k < t1 &&
    k - t < 4 &&
    tokens[k].kind === 'word' &&
    tokens[k].text.length > 1 &&
    tokens[k].text === tokens[k].text.toUpperCase() &&
    /\p{Lu}/u.test(tokens[k].text)
  )
    k++;
  return k > t && k < t1 && tokens[k].text === ':';
}

function finishUnclosed(cur: QuoteSpan, tokens: Token[], lastPara: Paragraph, out: QuoteSpan[]) {
  // A multi-paragraph quote whose last paragraph never closes still counts (sloppy copy), a one-paragraph unclosed
  // quote counts when it runs to the end of its paragraph with some length.
  if (cur.style !== 'double') return;
  cur.end = lastPara.end;
  cur.closeToken = lastPara.endToken - 1;
  if (cur.end - cur.start < 12) return;
  out.push(cur);
}

/** For each token, the index of the quote it lies in (its marks included), or -1. */
export function quoteIndexByToken(tokens: Token[], quotes: QuoteSpan[]): Int32Array {
  const quoteAt = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, qi) => {
    for (let t = q.openToken; t <= q.closeToken && t < tokens.length; t++) quoteAt[t] = qi;
  });
  return quoteAt;
}
