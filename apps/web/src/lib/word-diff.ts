/** What changed between two versions of a text, word by word, and between two lists of sources, for people to read. */

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Beyond this many word pairs, the changed middle of two texts is shown as removed then added as a whole: a rewrite
 * that large reads no better word by word, and the table it would take grows with the product of the lengths.
 */
const MAX_CELLS = 1_000_000;

/**
 * The parts of `after` and of `before` in reading order: words both keep, words removed, words added. Words, spaces
 * and punctuation are compared apart ("higher." and "higher than" share "higher"); parts of one kind are joined.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  return joined([
    ...a.slice(0, head).map((text) => ({ kind: 'same' as const, text })),
    ...middle,
    ...a.slice(a.length - tail).map((text) => ({ kind: 'same' as const, text })),
  ]);
}

/** Whether a diff changes anything. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}

/** Words (letters and digits), runs of spaces, and each other character. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];
}

/** The longest common subsequence of two token lists, walked back into parts (removals before additions). */
function diffMiddle(a: string[], b: string[]): DiffPart[] {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_CELLS) {
    return [
      ...a.map((text) => ({ kind: 'removed' as const, text })),
      ...b.map((text) => ({ kind: 'added' as const, text })),
    ];
  }
  const width = b.length + 1;
  // common[i * width + j]: the length of the longest common subsequence of a[i..] and b[j..].
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] =
        a[i] === b[j]
          ? common[(i + 1) * width + j + 1] + 1
          : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (common[(i + 1) * width + j] >= common[i * width + j + 1]) {
      parts.push({ kind: 'removed', text: a[i++] });
    } else {
      parts.push({ kind: 'added', text: b[j++] });
    }
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++] });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++] });
  return parts;
}

/**
 * Neighbouring parts of one kind as one; within a run of changes, what was removed reads before what was added. A space
 * kept between two changes joins them ("~~higher than~~ lower by", not "~~higher~~lower ~~than~~by").
 */
function joined(input: DiffPart[]): DiffPart[] {
  const parts = input.flatMap((part, index): DiffPart[] =>
    part.kind === 'same' &&
    /^\s+$/.test(part.text) &&
    input[index - 1] &&
    input[index - 1].kind !== 'same' &&
    input[index + 1] &&
    input[index + 1].kind !== 'same'
      ? [
          { kind: 'removed', text: part.text },
          { kind: 'added', text: part.text },
        ]
      : [part],
  );
  const ordered: DiffPart[] = [];
  let run: DiffPart[] = [];
  const flush = () => {
    ordered.push(...run.filter((part) => part.kind === 'removed'), ...run.filter((part) => part.kind === 'added'));
    run = [];
  };
  for (const part of parts) {
    if (part.kind === 'same') {
      flush();
      ordered.push(part);
    } else {
      run.push(part);
    }
  }
  flush();
  const result: DiffPart[] = [];
  for (const part of ordered) {
    const last = result[result.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else result.push({ ...part });
  }
  return result;
}

interface Source {
  url: string;
  title?: string;
}

export interface SourceChange {
  kind: 'same' | 'removed' | 'added' | 'retitled';
  url: string;
  title: string;
  /** The title it had, for a source whose title changed. */
  before?: string;
}

/**
 * Sources by their address, in the order of the newer list, then those it dropped: kept, added, retitled (same
 * address, another title) or removed.
 */
export function diffSources(before: readonly Source[], after: readonly Source[]): SourceChange[] {
  const earlier = new Map(before.map((source) => [source.url, source.title ?? '']));
  const later = new Set(after.map((source) => source.url));
  return [
    ...after.map((source): SourceChange => {
      const title = source.title ?? '';
      if (!earlier.has(source.url)) return { kind: 'added', url: source.url, title };
      const old = earlier.get(source.url)!;
      return old === title
        ? { kind: 'same', url: source.url, title }
        : { kind: 'retitled', url: source.url, title, before: old };
    }),
    ...before
      .filter((source) => !later.has(source.url))
      .map((source): SourceChange => ({ kind: 'removed', url: source.url, title: source.title ?? '' })),
  ];
}
