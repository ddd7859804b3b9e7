import nlp from 'compromise';
import { wordTable } from '../lexicon/word-set';

/**
 * Words, their tags and their lemmas from compromise's model (its lexicon and rules, read once), without a compromise
 * parse: the steps of its pre-tagger a match word depends on, each a lookup or two a word (the lexicon and its
 * phrases, the suffix, prefix and look-alike rules, the title case of a proper noun, acronyms, the neighbour and
 * ambiguous-word clues, clause by clause) and its lemma rules (plural to singular, verb to infinitive, comparative to
 * adjective). Not its organisation, place, hyphen and imperative rules. Compromise's parse builds a document and walks
 * it many times for the same tags; this reads each word a bounded number of times, and a claim's whole fingerprint
 * costs a third of what it did with the parse. The tags differ from the parse's for a few words in a hundred claims.
 */

/** A rule's tag: compromise gives some words two. */
type Tag = string | string[];

/** The part of compromise's model read here. */
interface Model {
  one: {
    abbreviations: Record<string, boolean>;
    lexicon: Record<string, Tag>;
    /** A phrase's first word to the most words of the lexicon's phrases it begins. */
    _multiCache: Record<string, number>;
    tagSet: Record<string, { parents: string[]; not: string[] }>;
  };
  two: {
    suffixPatterns: Record<string, Tag>[];
    prefixPatterns: Record<string, Tag>[];
    regexText: [RegExp, Tag][];
    regexNormal: [RegExp, Tag][];
    regexNumbers: [RegExp, Tag][];
    endsWith: Record<string, [RegExp, Tag][]>;
    switches: Record<string, string>;
    clues: Record<string, Clues>;
    neighbours: Record<'leftTags' | 'leftWords' | 'rightTags' | 'rightWords', [string, Tag][]>;
  };
}
interface Clues {
  beforeTags: Record<string, Tag>;
  afterTags: Record<string, Tag>;
  beforeWords: Record<string, Tag>;
  afterWords: Record<string, Tag>;
}
interface Transforms {
  two: {
    looksPlural: (word: string) => boolean;
    transform: {
      noun: { toSingular: (word: string, model: Model) => string };
      verb: { toInfinitive: (word: string, model: Model, tense: string) => string };
      adjective: {
        fromComparative: (word: string, model: Model) => string;
        fromSuperlative: (word: string, model: Model) => string;
        fromAdverb: (word: string) => string;
      };
    };
  };
}

const model = nlp.model() as unknown as Model;
const methods = nlp.methods() as unknown as Transforms;
const { lexicon, tagSet, _multiCache: multiCache } = model.one;
const { suffixPatterns, prefixPatterns, switches, clues, neighbours } = model.two;
const { regexText, regexNormal, regexNumbers, endsWith } = model.two;
const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** An abbreviation compromise knows (mr, sen, inc, jan): its period does not end a sentence. */
export function isAbbreviation(normal: string): boolean {
  return own(model.one.abbreviations, normal);
}

/** A word of a text as the pre-tagger sees it. */
export interface TaggedWord {
  /** As written (without the punctuation around it). */
  text: string;
  /** Lower case. */
  normal: string;
  tags: Set<string>;
  /** The lemma, lower case, when it is not the word itself. */
  root?: string;
  /** Followed by a comma, colon or semicolon (where compromise may start a clause). */
  pause?: boolean;
  /** After an opening quote: a capital there does not make a proper noun. */
  afterQuote?: boolean;
}

/** Words longer than this are not looked up or inflected (no English word is): hostile input stays linear. */
const LONGEST_WORD = 40;

/** A tag or tags (compromise's rules give some words two), each with its parents. */
function addTag(word: TaggedWord, tag: Tag): void {
  for (const one of typeof tag === 'string' ? [tag] : tag) {
    word.tags.add(one);
    for (const parent of tagSet[one]?.parents ?? []) word.tags.add(parent);
  }
}

/** A tag set as compromise's `setTag` sets it: the tags it excludes are taken away. */
function setTag(word: TaggedWord, tag: Tag): void {
  for (const one of typeof tag === 'string' ? [tag] : tag) {
    for (const excluded of tagSet[one]?.not ?? []) word.tags.delete(excluded);
  }
  addTag(word, tag);
}

/** Compromise's look-alike rules (e-mails, URLs, `un-` verbs, numbers, endings such as -ed): bounded by LONGEST_WORD. */
function regexTag(word: TaggedWord): Tag | null {
  const first = (regexes: [RegExp, Tag][], text: string) => regexes.find(([regex]) => regex.test(text))?.[1];
  let tag = first(regexText, word.text) ?? first(regexNormal, word.normal);
  if (!tag && /[0-9]/.test(word.normal)) tag = first(regexNumbers, word.normal);
  if (!tag && word.tags.size === 0) {
    const last = word.normal[word.normal.length - 1];
    if (own(endsWith, last)) tag = first(endsWith[last], word.normal);
  }
  return tag ?? null;
}

function prefixTag(normal: string): Tag | null {
  for (let length = Math.min(7, normal.length - 3); length > 2; length--) {
    const prefix = normal.slice(0, length);
    if (own(prefixPatterns[length], prefix)) return prefixPatterns[length][prefix];
  }
  return null;
}

const NOT_PROPER = ['Date', 'Month', 'WeekDay', 'Unit', 'Expression'];
const TITLE_CASE = /^\p{Lu}[\p{Ll}'’]/u;
const SWITCH_PREFIX = /^(under|over|mis|re|un|dis|semi)-?/;
const PERIOD_ACRONYM = /^(?:[A-Z]\.)+[A-Z]$/;
const ACRONYM_PLACES = new Set(['la', 'ny', 'us', 'dc', 'gb', 'uk']);

function suffixTag(normal: string): Tag | null {
  for (let length = Math.min(7, normal.length - 1); length > 1; length--) {
    const suffix = normal.slice(normal.length - length);
    if (own(suffixPatterns[length], suffix)) return suffixPatterns[length][suffix];
  }
  return null;
}

/** Compromise's guess of a verb's tense from its ending (its `getTense`). */
const TENSE_ENDINGS = wordTable<string>({});
for (const [tense, endings] of Object.entries({
  Gerund: 'ing',
  Actor: 'erer',
  Infinitive:
    'ate ize tion rify then ress ify age nce ect ise ine ish ace ash ure tch end ack and ute ade ock ite ase ose use ive int nge lay est ain ant ent eed er le unk ung upt en',
  PastTense: 'ept ed lt nt ew ld',
  PresentTense:
    'rks cks nks ngs mps tes zes ers les acks ends ands ocks lays eads lls els ils ows nds ays ams ars ops ffs als urs lds ews ips es ts ns',
  Participle: 'ken wn',
})) {
  for (const ending of endings.split(' ')) TENSE_ENDINGS[ending] = tense;
}
function tenseOf(normal: string): string | null {
  const three = normal.slice(-3);
  if (own(TENSE_ENDINGS, three)) return TENSE_ENDINGS[three];
  const two = normal.slice(-2);
  if (own(TENSE_ENDINGS, two)) return TENSE_ENDINGS[two];
  return normal.endsWith('s') ? 'PresentTense' : null;
}

/** Compromise's plural or singular guess for a noun, and tense guess for a verb, its tags leave open. */
function fillNumber(word: TaggedWord): void {
  const { tags } = word;
  if (tags.size === 1 && tags.has('Verb')) {
    const tense = tenseOf(word.normal);
    if (tense) addTag(word, tense);
  }
  if (!tags.has('Noun') || tags.has('Plural') || tags.has('Singular')) return;
  for (const tag of ['Acronym', 'Abbreviation', 'ProperNoun', 'Uncountable', 'Possessive', 'Pronoun', 'Activity']) {
    if (tags.has(tag)) return;
  }
  if (tags.has('Honorific') || tags.has('Month')) return;
  addTag(word, methods.two.looksPlural(word.normal) ? 'Plural' : 'Singular');
}

function isAcronym(word: TaggedWord): boolean {
  let text = word.text;
  if (!/^[A-Z-]+$/.test(text)) {
    if (text.length > 3 && /^[A-Z]+s$/.test(text)) text = text.slice(0, -1);
    else return false;
  } else if (ACRONYM_PLACES.has(word.normal)) return true;
  if (text.length > 5 || text === 'I' || text === 'A' || own(lexicon, word.normal)) return false;
  return /[A-Z]{2,}$/.test(text);
}

const lookAtWord = (word: TaggedWord | undefined, words: [string, Tag][]) =>
  word ? (words.find(([normal]) => normal === word.normal)?.[1] ?? null) : null;
const lookAtTag = (word: TaggedWord | undefined, tags: [string, Tag][]) =>
  word ? (tags.find(([tag]) => word.tags.has(tag))?.[1] ?? null) : null;

const clueWord = (word: TaggedWord | undefined, words: Record<string, Tag>) =>
  word && own(words, word.normal) ? words[word.normal] : null;
function clueTag(word: TaggedWord | undefined, tags: Record<string, Tag>): Tag | null {
  if (!word) return null;
  // The most specific tag first, as compromise orders them (by their number of parents).
  const sorted = [...word.tags].sort((a, b) => (tagSet[b]?.parents.length ?? 0) - (tagSet[a]?.parents.length ?? 0));
  const found = sorted.find((tag) => own(tags, tag));
  return found ? tags[found] : null;
}

/**
 * Tags the words of one sentence as compromise's pre-tagger would (the steps that read a word and its neighbours,
 * clause by clause as it splits them at commas, colons and semicolons; not the organisation and place phrases, the
 * hyphen and imperative rules), and gives each its lemma.
 */
export function tagSentence(words: TaggedWord[]): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word.tags.size > 0 || word.normal.length > LONGEST_WORD) continue;
    if (lexiconPhrase(words, index)) continue;
    if (own(lexicon, word.normal)) {
      setTag(word, lexicon[word.normal]);
      continue;
    }
    if (LEXICON_PREFIX.test(word.normal)) {
      const stem = word.normal.replace(LEXICON_PREFIX, '');
      const tag = own(lexicon, stem) ? lexicon[stem] : undefined;
      if (stem.length > 3 && typeof tag === 'string' && PREFIXED_TAGS.has(tag)) setTag(word, tag);
    }
  }
  let start = 0;
  for (let index = 0; index < words.length; index++) {
    if (index === words.length - 1 || (words[index].pause && splitsBefore(words, index + 1))) {
      tagClause(words.slice(start, index + 1), start);
      start = index + 1;
    }
  }
  for (const word of words) if (word.normal.length <= LONGEST_WORD) word.root = rootOf(word);
}

const LEXICON_PREFIX = /^(under|over|mis|re|un|dis|semi|pre|post)-?/;
const PREFIXED_TAGS = new Set(['Verb', 'Infinitive', 'PastTense', 'Gerund', 'PresentTense', 'Adjective', 'Participle']);

/** The lexicon's phrases ("sitting in", "new york"): the longest one starting at `at` tags all its words. */
function lexiconPhrase(words: TaggedWord[], at: number): boolean {
  const longest = own(multiCache, words[at].normal) ? multiCache[words[at].normal] : 0;
  for (let end = Math.min(at + longest, words.length) - 1; end > at; end--) {
    const phrase = words
      .slice(at, end + 1)
      .map((word) => word.normal)
      .join(' ');
    if (!own(lexicon, phrase)) continue;
    const tag = lexicon[phrase];
    for (let index = at; index <= end; index++) setTag(words[index], tag);
    if (Array.isArray(tag) && tag.length === 2 && tag.includes('PhrasalVerb')) setTag(words[at + 1], 'Particle');
    return true;
  }
  return false;
}

const MAYBE_DATE = new Set(['may', 'april', 'august', 'jan']);
/** Compromise's `quickSplit`: whether a comma before the word at `at` starts a clause. */
function splitsBefore(words: TaggedWord[], at: number): boolean {
  const word = words[at];
  const last = words[at - 1];
  if (word.normal === 'like' || MAYBE_DATE.has(word.normal)) return false;
  if (word.tags.has('Place') || word.tags.has('Date')) return false;
  if (last.tags.has('Date') || MAYBE_DATE.has(last.normal)) return false;
  if (last.tags.has('Adjective') || word.tags.has('Adjective')) return false;
  return !([1, 2, 4].includes(word.normal.length) && /^[0-9]+$/.test(word.normal));
}

function tagClause(words: TaggedWord[], sentenceIndex: number): void {
  const switched: (string | undefined)[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word.normal.length > LONGEST_WORD) continue;
    let form = own(switches, word.normal) ? switches[word.normal] : undefined;
    if (!form && SWITCH_PREFIX.test(word.normal)) {
      const stem = word.normal.replace(SWITCH_PREFIX, '');
      if (stem.length > 3 && own(switches, stem)) form = switches[stem];
    }
    switched[index] = form;
    if (
      sentenceIndex + index !== 0 &&
      TITLE_CASE.test(word.text) &&
      !/[0-9]/.test(word.text) &&
      !NOT_PROPER.some((one) => word.tags.has(one)) &&
      !word.afterQuote &&
      word.normal !== 'the'
    ) {
      fillNumber(word);
      if (!word.tags.has('Noun')) word.tags.clear();
      addTag(word, 'ProperNoun');
    }
    if (word.tags.size === 0) {
      const guess = suffixTag(word.normal);
      if (guess) addTag(word, guess);
    }
    const looksLike = regexTag(word);
    if (looksLike) setTag(word, looksLike);
    if (word.tags.size === 0) {
      const guess = prefixTag(word.normal);
      if (guess) addTag(word, guess);
    }
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word.normal.length > LONGEST_WORD) continue;
    if (!word.tags.has('Acronym') && PERIOD_ACRONYM.test(word.text)) {
      // U.S., D.C. (the sentence splitter keeps their periods; the last is left with the punctuation after them)
      word.tags.clear();
      addTag(word, ['Acronym', 'Noun', 'ProperNoun']);
      continue;
    }
    if (!word.tags.has('Acronym') && isAcronym(word)) {
      word.tags.clear();
      addTag(word, ['Acronym', 'Noun']);
      if (ACRONYM_PLACES.has(word.normal)) addTag(word, 'Place');
      if (/^[A-Z]+s$/.test(word.text)) addTag(word, 'Plural');
      continue;
    }
    fillNumber(word);
    if (word.tags.size === 0) {
      const { leftWords, rightWords, leftTags, rightTags } = neighbours;
      const guess =
        lookAtWord(words[index - 1], leftWords) ??
        lookAtWord(words[index + 1], rightWords) ??
        lookAtTag(words[index - 1], leftTags) ??
        lookAtTag(words[index + 1], rightTags) ??
        'Noun';
      addTag(word, guess);
      fillNumber(word);
    }
  }
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const form = switched[index];
    if (!form || word.tags.has('Acronym') || word.tags.has('PhrasalVerb')) continue;
    const formClues = clues[form];
    const before = words[index - 1]?.normal !== 'also' ? index - 1 : Math.max(0, index - 2);
    let tag = formClues
      ? (clueWord(words[index + 1], formClues.afterWords) ??
        clueWord(words[before], formClues.beforeWords) ??
        clueTag(words[before], formClues.beforeTags) ??
        clueTag(words[index + 1], formClues.afterTags))
      : null;
    tag = adhoc(form, words, index) ?? tag;
    if (tag) {
      setTag(word, tag);
      fillNumber(word);
    }
  }
}

/** Compromise's own rules for some ambiguous words (its `adhoc`), after its clues. */
function adhoc(form: string, words: TaggedWord[], index: number): string | null {
  const capital = words[index].tags.has('ProperNoun') && /^[A-Z][a-z]/.test(words[index].text) ? 'Noun' : null;
  const alone = (tag: string) => (index === 0 && words.length === 1 ? tag : null);
  switch (form) {
    case 'Adj|Gerund':
    case 'Actor|Verb':
    case 'Adj|Past':
    case 'Adj|Present':
    case 'Noun|Gerund':
    case 'Person|Noun':
      return capital;
    case 'Adj|Noun':
      return capital ?? (index === words.length - 1 && words[index - 1]?.tags.has('Determiner') ? 'Noun' : null);
    case 'Noun|Verb':
      return (index > 0 ? capital : null) ?? alone('Infinitive');
    case 'Plural|Verb':
      return capital ?? alone('PresentTense') ?? (index === 0 && words.length > 3 ? 'Plural' : null);
    case 'Person|Verb':
      return index !== 0 ? capital : null;
    case 'Person|Adj':
      return (index === 0 && words.length > 1) || capital ? 'Person' : null;
    default:
      return null;
  }
}

/** Compromise's root of a tagged word (its `compute('root')`). */
function rootOf(word: TaggedWord): string | undefined {
  const { tags, normal } = word;
  const { noun, verb, adjective } = methods.two.transform;
  let root: string;
  if (tags.has('Possessive')) root = normal.replace(/'s$/, '');
  else if (tags.has('Plural')) root = noun.toSingular(normal, model);
  else if (tags.has('Copula')) root = 'is';
  else if (tags.has('PastTense')) root = verb.toInfinitive(normal, model, 'PastTense');
  else if (tags.has('Gerund')) root = verb.toInfinitive(normal, model, 'Gerund');
  else if (tags.has('PresentTense')) {
    root = tags.has('Infinitive') ? normal : verb.toInfinitive(normal, model, 'PresentTense');
  } else if (tags.has('Comparative')) root = adjective.fromComparative(normal, model);
  else if (tags.has('Superlative')) root = adjective.fromSuperlative(normal, model);
  else if (tags.has('Adverb')) root = adjective.fromAdverb(normal);
  else return undefined;
  return root !== normal ? root : undefined;
}
