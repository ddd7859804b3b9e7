import { lexicon, WordnetPos } from './wordnet-lexicon';
import { isAbbreviation, TaggedWord, tagSentence } from './word-lemmas';
import { wordTable } from '../lexicon/word-set';

/**
 * MinHash locality-sensitive hashing over a claim's normalised content words (matchWords). Two claims whose word sets overlap with Jaccard
 * similarity s share at least one of BANDS band keys with probability 1 − (1 − s^ROWS)^BANDS: about 0.96 at s = 0.5,
 * 0.8 at 0.4 and 0.5 at 0.3, but only 0.003 at 0.05, so repeats and paraphrases are found while unrelated claims
 * almost never become candidates. Deterministic; the WordNet lexicon is read on first use.
 */
export const BANDS = 24;
const ROWS = 3;

const STOP_WORDS = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as into onto upon about over after before than ' +
    'that this these those there here it its it s is are was were be been being am do does did done have has had having ' +
    'will would shall should can could may might must i me my we us our you your he him his she her they them their ' +
    'who whom which what when where why how all any some such only own same too very just also said says say'
  ).split(' '),
);

/** Said as "not": a claim and its negation must never read as the same claim. */
const NEGATIONS = new Set(['not', 'no', 'nor', 'never', 'none', 'nobody', 'nothing', 'neither', 'nowhere']);

/** Symbols written beside a number, as the word for them: 20% is 20 percent, $5 billion 5 billion dollars. */
const UNITS = wordTable<string>({ '%': 'percent', $: 'dollars', '£': 'pounds', '€': 'euros' });
const CURRENCY = /([$£€])\s?(\d(?:[\d,.]*\d)?)(\s+(?:thousand|million|billion|trillion)\b)?/g;
const PERCENT = /(\d)\s?%/g;

/** The word standing for every negation among the match words. */
export const NEGATION = 'not';

interface Token {
  /** As written: place names are told from common words by their capitals. */
  written: string;
  /** The dictionary form (lemma), lower case. */
  lemma: string;
  pos: WordnetPos | null;
  proper: boolean;
}

/**
 * The content words of a text, each in one form whatever way it was written: numbers in digits (twelve thousand and
 * 12,000 are 12000; 20% is 20 percent), words as their lemma (invented: invent, jobs: job), place names and demonyms
 * as their place (the Chinese, Chinese: china; the U.S., USA, America: united_states), and other words as the word
 * standing for their most frequent WordNet sense (automobile: car). Negations are all "not"; stop words are dropped.
 */
export function matchWords(text: string): string[] {
  const tokens = tokensOf(text);
  const { places, placeStarts, synonyms, longestPlace } = lexicon();
  const words = new Set<string>();
  for (let at = 0; at < tokens.length; at++) {
    const place = placeAt(tokens, at, places, placeStarts, longestPlace);
    if (place) {
      words.add(place.place);
      at += place.length - 1;
      continue;
    }
    const { lemma, pos, proper } = tokens[at];
    if (NEGATIONS.has(lemma)) words.add(NEGATION);
    else if (/\d/.test(lemma)) words.add(lemma);
    else if (lemma.length >= 2 && !STOP_WORDS.has(lemma)) {
      words.add((pos && !proper && synonyms[pos].get(lemma)) || lemma);
    }
  }
  return [...words];
}

/** The text two claims' similarity is measured on: their match words, sorted, so that word order does not count. */
export function matchKey(words: string[]): string {
  return [...words].sort().join(' ');
}

/** Number words, read as one number when they follow each other ("two hundred and fifty thousand": 250000). */
const UNIT_WORDS = [
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ...['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);
const NUMBER_WORDS = new Map<string, number>([
  ...UNIT_WORDS.map((word, value) => [word, value] as const),
  ...TENS.map((word, index) => [word, 20 + 10 * index] as const),
]);
const DIGITS = UNIT_WORDS.slice(0, 10);
/** "two point five": a decimal spelt out, written in digits. */
const SPELT_DECIMAL = new RegExp(`\\b(${DIGITS.join('|')}|\\d+) point (${DIGITS.join('|')})\\b`, 'gi');
const digit = (word: string) => (/\d/.test(word) ? word : String(DIGITS.indexOf(word.toLowerCase())));
/** A number in digits, as a word: 12,000 · 3.5 · 1990s · 20th · 9/11. */
const NUMERIC = /^[\d.,/:]+(?:st|nd|rd|th|s)?$/i;
/**
 * The most words a number is read from (a longer run of number words is read as several numbers): "three hundred
 * ninety-six thousand four hundred and fifty-six" is 10. Each word is read at most this many times.
 */
const LONGEST_NUMBER = 16;
/** After a number, a fraction's words: "one third", "two thirds" stay words. */
const FRACTION = /^(?:halve?s?|quarters?|thirds?|(?:four|fif|six|seven|eigh|nin|ten)ths?)$/;

/**
 * The sentences of a text, as words: split at spaces, hyphens and dashes, the punctuation around each word left out,
 * "n't" said as "not" and the other clitics as their words ('s, 're, 've, 'll, 'd, 'm: is, are, have, will, would, am,
 * stop words all; a possessive's 's is dropped). A sentence ends after a word followed by . ! or ?, unless the word
 * is an abbreviation (Mr., U.S.) or a single letter.
 */
function sentencesOf(text: string): TaggedWord[][] {
  const sentences: TaggedWord[][] = [[]];
  const push = (written: string, afterQuote: boolean) =>
    sentences[sentences.length - 1].push({ text: written, normal: written.toLowerCase(), tags: new Set(), afterQuote });
  for (const [chunk] of text.matchAll(/\S+/g)) {
    let first = 0;
    let last = chunk.length;
    while (first < last && !WORD_CHARACTER.test(chunk[first])) first++;
    while (last > first && !WORD_CHARACTER.test(chunk[last - 1])) last--;
    if (first === last) continue;
    const core = chunk.slice(first, last);
    const afterQuote = /["']$/.test(chunk.slice(0, first));
    for (const part of core.split(/[-‐‑–—]+/)) {
      if (part === '') continue;
      const negated = NEGATED.exec(part);
      const clitic = negated ? null : CLITIC.exec(part);
      if (negated) {
        push(NEGATED_BASES.get(negated[1].toLowerCase()) ?? negated[1], afterQuote);
        push('not', false);
      } else if (/^cannot$/i.test(part)) {
        push(part.slice(0, 3), afterQuote);
        push('not', false);
      } else if (SPOKEN.has(part.toLowerCase())) {
        // gonna, gotta, wanna: compromise's contractions (going to, got to, want to)
        push(SPOKEN.get(part.toLowerCase())!, afterQuote);
      } else if (clitic) {
        // The clitic as its word, which the tagger reads as context (it's flooding: it is flooding); a possessive's
        // 's is none.
        push(clitic[1], afterQuote);
        const said = CLITICS.get(clitic[2].toLowerCase());
        if (said && (clitic[2].toLowerCase() !== 's' || S_IS.has(clitic[1].toLowerCase()))) push(said, false);
      } else push(part, afterQuote);
    }
    const after = chunk.slice(last);
    const sentence = sentences[sentences.length - 1];
    if (/[,:;]/.test(after) && sentence.length > 0) sentence[sentence.length - 1].pause = true;
    if (/[.!?]/.test(after) && !(core.length === 1 || core.includes('.') || isAbbreviation(core.toLowerCase()))) {
      sentences.push([]);
    }
  }
  return sentences.filter((sentence) => sentence.length > 0);
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const NEGATED = /^(\p{L}+)n['’]t$/iu;
const NEGATED_BASES = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
  ['ai', 'is'],
]);
const SPOKEN = new Map([
  ['gonna', 'going'],
  ['gotta', 'got'],
  ['wanna', 'want'],
]);
const CLITIC = /^(\p{L}+)['’](s|re|ve|ll|d|m)$/iu;
const CLITICS = new Map([
  ['s', 'is'],
  ['re', 'are'],
  ['ve', 'have'],
  ['ll', 'will'],
  ['d', 'would'],
  ['m', 'am'],
]);
/** The words whose 's is "is" ("it's"), not a possessive ("John's"). */
const S_IS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'this', 'everyone']);

/** The words of a text, tagged and lemmatised, numbers written in digits. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  const digits = (value: string) => tokens.push({ written: value, lemma: value, pos: null, proper: false });
  for (const sentence of sentencesOf(
    text
      .normalize('NFKC')
      .replace(CURRENCY, (_, symbol: string, number: string, scale = '') => `${number}${scale} ${UNITS[symbol]}`)
      .replace(PERCENT, `$1 ${UNITS['%']}`)
      .replace(SPELT_DECIMAL, (_, whole: string, tenths: string) => `${digit(whole)}.${digit(tenths)}`),
  )) {
    tagSentence(sentence);
    for (let at = 0; at < sentence.length; at++) {
      const number = numberAt(sentence, at);
      if (number) {
        digits(number.value);
        at += number.length - 1;
        continue;
      }
      const word = sentence[at];
      if (NUMERIC.test(word.text) && /\d/.test(word.text)) {
        // 4,000.00 is 4000, 3.50 is 3.5
        for (const [run] of word.text.replace(/,/g, '').matchAll(/\d+(?:\.\d+)?/g)) digits(String(Number(run)));
        continue;
      }
      const pieces = word.text.match(/[\p{L}\p{N}]+/gu) ?? [];
      const proper = word.tags.has('ProperNoun') || word.tags.has('Acronym');
      const pos = posOf(word.tags);
      for (const written of pieces) {
        tokens.push({
          written,
          lemma: (pieces.length === 1 && word.root ? word.root : written).toLowerCase(),
          pos,
          proper,
        });
      }
    }
  }
  return tokens;
}

/**
 * The cardinal number spelt by the words at `at` (a number in digits may lead: "3.5 million"), as digits, and how
 * many words it takes; none when they start a fraction ("one third"). A comma ends it ("two, three").
 */
function numberAt(words: TaggedWord[], at: number): { value: string; length: number } | null {
  let total = 0;
  let current = 0;
  let last: 'unit' | 'ten' | 'hundred' | 'scale' | null = null;
  let end = at;
  for (; end < words.length && end - at < LONGEST_NUMBER && (end === at || !words[end - 1].pause); end++) {
    const normal = words[end].normal;
    const value = NUMBER_WORDS.get(normal);
    if (end === at && /^\d[\d,]*(?:\.\d+)?$/.test(normal) && SCALES.has(words[end + 1]?.normal ?? '')) {
      current = Number(normal.replace(/,/g, ''));
      last = 'unit';
    } else if (value !== undefined && value < 20) {
      if (last === 'unit' || (last === 'ten' && value >= 10)) break;
      current += value;
      last = 'unit';
    } else if (value !== undefined) {
      if (last === 'unit' || last === 'ten') break;
      current += value;
      last = 'ten';
    } else if (normal === 'hundred' && last !== 'hundred') {
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (SCALES.has(normal)) {
      total += (current || 1) * SCALES.get(normal)!;
      current = 0;
      last = 'scale';
    } else if (
      normal === 'and' &&
      (last === 'hundred' || last === 'scale') &&
      NUMBER_WORDS.has(words[end + 1]?.normal ?? '')
    ) {
      continue;
    } else break;
  }
  if (end === at || last === null) return null;
  const next = words[end]?.normal ?? '';
  if (FRACTION.test(next)) return null;
  return { value: String(Math.round((total + current) * 1e6) / 1e6), length: end - at };
}

function posOf(tags: Set<string>): WordnetPos | null {
  if (tags.has('Pronoun') || tags.has('Auxiliary')) return null;
  if (tags.has('Verb')) return 'v';
  if (tags.has('Adjective')) return 'a';
  if (tags.has('Adverb')) return 'r';
  if (tags.has('Noun')) return 'n';
  return null;
}

/**
 * The place named by the longest run of tokens at `at` that spells a place name or demonym with its capitals
 * (Chinese, USA, United States of America; not "polish the floor", not "us"); a plural demonym counts (Mexicans).
 */
function placeAt(
  tokens: Token[],
  at: number,
  places: Map<string, { words: string[]; place: string }>,
  starts: Set<string>,
  longest: number,
): { place: string; length: number } | null {
  // Only as many tokens as begin some place name can spell one: found in one pass, not by trying every length.
  let reach = 1;
  for (let key = tokens[at].written.toLowerCase(); reach < Math.min(longest, tokens.length - at); reach++) {
    key = `${key} ${tokens[at + reach].written.toLowerCase()}`;
    if (!starts.has(key)) break;
  }
  for (let length = reach; length >= 1; length--) {
    const run = tokens.slice(at, at + length);
    // "Polish the floor": a verb is not a demonym, whatever its capital.
    if (length === 1 && run[0].pos === 'v') return null;
    const forms = length === 1 ? [run[0].written, capitalLike(run[0].written, run[0].lemma)] : [null];
    for (const form of forms) {
      const written = form === null ? run.map((token) => token.written) : [form];
      const name = places.get(written.join(' ').toLowerCase());
      if (name && name.words.every((word, index) => sameCapitals(word, written[index]))) {
        return { place: name.place, length };
      }
    }
  }
  return null;
}

/** The lemma written with the capital of the word it comes from (Mexicans: Mexican). */
function capitalLike(written: string, lemma: string): string {
  return /^\p{Lu}/u.test(written) ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma;
}

/** A capitalised name needs a capital in the text, an acronym all capitals. */
function sameCapitals(name: string, written: string): boolean {
  if (name.length > 1 && name === name.toUpperCase() && /\p{Lu}/u.test(name)) return written === written.toUpperCase();
  return !/^\p{Lu}/u.test(name) || /^\p{Lu}/u.test(written);
}

/** What a claim is matched by: its MinHash band keys and the key its similarity with others is measured on. */
export interface ClaimFingerprint {
  bands: number[];
  key: string;
}

/** The fingerprint of a claim's text. */
export function claimFingerprint(text: string): ClaimFingerprint {
  const words = matchWords(text);
  return { bands: matchBands(words), key: matchKey(words) };
}

/** The band keys of a text's match words: BANDS integers, each unique to its band (band index in the high bits). */
export function matchBands(words: string[]): number[] {
  if (words.length === 0) return [];
  const wordHashes = words.map(fnv1a);
  const minima = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const hash of wordHashes) {
    for (let seed = 0; seed < minima.length; seed++) {
      const value = mix(hash ^ SEEDS[seed]);
      if (value < minima[seed]) minima[seed] = value;
    }
  }
  const bands: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let key = 0x811c9dc5;
    for (let row = 0; row < ROWS; row++) key = mix(key ^ minima[band * ROWS + row]);
    bands.push(band * 2 ** 32 + key);
  }
  return bands;
}

const SEEDS = Uint32Array.from({ length: BANDS * ROWS }, (_, index) => mix(0x9e3779b9 + index * 0x85ebca6b));

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The murmur3 finaliser: spreads every input bit over the output. */
function mix(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
