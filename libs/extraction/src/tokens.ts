/** Pass 1, tokens: words, punctuation and quote marks, and the paragraphs they fall in, with exact UTF-16 offsets. */

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

/** The abbreviations of months and days, which keep their period only before a date. */
const DATE_ABBREV = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun'.split(' '),
);
/** What follows a month's or a day's abbreviation in a date: a number, or a month after a day ("Wed. Sept. 5"). */
const DATE_AFTER = /^\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)/;

/** A word, with the marks inside it ("U.S.", "don’t", "AT&T", "17-year-old") and the thousands of a number ("15,000"). */
const WORD_RE = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+|(?<=\d),\d{3}(?![\p{L}\p{N}]))*/uy;
const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', '«', '»', '„', '`']);

export function tokenize(text: string): { tokens: Token[]; paragraphs: Paragraph[] } {
  const tokens: Token[] = [];
  const paragraphs: Paragraph[] = [];
  let paragraph = 0;
  let paragraphStart = -1;
  let paragraphFirstToken = 0;
  let lastEnd = 0;
  const endParagraph = () => {
    if (paragraphStart >= 0) {
      paragraphs.push({
        start: paragraphStart,
        end: lastEnd,
        firstToken: paragraphFirstToken,
        endToken: tokens.length,
      });
      paragraph++;
      paragraphStart = -1;
    }
  };
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) {
      endParagraph();
      at++;
      continue;
    }
    // spaces, tabs, no-break and thin spaces, zero-width spaces, form and line tabulations
    if (
      code === 32 ||
      code === 9 ||
      code === 160 ||
      code === 0x2009 ||
      code === 0x200b ||
      code === 0x202f ||
      code === 12 ||
      code === 11
    ) {
      at++;
      continue;
    }
    if (paragraphStart < 0) {
      paragraphStart = at;
      paragraphFirstToken = tokens.length;
    }
    WORD_RE.lastIndex = at;
    const match = WORD_RE.exec(text);
    if (match) {
      let end = at + match[0].length;
      let word = match[0];
      // Split off possessive / contraction suffixes so that names stay clean: "Trump’s" -> "Trump" "’s"
      const hasApostrophe = word.indexOf("'") >= 0 || word.indexOf('’') >= 0;
      const possessive = hasApostrophe ? /^(.+?)(['’](?:s|S|d|ll|re|ve|m|t))$/.exec(word) : null;
      const negation = hasApostrophe && /n['’]t$/i.test(word);
      let suffix: string | null = null;
      if (possessive && !negation) {
        word = possessive[1];
        suffix = possessive[2];
      } else if (negation && word.length > 3) {
        // "doesn't" -> "does" "n't"
        suffix = word.slice(-3);
        word = word.slice(0, -3);
      }
      if (!suffix && text[end] === '.' && keepsItsPeriod(word, text, end)) {
        end++;
        word = text.slice(at, end);
      }
      pushToken(tokens, text, at, at + word.length, 'word', paragraph);
      if (suffix) pushToken(tokens, text, at + word.length, at + word.length + suffix.length, 'word', paragraph);
      lastEnd = suffix ? at + word.length + suffix.length : end;
      at = lastEnd;
      continue;
    }
    const char = text[at];
    let end = at + 1;
    // "''" and "``" act as double quotes in some newsroom styles.
    if ((char === "'" && text[at + 1] === "'") || (char === '`' && text[at + 1] === '`')) end = at + 2;
    else if (char === '.' && text[at + 1] === '.' && text[at + 2] === '.') end = at + 3;
    else if (char === '-' && text[at + 1] === '-') end = at + 2;
    const mark = text.slice(at, end);
    const kind: Token['kind'] = QUOTE_CHARS.has(char) || mark === "''" || mark === "'" ? 'quote' : 'punct';
    pushToken(tokens, text, at, end, kind, paragraph);
    lastEnd = end;
    at = end;
  }
  endParagraph();
  return { tokens, paragraphs };
}

/** Does `word`, followed by a period at `end`, keep the period (an abbreviation or an initial, not a sentence end)? */
function keepsItsPeriod(word: string, text: string, end: number): boolean {
  const lower = word.toLowerCase();
  // a month's or a day's abbreviation comes before a date ("Mar. 5", "Wed. Sept. 5"): "near Viña del Mar. According
  // to …", "the Baltimore Sun. The …" end their sentence
  if (DATE_ABBREV.has(lower)) return DATE_AFTER.test(text.slice(end + 1, end + 8));
  // "No." numbers only before a number ("No. 5"): "would vote no. A senior adviser said …" ends its sentence
  if (lower === 'no') return /^\s*\d/.test(text.slice(end + 1, end + 4));
  if (ABBREV.has(lower)) {
    // "in Washington, Pa." style endings are rare; treat listed abbreviations as non-final unless followed by newline.
    const next = text[end + 1];
    return next !== '\n' && next !== undefined;
  }
  // Initials and dotted acronyms: "J.B", "U.S", "D.C", "W". A single capital letter followed by ". " and a
  // capitalised word is usually an initial.
  return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

const UPPER = /^\p{Lu}/u;

function pushToken(tokens: Token[], text: string, start: number, end: number, kind: Token['kind'], paragraph: number) {
  const tokenText = text.slice(start, end);
  const code = tokenText.charCodeAt(0);
  // ASCII first, without a regular expression: most tokens are
  const capitalised = code >= 65 && code <= 90 ? true : code < 128 ? false : UPPER.test(tokenText);
  tokens.push({ text: tokenText, lower: tokenText.toLowerCase(), start, end, kind, capitalised, paragraph });
}
