/**
 * MinHash locality-sensitive hashing over a claim's content words. Two claims whose word sets overlap with Jaccard
 * similarity s share at least one of BANDS band keys with probability 1 − (1 − s^ROWS)^BANDS: about 0.96 at s = 0.5,
 * 0.8 at 0.4 and 0.5 at 0.3, but only 0.003 at 0.05, so repeats and paraphrases are found while unrelated claims
 * almost never become candidates. Pure and deterministic.
 */

export const BANDS = 24;
const ROWS = 3;

const STOP_WORDS = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as into about over after before than that this these ' +
    'those there here it its it s is are was were be been being am do does did done have has had having will would ' +
    'shall should can could may might must i me my we us our you your he him his she her they them their who whom ' +
    'which what when where why how not no nor all any some such only own same too very just also said says say'
  ).split(' '),
);

/** The content words of a text: lower case, numbers whole (12,000 is 12000), stop words dropped, a plural s trimmed. */
export function matchWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of text
    .toLowerCase()
    .normalize('NFKD')
    .matchAll(/\d+(?:[.,]\d+)*|\p{L}+/gu)) {
    const raw = token[0].replace(/,/g, '');
    if ((raw.length < 2 && !/\d/.test(raw)) || STOP_WORDS.has(raw)) continue;
    words.add(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return [...words];
}

/** The band keys of a text: BANDS integers, each unique to its band (band index in the high bits). */
export function matchBands(text: string): number[] {
  const words = matchWords(text);
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
