import nlp from 'compromise';
import { lexicon, WordnetPos } from './wordnet-lexicon';

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
const UNITS: Record<string, string> = { '%': 'percent', $: 'dollars', '£': 'pounds', '€': 'euros' };
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

/**
 * What `nlp(text)` does without the chunker (noun and verb phrases), which nothing here reads, and without the
 * post-tagger: its context rules cost two thirds of the parse and change few of the tags a match word is made from
 * (the lexicon's and the suffix rules' tags are the same for both sides of a repeat, which is what matching needs).
 * `tokenize` runs the first steps itself.
 */
const TOKENIZED = new Set(['contractions', 'alias', 'machine', 'normal']);
const PARSE_STEPS = nlp.hooks().filter((step) => !TOKENIZED.has(step) && step !== 'chunks' && step !== 'postTagger');
function parse(text: string) {
  const doc = nlp.tokenize(text);
  doc.compute(PARSE_STEPS);
  return doc;
}

/**
 * Number words compromise reads as a value: the only texts whose numbers need its number parser. Its time grows
 * faster than the square of a run of them ("forty-two forty-two …": seconds at a few KB), so a text with more than
 * MAX_NUMBER_WORDS keeps its number words as words.
 */
const MAX_NUMBER_WORDS = 24;
const NUMBER_WORDS =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|trillion)\b/gi;
const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "two point five": a decimal spelt out, written in digits (the tagger without its context rules splits it). */
const SPELT_DECIMAL = new RegExp(`\\b(${DIGITS.join('|')}|\\d+) point (${DIGITS.join('|')})\\b`, 'gi');
const digit = (word: string) => (/\d/.test(word) ? word : String(DIGITS.indexOf(word.toLowerCase())));

/** A term of a parsed document, with what compromise's types leave out: its contraction's form and its root. */
interface ParsedTerm {
  text: string;
  normal: string;
  implicit?: string;
  root?: string;
  tags?: Set<string>;
}

/** The words of a text as compromise tags them, numbers written in digits, contractions expanded. */
function tokensOf(text: string): Token[] {
  const doc = parse(
    text
      .normalize('NFKC')
      .replace(CURRENCY, (_, symbol: string, number: string, scale = '') => `${number}${scale} ${UNITS[symbol]}`)
      .replace(PERCENT, `$1 ${UNITS['%']}`)
      .replace(SPELT_DECIMAL, (_, whole: string, tenths: string) => `${digit(whole)}.${digit(tenths)}`),
  );
  // Only terms with an implicit form are contractions (compromise's @hasContraction); looking for them with a match
  // costs about 5 % of the fingerprint, and most claims have none.
  if (doc.docs.some((sentence) => sentence.some((term) => (term as ParsedTerm).implicit))) doc.contractions().expand();
  // Digits are read from the terms below; compromise's number parser (a third of the work) only for number words.
  const numberWords = countUpTo(text, NUMBER_WORDS, MAX_NUMBER_WORDS + 1);
  if (numberWords > 0 && numberWords <= MAX_NUMBER_WORDS) {
    const numbers = doc.numbers();
    // Ordinals and fractions stay words: "a third" is not 0.333rd, nor "one out of six" 0.167.
    (numbers.isCardinal().filter((number) => !number.has('#Fraction')) as typeof numbers).toNumber();
  }
  doc.compute('root');
  // The document's own terms, as `doc.json()` would copy them (with every sentence's text, which nothing here reads).
  const terms = doc.docs.flat() as ParsedTerm[];
  const tokens: Token[] = [];
  for (const term of terms) {
    const tags = term.tags ?? new Set<string>();
    if (tags.has('Value') && /\d/.test(term.normal)) {
      for (const number of term.normal.replace(/,/g, '').matchAll(/\d+(?:\.\d+)?/g)) {
        // 4,000.00 is 4000, 3.50 is 3.5
        const digits = String(Number(number[0]));
        tokens.push({ written: digits, lemma: digits, pos: null, proper: false });
      }
      continue;
    }
    const pieces = [...term.text.matchAll(/[\p{L}\p{N}]+/gu)].map((piece) => piece[0]);
    const proper = tags.has('ProperNoun') || tags.has('Acronym');
    for (const written of pieces) {
      tokens.push({
        written,
        lemma: (pieces.length === 1 && term.root ? term.root : written).toLowerCase(),
        pos: posOf(tags),
        proper,
      });
    }
  }
  return tokens;
}

/** How many times the (global) pattern matches the text, counting no further than `most`. */
function countUpTo(text: string, pattern: RegExp, most: number): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) if (++count >= most) break;
  return count;
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
