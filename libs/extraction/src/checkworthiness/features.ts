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
  /** Sublinear term frequency (1 + log tf) instead of raw counts. */
  sublinearTf: boolean;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bits: 20,
  wordNgrams: [1, 2],
  charNgrams: [2, 5],
  wordWeight: 1,
  charWeight: 1,
  cueWeight: 0.5,
  sublinearTf: true,
};

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** 32-bit FNV-1a over UTF-16 code units, seeded by a namespace prefix. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
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

function hashIn(ns: number, s: string, mask: number): number {
  return fnv1a(s, ns) & mask;
}

/** Strip the CSV-style quoting the CheckThat! TSV files use ("...", with "" for a literal quote). */
export function unquoteTsvField(field: string): string {
  const t = field.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return t;
}

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands',
  'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'half', 'double', 'doubled',
  'tripled', 'twice', 'dozen', 'dozens',
]);

const STAT_WORDS = new Set([
  'percent', 'percentage', 'rate', 'rates', 'average', 'median', 'number', 'numbers', 'total', 'budget',
  'deficit', 'debt', 'tax', 'taxes', 'jobs', 'unemployment', 'gdp', 'economy', 'income', 'wages', 'cost',
  'costs', 'spending', 'spent', 'spend', 'cut', 'cuts', 'increase', 'increased', 'decrease', 'decreased',
  'raise', 'raised', 'rose', 'fell', 'grew', 'growth', 'inflation', 'dollars', 'dollar', 'billion',
  'million', 'trillion', 'poverty', 'record', 'largest', 'highest', 'lowest', 'biggest', 'fastest',
  'worst', 'best', 'first', 'last', 'since', 'ever', 'history', 'voted', 'vote', 'votes', 'bill', 'law',
  'signed', 'passed', 'veto', 'vetoed', 'created', 'lost', 'insurance', 'medicare', 'medicaid',
  'security', 'killed', 'died', 'deaths', 'people', 'americans', 'population', 'year', 'years', 'month',
  'months', 'administration', 'congress', 'senate', 'plan', 'program', 'proposal',
]);

const COMPARATIVES = new Set([
  'more', 'less', 'fewer', 'than', 'most', 'least', 'higher', 'lower', 'bigger', 'smaller', 'larger',
  'greater', 'better', 'worse', 'faster', 'slower', 'up', 'down', 'over', 'under', 'almost', 'nearly',
  'about', 'approximately', 'only', 'every', 'all', 'none', 'no',
]);

const OPINION_MARKERS = [
  /\bi (?:think|believe|feel|hope|want|wish|guess|suppose|mean|know|say|said|promise)\b/,
  /\b(?:we|you|i|they) (?:should|must|need to|ought to|have to|got to|gotta)\b/,
  /\b(?:i'm|i am) (?:going to|gonna|not going to|proud|glad|happy|sure|confident)\b/,
  /\b(?:i'll|we'll|i will|we will|let me|let's)\b/,
  /\b(?:in my opinion|my view|frankly|honestly|believe me)\b/,
];

const GREETING = /^(?:thank you|thanks|good (?:evening|morning|afternoon|night)|hello|hi|well|yes|no|okay|ok|sure|right|look|listen|excuse me)\b/;

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
]);

/**
 * Normalised lower-case token stream: words keep internal apostrophes/hyphens; numeric tokens are
 * collapsed to shape tokens (<year>, <pct>, <money>, <num>); "%" and "$" become tokens too.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const re = /\$\s?\d[\d,.]*|\d[\d,.]*\s?%|\d[\d,.]*(?:st|nd|rd|th|s)?|[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*|[?!%$]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c === 36 /* $ */) {
      out.push(t.length === 1 ? '$' : '<money>');
    } else if (c >= 48 && c <= 57) {
      const d = t.replace(/[.,]+$/, '');
      if (d.endsWith('%')) out.push('<pct>');
      else if (/^(?:1[6-9]|20)\d\ds?$/.test(d)) out.push('<year>');
      else if (/(?:st|nd|rd|th)$/.test(d)) out.push('<ord>');
      else out.push('<num>');
    } else {
      out.push(t.toLowerCase().replace(/’/g, "'"));
    }
  }
  return out;
}

/** Hand-written cue features: name → value in [0, 1]. */
export function cues(text: string, tokens: string[]): Array<[string, number]> {
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

  const firstPerson = tokens.filter((t) => t === 'i' || t === "i'm" || t === "i've" || t === "i'll" || t === 'me' || t === 'my').length;
  const we = tokens.filter((t) => t === 'we' || t === "we're" || t === "we've" || t === 'our' || t === 'us').length;
  const you = tokens.filter((t) => t === 'you' || t === "you're" || t === 'your').length;
  const third = tokens.filter((t) => t === 'he' || t === "he's" || t === 'she' || t === "she's" || t === 'his' || t === 'her' || t === 'they' || t === "they're").length;
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

function addCount(map: Map<number, number>, key: number, v = 1): void {
  map.set(key, (map.get(key) ?? 0) + v);
}

function flushBlock(map: Map<number, number>, scale: number, sublinear: boolean, into: Map<number, number>): void {
  if (map.size === 0 || scale === 0) return;
  let norm = 0;
  for (const [k, c] of map) {
    const v = sublinear ? 1 + Math.log(c) : c;
    map.set(k, v);
    norm += v * v;
  }
  const s = scale / Math.sqrt(norm);
  for (const [k, v] of map) addCount(into, k, v * s);
}

/** The sparse feature vector of one sentence (indices sorted ascending, no duplicates). */
export function featurize(text: string, cfg: FeatureConfig = DEFAULT_FEATURE_CONFIG): SparseVector {
  const mask = (1 << cfg.bits) - 1;
  const tokens = tokenize(text);
  const acc = new Map<number, number>();

  // Word n-grams with sentence boundary markers.
  const words = new Map<number, number>();
  const padded = ['<s>', ...tokens, '</s>'];
  for (const n of cfg.wordNgrams) {
    if (n === 1) {
      for (const t of tokens) addCount(words, hashIn(NS_WORD, t, mask));
    } else {
      for (let i = 0; i + n <= padded.length; i++) addCount(words, hashIn(NS_WORD, padded.slice(i, i + n).join(' '), mask));
    }
  }
  flushBlock(words, cfg.wordWeight, cfg.sublinearTf, acc);

  // Character n-grams inside word boundaries.
  const [cmin, cmax] = cfg.charNgrams;
  if (cmax > 0) {
    const chars = new Map<number, number>();
    for (const t of tokens) {
      const w = ` ${t} `;
      for (let n = cmin; n <= cmax; n++) {
        if (n > w.length) break;
        for (let i = 0; i + n <= w.length; i++) addCount(chars, hashIn(NS_CHAR, w.substr(i, n), mask));
      }
    }
    flushBlock(chars, cfg.charWeight, cfg.sublinearTf, acc);
  }

  if (cfg.cueWeight !== 0) {
    for (const [name, v] of cues(text, tokens)) if (v !== 0) addCount(acc, hashIn(NS_CUE, name, mask), v * cfg.cueWeight);
  }

  const indices = Int32Array.from(acc.keys()).sort();
  const values = new Float32Array(indices.length);
  for (let i = 0; i < indices.length; i++) values[i] = acc.get(indices[i])!;
  return { indices, values };
}
