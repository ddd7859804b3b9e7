/** Tokenisation and paragraph splitting with exact UTF-16 offsets into the original text. */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (contraction and possessive suffixes are words of their own), punctuation, or a quote mark. */
  kind: 'word' | 'punct' | 'quote';
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Index of the paragraph the token belongs to. */
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  /** First and one-past-last token index. */
  firstToken: number;
  endToken: number;
}

/** Abbreviations that keep their trailing period (and so do not end a sentence). */
const ABBREV = new Set(
  (
    'mr mrs ms dr st sen sens rep reps gov govs lt gen maj col capt sgt cpl adm cmdr jr sr prof rev hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'inc corp co ltd llc bros dept univ assn ave blvd rd mt ft no vs etc al approx est fig vol ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa ' +
    'tenn tex va vt wash wis wyo'
  ).split(' '),
);

const WORD_RE = /[\p{L}\p{N}]+(?:[.'’&\-][\p{L}\p{N}]+)*/uy;
const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', '«', '»', '„', '`']);

export function tokenize(text: string): { tokens: Token[]; paragraphs: Paragraph[] } {
  const tokens: Token[] = [];
  const paragraphs: Paragraph[] = [];
  let para = 0;
  let paraStart = -1;
  let paraT0 = 0;
  let lastEnd = 0;
  const closePara = () => {
    if (paraStart >= 0) {
      paragraphs.push({ start: paraStart, end: lastEnd, firstToken: paraT0, endToken: tokens.length });
      para++;
      paraStart = -1;
    }
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      closePara();
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 160 || c === 0x2009 || c === 0x200b || c === 0x202f || c === 12 || c === 11) {
      i++;
      continue;
    }
    if (paraStart < 0) {
      paraStart = i;
      paraT0 = tokens.length;
    }
    WORD_RE.lastIndex = i;
    const m = WORD_RE.exec(text);
    if (m) {
      let end = i + m[0].length;
      let w = m[0];
      // Split off possessive / contraction suffixes so that names stay clean: "Trump’s" -> "Trump" "’s"
      const hasApos = w.indexOf("'") >= 0 || w.indexOf('’') >= 0;
      const poss = hasApos ? /^(.+?)(['’](?:s|S|d|ll|re|ve|m|t))$/.exec(w) : null;
      const nt = hasApos && /n['’]t$/i.test(w);
      let suffix: string | null = null;
      if (poss && !nt) {
        w = poss[1];
        suffix = poss[2];
      } else if (nt && w.length > 3) {
        // "doesn't" -> "does" "n't"
        suffix = w.slice(-3);
        w = w.slice(0, -3);
      }
      if (!suffix && text[end] === '.' && isAbbrevWord(w, text, end)) {
        end++;
        w = text.slice(i, end);
      }
      pushTok(tokens, text, i, i + w.length, 'word', para);
      if (suffix) pushTok(tokens, text, i + w.length, i + w.length + suffix.length, 'word', para);
      lastEnd = suffix ? i + w.length + suffix.length : end;
      i = lastEnd;
      continue;
    }
    const ch = text[i];
    let end = i + 1;
    // "''" and "``" act as double quotes in some newsroom styles.
    if ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) end = i + 2;
    else if (ch === '.' && text[i + 1] === '.' && text[i + 2] === '.') end = i + 3;
    else if (ch === '-' && text[i + 1] === '-') end = i + 2;
    const tok = text.slice(i, end);
    const kind: Token['kind'] = QUOTE_CHARS.has(ch) || tok === "''" || tok === "'" ? 'quote' : 'punct';
    pushTok(tokens, text, i, end, kind, para);
    lastEnd = end;
    i = end;
  }
  closePara();
  return { tokens, paragraphs };
}

function isAbbrevWord(w: string, text: string, end: number): boolean {
  const lw = w.toLowerCase();
  if (ABBREV.has(lw)) {
    // "in Washington, Pa." style endings are rare; treat listed abbreviations as non-final unless followed by newline.
    const next = text[end + 1];
    return next !== '\n' && next !== undefined;
  }
  // Initials and dotted acronyms: "J.B", "U.S", "D.C", "W"
  if (/^\p{Lu}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w)) {
    // A single capital letter followed by ". " and a capitalised word is usually an initial.
    return true;
  }
  return false;
}

const UPPER = /^\p{Lu}/u;

function pushTok(tokens: Token[], text: string, start: number, end: number, kind: Token['kind'], para: number) {
  const t = text.slice(start, end);
  const c = t.charCodeAt(0);
  const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : UPPER.test(t);
  tokens.push({ text: t, lower: t.toLowerCase(), start, end, kind, capitalised: cap, paragraph: para });
}

/** Is the character at position p preceded by something that makes a quote mark an opener? */
export function isOpeningContext(text: string, p: number): boolean {
  if (p === 0) return true;
  const prev = text[p - 1];
  return /[\s([{\u2014\u2013\-—–:/>]/.test(prev) || prev === '\u00a0';
}

export function isClosingContext(text: string, p: number, len: number): boolean {
  const next = text[p + len];
  return next === undefined || /[\s)\]}.,;:!?\u2014\u2013\-—–…'’"”<]/.test(next);
}
