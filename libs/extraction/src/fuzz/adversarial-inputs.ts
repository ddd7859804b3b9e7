/**
 * Generators of hostile input for the extraction core and the HTML reader (fast-check arbitraries). A short
 * pattern of pieces is drawn and repeated up to a size: repetition is what turns a scan per quote, cue or name into
 * quadratic time, so the patterns are made of what the analysis anchors on — quote marks of every kind, reporting
 * and raising verbs, stance words, names (a new one at each repeat where the pattern says {N}), transcript turns,
 * punctuation or none, and stray characters.
 */
import fc from 'fast-check';

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", "''", '``', '`', '«', '»', '„', '‹', '›'];
const ANCHORS = [
  ' said',
  ' says',
  ' told reporters',
  ' according to',
  ' added',
  ' argued that',
  ' claimed',
  ' believes',
  ' thinks',
  ' seemed',
  ' is expected to',
  ' appears',
  ' critical of',
  ' criticism of',
  ' who said',
  ' Asked about',
  ' wrote',
  ' statement',
  ' The report',
  ' said in a statement that',
];
const SPEAKERS = [
  ' {N}',
  ' {N} {N}',
  ' Mayor {N}',
  ' Sen. {N}',
  ' the {N} Party',
  ' {N} Inc.',
  '\n{N}:',
  '\nWALLACE:',
  ' he',
  ' she',
  ' they',
  ' it',
  ' It',
  ' the mayor',
  ' John Smith',
  ' Mr.',
  ' U.S.',
];
const PUNCTUATION = [',', '.', ':', ';', ' —', ' ―', ' -', ' (', ')', '…', '!', '?', '\n', '\n\n', ' '];
const WORDS = [' the', ' tax', ' rose', ' Crime fell', ' in', ' and', ' that', ' of', ' a', ' 20 percent', ' They'];

const piece = fc.oneof(
  fc.constantFrom(...QUOTE_MARKS),
  fc.constantFrom(...ANCHORS),
  fc.constantFrom(...SPEAKERS),
  fc.constantFrom(...PUNCTUATION),
  fc.constantFrom(...WORDS),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);

/** A short pattern of text pieces; {N} stands for a name new at each repeat. */
export const textPattern = fc
  .array(piece, { minLength: 1, maxLength: 12 })
  .map((pieces) => pieces.join(''))
  // an empty pattern makes an empty text, whose time per KB is a division by zero, not a measure
  .filter((pattern) => pattern.length > 0);

/** Names that differ at every call: Qa, Qb, … Qaa, … (capitalised, so they read as names). */
function nameSequence(): () => string {
  let next = 0;
  return () => {
    let k = next++;
    let name = '';
    do {
      name += String.fromCharCode(97 + (k % 26));
      k = Math.floor(k / 26);
    } while (k > 0);
    return `Q${name}`;
  };
}

/** The pattern repeated until the text is `bytes` long (UTF-16 units), each {N} a new name. */
export function repeatTo(pattern: string, bytes: number): string {
  const name = nameSequence();
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const part = pattern.replace(/\{N\}/g, name);
    parts.push(part);
    length += Math.max(1, part.length);
  }
  return parts.join('').slice(0, bytes);
}

const TAGS = ['div', 'p', 'span', 'b', 'i', 'a', 'li', 'ul', 'table', 'tr', 'td', 'section', 'article', 'blockquote'];
const SKIPPED = ['script', 'style', 'svg', 'template', 'textarea', 'noscript', 'iframe'];

const openTag = fc
  .tuple(
    fc.constantFrom(...TAGS, ...SKIPPED),
    fc.constantFrom('', ' class="x"', ' id=a', ' onclick="alert(1)"', ' style="display:none"'),
  )
  .map(([tag, attribute]) => `<${tag}${attribute}>`);

const markupPiece = fc.oneof(
  openTag,
  fc.constantFrom(...TAGS, ...SKIPPED).map((tag) => `</${tag}>`),
  fc.constantFrom(
    '<br>',
    '<img src=x>',
    '<!-- c -->',
    '<!--',
    '&lt;',
    '&gt;',
    '&amp;',
    '&#1;',
    '<![CDATA[x]]>',
    '<',
    '>',
    '</',
  ),
  textPattern,
);

/** A pattern of markup — tags opened and not closed, closed and not opened, entities, comments, text. */
export const markupPattern = fc.array(markupPiece, { minLength: 1, maxLength: 10 }).map((pieces) => pieces.join(''));

/** Deep or wide markup: `depth` nested elements around a text, or `width` siblings, repeated to a size. */
export const markupShape = fc.record({
  tag: fc.constantFrom(...TAGS),
  depth: fc.integer({ min: 1, max: 600 }),
  width: fc.integer({ min: 1, max: 200 }),
  text: textPattern,
});

export function shapedMarkup(
  shape: { tag: string; depth: number; width: number; text: string },
  bytes: number,
): string {
  const leaf = `<p>${shape.text.replace(/\{N\}/g, 'Qa')}</p>`.repeat(shape.width);
  const unit = `<${shape.tag}>`.repeat(shape.depth) + leaf + `</${shape.tag}>`.repeat(shape.depth);
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

/** CPU time (this process, all threads of it) of a call, in milliseconds: steadier than the wall clock under load. */
export function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
