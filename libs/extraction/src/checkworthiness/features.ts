/**
 * Check-worthiness featurizer, shared by the training script (scripts/train-checkworthiness.ts)
 * and the scorer (./index.ts) so that training and serving cannot drift.
 *
 * A sentence becomes a sparse vector over a hashed feature space of 2^bits dimensions:
 *  - word n-grams over a normalised token stream (numbers, years, money and percentages
 *    collapsed to shape tokens), L2-normalised as a group;
 *  - character n-grams inside word boundaries (sklearn's "char_wb"), L2-normalised as a group;
 *  - a handful of hand-written cues (numbers, comparatives, statistics words, named entities,
 *    opinion markers, questions, length...), each with a fixed small value.
 * Everything is deterministic: FNV-1a hashing, no randomness, no I/O.
 */

import {
  NUMBER_WORDS,
  STAT_WORDS,
  COMPARATIVES,
  OPINION_MARKERS,
  GREETING,
  MONTHS,
  FUNCTION_WORDS,
  IRREGULAR_PAST,
} from './feature-words';

export interface FeatureConfig {
  /** log2 of the hashed feature space size. */
  bits: number;
  /** Word n-gram orders to emit (e.g. [1, 2]). */
  wordNgrams: number[];
  /** Character n-gram range inclusive, within word boundaries; [0, 0] disables. */
  charNgrams: [number, number];
  /** Scale applied to the L2-normalised word block. */
  wordWeight: number;
  /** Scale applied to the L2-normalised char block. */
  charWeight: number;
  /** Scale applied to the hand-written cues. */
  cueWeight: number;
  /** N-gram orders over the shape stream (see shapeTokens); [] disables. */
  shapeNgrams: number[];
  /** Scale applied to the L2-normalised shape block. */
  shapeWeight: number;
  /** Sublinear term frequency (1 + log tf) instead of raw counts. */
  sublinearTf: boolean;
  /**
   * Word and character n-grams see a run of capitalised words after the first word as one <name> token, so the
   * weights learn that a person, place or body is named rather than which one (newer speech names new ones).
   */
  maskNames?: boolean;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bits: 18,
  wordNgrams: [1, 2],
  charNgrams: [2, 5],
  wordWeight: 1,
  charWeight: 1.5,
  cueWeight: 0,
  shapeNgrams: [1, 2, 3, 4],
  shapeWeight: 1,
  sublinearTf: true,
};

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** 32-bit FNV-1a over UTF-16 code units, seeded by a namespace prefix. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const NS_WORD = fnv1a('w:');
const NS_CHAR = fnv1a('c:');
const NS_CUE = fnv1a('f:');
const NS_SHAPE = fnv1a('s:');

/** The hashes of the cue features' names, computed once: the names are a closed set. */
const CUE_HASHES = new Map<string, number>();

function cueHash(name: string): number {
  let h = CUE_HASHES.get(name);
  if (h === undefined) {
    h = fnv1a(name, NS_CUE);
    CUE_HASHES.set(name, h);
  }
  return h;
}

/** Strip the CSV-style quoting the CheckThat! TSV files use ("...", with "" for a literal quote). */
export function unquoteTsvField(field: string): string {
  const t = field.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return t;
}

/**
 * Normalised lower-case token stream: words keep internal apostrophes/hyphens; numeric tokens are
 * collapsed to shape tokens (<year>, <pct>, <money>, <num>); "%" and "$" become tokens too.
 */
export function tokenize(text: string, raw?: string[]): string[] {
  const out: string[] = [];
  const re =
    /\$\s?\d[\d,.]*|\d[\d,.]*\s?%|\d[\d,.]*(?:st|nd|rd|th|s)?|[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*|[?!%$]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (raw) raw.push(t);
    if (c === 36 /* $ */) {
      out.push(t.length === 1 ? '$' : '<money>');
    } else if (c >= 48 && c <= 57) {
      const d = t.replace(/[.,]+$/, '');
      if (d.endsWith('%')) out.push('<pct>');
      else if (/^(?:1[6-9]|20)\d\ds?$/.test(d)) out.push('<year>');
      else if (/(?:st|nd|rd|th)$/.test(d)) out.push('<ord>');
      else out.push('<num>');
    } else {
      const lower = t.toLowerCase();
      out.push(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
    }
  }
  return out;
}

/**
 * A coarse, lexicon-free part-of-speech-like stream: function words stay themselves, numbers keep
 * their shape token, other words become a class from casing and suffix (<NNP>, <VBD>, <VBG>, <RB>, <S>, <W>).
 */
function shapeTokens(tokens: string[], raw: string[]): string[] {
  const out = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const r = raw[i];
    if (t.charCodeAt(0) === 60 /* < */ || FUNCTION_WORDS.has(t) || t.length === 1) out[i] = t;
    else if (i > 0 && r.charCodeAt(0) >= 65 && r.charCodeAt(0) <= 90) out[i] = '<NNP>';
    else if (IRREGULAR_PAST.has(t) || (t.endsWith('ed') && t.length > 4)) out[i] = '<VBD>';
    else if (t.endsWith('ing') && t.length > 5) out[i] = '<VBG>';
    else if (t.endsWith('ly') && t.length > 4) out[i] = '<RB>';
    else if (t.endsWith('s') && !t.endsWith('ss') && t.length > 3) out[i] = '<S>';
    else out[i] = '<W>';
  }
  return out;
}

/** The token stream with each run of capitalised words after the first word (not "I") collapsed to <name>. */
export function maskNames(tokens: string[], raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = raw[i].charCodeAt(0);
    const named = i > 0 && c >= 65 && c <= 90 && tokens[i] !== 'i' && !tokens[i].startsWith("i'");
    if (!named) out.push(tokens[i]);
    else if (out[out.length - 1] !== '<name>') out.push('<name>');
  }
  return out;
}

/** Hand-written cue features: name → value in [0, 1]. */
function cues(text: string, tokens: string[]): Array<[string, number]> {
  const f: Array<[string, number]> = [];
  const lower = text.toLowerCase();
  let nums = 0;
  let numWords = 0;
  let stats = 0;
  let comps = 0;
  let months = 0;
  for (const t of tokens) {
    if (t === '<num>' || t === '<pct>' || t === '<money>' || t === '<year>' || t === '<ord>') nums++;
    if (NUMBER_WORDS.has(t)) numWords++;
    if (STAT_WORDS.has(t)) stats++;
    if (COMPARATIVES.has(t)) comps++;
    if (MONTHS.has(t)) months++;
  }
  const n = tokens.length;
  if (nums > 0) f.push(['has_num', 1]);
  if (nums > 1) f.push(['multi_num', 1]);
  if (numWords > 0) f.push(['has_numword', 1]);
  if (nums + numWords > 0) f.push(['any_quantity', 1]);
  if (tokens.includes('<pct>') || tokens.includes('percent')) f.push(['pct', 1]);
  if (tokens.includes('<money>') || tokens.includes('dollars')) f.push(['money', 1]);
  if (tokens.includes('<year>')) f.push(['year', 1]);
  if (months > 0) f.push(['month', 1]);
  f.push(['stats', Math.min(stats, 4) / 4]);
  f.push(['comps', Math.min(comps, 3) / 3]);
  if (/\b\w+est\b/.test(lower) || /\bmost\b/.test(lower)) f.push(['superl', 1]);
  if (/\b\w+er than\b|\bmore than\b|\bless than\b|\bfewer than\b/.test(lower)) f.push(['compar_than', 1]);

  // Capitalised words not at the start of the sentence (named entities, roughly).
  const words = text.match(/[A-Za-z][A-Za-z'’.-]*/g) ?? [];
  let caps = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w === 'I' || w.startsWith("I'") || w.startsWith('I’')) continue;
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) caps++;
  }
  if (caps > 0) f.push(['caps', 1]);
  f.push(['caps_n', Math.min(caps, 4) / 4]);

  if (text.includes('?')) f.push(['question', 1]);
  if (/\?\s*["”']?\s*$/.test(text)) f.push(['ends_question', 1]);
  if (text.includes('!')) f.push(['exclaim', 1]);
  if (/\.\.\.|…|--|—/.test(text)) f.push(['trailing', 1]);
  for (let i = 0; i < OPINION_MARKERS.length; i++) if (OPINION_MARKERS[i].test(lower)) f.push([`opinion${i}`, 1]);
  if (GREETING.test(lower.replace(/^["“'\s]+/, ''))) f.push(['greeting_start', 1]);

  const firstPerson = tokens.filter(
    (t) => t === 'i' || t === "i'm" || t === "i've" || t === "i'll" || t === 'me' || t === 'my',
  ).length;
  const we = tokens.filter((t) => t === 'we' || t === "we're" || t === "we've" || t === 'our' || t === 'us').length;
  const you = tokens.filter((t) => t === 'you' || t === "you're" || t === 'your').length;
  const third = tokens.filter(
    (t) =>
      t === 'he' ||
      t === "he's" ||
      t === 'she' ||
      t === "she's" ||
      t === 'his' ||
      t === 'her' ||
      t === 'they' ||
      t === "they're",
  ).length;
  if (firstPerson) f.push(['pron_i', 1]);
  if (we) f.push(['pron_we', 1]);
  if (you) f.push(['pron_you', 1]);
  if (third) f.push(['pron_3', 1]);
  if (/\b(?:will|going to|gonna|would)\b/.test(lower)) f.push(['future', 1]);
  if (/\b(?:has|have|had|was|were|did)\b/.test(lower)) f.push(['past', 1]);
  if (/\b(?:not|n't|never|no)\b/.test(lower)) f.push(['neg', 1]);

  // Length bins.
  const bin = n <= 3 ? 0 : n <= 6 ? 1 : n <= 10 ? 2 : n <= 16 ? 3 : n <= 25 ? 4 : n <= 40 ? 5 : 6;
  f.push([`len${bin}`, 1]);
  f.push(['len', Math.min(n, 60) / 60]);
  return f;
}

/** One FNV-1a step per UTF-16 code unit of `s`, continuing from hash `h`. */
function fnvUpdate(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function fnvChar(h: number, c: number): number {
  h ^= c;
  return Math.imul(h, 0x01000193) >>> 0;
}

const SPACE = 32;

/**
 * Numbers keyed by feature index, in the order the indices were first touched: an open-addressing table sized to the
 * sentence (a few hundred indices), since a dense array over all 2^bits indices costs a cache miss on every touch.
 */
class SparseTable {
  private slots = new Int32Array(MIN_SLOTS).fill(-1);
  keys = new Int32Array(MIN_SLOTS / 2);
  values = new Float64Array(MIN_SLOTS / 2);
  /** The slot of each entry, so that clearing touches only the slots in use. */
  private slotOf = new Int32Array(MIN_SLOTS / 2);
  size = 0;

  /** The position of index `k` in keys and values, added with the value 0 when new. */
  entry(k: number): number {
    const mask = this.slots.length - 1;
    let slot = k & mask;
    for (;;) {
      const at = this.slots[slot];
      if (at === -1) break;
      if (this.keys[at] === k) return at;
      slot = (slot + 1) & mask;
    }
    if (this.size * 2 >= this.slots.length) {
      this.grow();
      return this.entry(k);
    }
    const at = this.size++;
    this.slots[slot] = at;
    this.slotOf[at] = slot;
    this.keys[at] = k;
    this.values[at] = 0;
    return at;
  }

  clear(): void {
    // (the slots in use only: the table keeps the size the longest sentence read needed)
    for (let at = 0; at < this.size; at++) this.slots[this.slotOf[at]] = -1;
    this.size = 0;
  }

  private grow(): void {
    const keys = new Int32Array(this.keys.length * 2);
    const values = new Float64Array(this.values.length * 2);
    keys.set(this.keys);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
    this.slotOf = new Int32Array(this.slotOf.length * 2);
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let at = 0; at < this.size; at++) {
      let slot = keys[at] & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = at;
      this.slotOf[at] = slot;
    }
  }
}

const MIN_SLOTS = 2048;

/**
 * Scratch space reused across calls (featurize is synchronous, so this is safe and keeps the hot path
 * free of allocations): the counts of the current block, and the accumulated vector.
 */
class Accumulator {
  private readonly block = new SparseTable();
  private readonly acc = new SparseTable();

  count(k: number): void {
    const at = this.block.entry(k); // (first: a new entry may grow the table's arrays)
    this.block.values[at] += 1;
  }

  add(k: number, v: number): void {
    const at = this.acc.entry(k);
    this.acc.values[at] += v;
  }

  /** Move the current block into the vector: (sublinear) tf, L2-normalised, times `scale`. */
  flush(scale: number, sublinear: boolean): void {
    const { keys, values, size: n } = this.block;
    if (n > 0 && scale !== 0) {
      let norm = 0;
      for (let i = 0; i < n; i++) {
        const c = values[i];
        const v = sublinear && c !== 1 ? 1 + Math.log(c) : c;
        values[i] = v;
        norm += v * v;
      }
      const s = scale / Math.sqrt(norm);
      for (let i = 0; i < n; i++) this.add(keys[i], values[i] * s);
    }
    this.block.clear();
  }

  /** The accumulated vector (indices ascending unless `sorted` is false); resets the scratch space. */
  take(sorted = true): SparseVector {
    const acc = this.acc;
    const indices = acc.keys.slice(0, acc.size);
    if (sorted) indices.sort();
    const values = new Float32Array(indices.length);
    for (let i = 0; i < indices.length; i++) values[i] = acc.values[sorted ? acc.entry(indices[i]) : i];
    acc.clear();
    return { indices, values };
  }
}

const accumulator = new Accumulator();

/**
 * Hash the n-grams (for each n in `orders`) of a token sequence padded with <s> ... </s>; grams are
 * the tokens joined by single spaces. Unigrams of the padding markers are skipped unless `padUnigrams`.
 */
function countNgrams(
  acc: Accumulator,
  ns: number,
  seq: string[],
  orders: number[],
  mask: number,
  padUnigrams: boolean,
): void {
  let maxN = 0;
  let wanted = 0;
  for (const n of orders) {
    if (n > maxN) maxN = n;
    if (n < 31) wanted |= 1 << n;
  }
  const len = seq.length + 2;
  const at = (i: number) => (i === 0 ? '<s>' : i === len - 1 ? '</s>' : seq[i - 1]);
  for (let i = 0; i < len; i++) {
    let h = ns;
    for (let n = 1; n <= maxN && i + n <= len; n++) {
      if (n > 1) h = fnvChar(h, SPACE);
      h = fnvUpdate(h, at(i + n - 1));
      if (!(wanted & (1 << n))) continue;
      if (n === 1 && !padUnigrams && (i === 0 || i === len - 1)) continue;
      acc.count(h & mask);
    }
  }
}

/**
 * The sparse feature vector of one sentence: no duplicate indices, sorted ascending unless `sorted`
 * is false (scoring does not need the order).
 */
export function featurize(text: string, cfg: FeatureConfig = DEFAULT_FEATURE_CONFIG, sorted = true): SparseVector {
  const mask = (1 << cfg.bits) - 1;
  const raw: string[] = [];
  const tokens = tokenize(text, raw);
  const acc = accumulator;

  const words = cfg.maskNames ? maskNames(tokens, raw) : tokens;
  // Word n-grams (unigrams over the tokens, longer grams with sentence boundary markers).
  countNgrams(acc, NS_WORD, words, cfg.wordNgrams, mask, false);
  acc.flush(cfg.wordWeight, cfg.sublinearTf);

  // Character n-grams inside word boundaries: each token as " token ".
  const [cmin, cmax] = cfg.charNgrams;
  if (cmax > 0) {
    for (const t of words) {
      const len = t.length + 2;
      for (let i = 0; i < len; i++) {
        let h = NS_CHAR;
        for (let n = 1; n <= cmax && i + n <= len; n++) {
          const j = i + n - 1;
          h = fnvChar(h, j === 0 || j === len - 1 ? SPACE : t.charCodeAt(j - 1));
          if (n >= cmin) acc.count(h & mask);
        }
      }
    }
    acc.flush(cfg.charWeight, cfg.sublinearTf);
  }

  // Word-shape n-grams (coarse part-of-speech-like classes).
  if (cfg.shapeWeight && cfg.shapeNgrams?.length) {
    countNgrams(acc, NS_SHAPE, shapeTokens(tokens, raw), cfg.shapeNgrams, mask, true);
    acc.flush(cfg.shapeWeight, cfg.sublinearTf);
  }

  if (cfg.cueWeight !== 0) {
    for (const [name, v] of cues(text, tokens)) if (v !== 0) acc.add(cueHash(name) & mask, v * cfg.cueWeight);
  }

  return acc.take(sorted);
}
