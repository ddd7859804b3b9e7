import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { ExtractionLimitError, HTML_LIMITS, LimitKind, TimeBudget } from '../limits';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
// Scripts, styles and embeds are not text; form controls and the raw-text elements (textarea, xmp, plaintext…)
// hold markup as literal text, which would come out as "<script>…" in the article.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'TEXTAREA',
  'XMP',
  'PLAINTEXT',
  'NOEMBED',
  'NOFRAMES',
  'SELECT',
  'BUTTON',
  'HEAD',
  'TITLE',
]);
// C0 controls other than tab and line feed, which character references (&#1;) can still put into text.
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** What the renderer reads of a DOM node; the server is compiled without the browser's DOM types. */
interface DomNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface HtmlArticle {
  title: string | null;
  text: string;
}

export interface HtmlShape {
  elements: number;
  depth: number;
  /** Some text outside scripts, styles and the like: a page without any has no article in it. */
  hasText: boolean;
  /** A whole document (`<html>` first) rather than a fragment. */
  isDocument: boolean;
}

/**
 * One streaming pass over the markup, before any DOM is built: counts the elements and how deeply they nest (as
 * the parser that builds the DOM will see them) and refuses a page beyond the bounds. Linear in the page's length
 * and iterative, so it is safe on the request thread whatever the markup.
 */
export function scanHtml(html: string, limits: { maxElements: number; maxDepth: number } = HTML_LIMITS): HtmlShape {
  const shape: HtmlShape = { elements: 0, depth: 0, hasText: false, isDocument: false };
  let depth = 0;
  let skipped = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (shape.elements === 0) shape.isDocument = name === 'html';
        shape.elements++;
        depth++;
        if (SKIP.has(name.toUpperCase())) skipped++;
        if (shape.elements > limits.maxElements) {
          throw new ExtractionLimitError(
            LimitKind.HtmlElements,
            `the page has more than ${limits.maxElements.toLocaleString('en')} elements`,
          );
        }
        if (depth > shape.depth) shape.depth = depth;
        if (depth > limits.maxDepth) {
          throw new ExtractionLimitError(
            LimitKind.HtmlDepth,
            `the page nests elements more than ${limits.maxDepth} deep`,
          );
        }
      },
      onclosetag(name) {
        depth--;
        if (SKIP.has(name.toUpperCase())) skipped--;
      },
      ontext(text) {
        if (skipped === 0 && !shape.hasText && /\S/.test(text)) shape.hasText = true;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return shape;
}

/**
 * Takes the article out of a page with Mozilla Readability (what Firefox's reader view uses), falling back to the
 * whole body for fragments too small for it, and renders it as plain text: one paragraph per block, scripts and
 * styles dropped, never executed. The page is scanned first and refused beyond the bounds, so the DOM work that
 * follows is bounded too.
 */
export function htmlToArticleText(html: string, budget = TimeBudget.unlimited(), limits = HTML_LIMITS): HtmlArticle {
  const { isDocument } = scanHtml(html, limits);
  budget.check(true);
  // The DOM parser builds a document's structure only from a document: a fragment goes into a body of its own.
  const { document } = parseHTML(isDocument ? html : `<!doctype html><html><body>${html}</body></html>`);
  budget.check(true);
  const pageTitle = plain(document.querySelector('title')?.textContent ?? '') || null;
  let root: DomNode = document.body ?? document.documentElement;
  let title = pageTitle;
  if (isProbablyReaderable(document, { minContentLength: 140, minScore: 20 })) {
    const parsed = new Readability<DomNode>(document.cloneNode(true) as typeof document, {
      maxElemsToParse: limits.maxElements,
      // The article's element itself, rendered below: no second parse of serialised markup.
      serializer: (node) => node,
    }).parse();
    if (parsed?.content && parsed.textContent?.trim()) {
      root = parsed.content;
      title = plain(parsed.title ?? '') || pageTitle;
    }
    budget.check(true);
  }
  return { title, text: plain(renderText(root, budget)) };
}

/**
 * Text taken out of HTML is stored and served as plain text, so it keeps nothing a later renderer could take for
 * markup: a consumer that pastes it into a page unescaped still shows words, never runs a script.
 */
function plain(text: string): string {
  return stripTagLike(text)
    .replace(CONTROL, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Removes everything shaped like a tag or a comment (`<b …>`, `</b>`, `<!…>`, `<?…>`) that escaped markup such as
 * `&lt;script&gt;` leaves in text, until none is left: removing `<b>` from `<<b>a>` makes `<a>` a tag in turn. One
 * pass with a stack of the open `<`, so nested layers cost no extra pass each.
 */
export function stripTagLike(text: string): string {
  const out: string[] = [];
  // Positions in `out` of the `<` that may still start a tag: a `>` that closes none blocks every `<` before it.
  const opens: number[] = [];
  for (const char of text) {
    if (char === '<') {
      opens.push(out.length);
      out.push(char);
    } else if (char === '>' && opens.length > 0) {
      const at = opens[opens.length - 1];
      const first = out[at + 1] === '/' ? out[at + 2] : out[at + 1];
      if (first !== undefined && /^[A-Za-z!?]$/.test(first)) {
        out.length = at;
        opens.pop();
      } else {
        out.push(char);
        opens.length = 0;
      }
    } else {
      out.push(char);
    }
  }
  return out.join('');
}

/** Plain text of a subtree, one paragraph per block element; an explicit stack, so any depth is safe. */
function renderText(root: DomNode, budget: TimeBudget): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current
      .replace(/[ \t\f\v\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  // A block is flushed on entry and again on exit; `exit` entries mark the way out.
  const stack: { node: DomNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    budget.check();
    const { node, exit } = stack.pop()!;
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node.tagName ?? '').toUpperCase() : '';
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push({ node, exit: true });
    }
    const children: DomNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  flush();
  return paragraphs.join('\n\n');
}
