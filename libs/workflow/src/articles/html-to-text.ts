import type { JSDOM as JSDOMType } from 'jsdom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
// Scripts, styles and embeds are not text; form controls and the raw-text elements (textarea, xmp, plaintext…)
// hold markup as literal text, which would come out as "<script>…" in the article.
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'TEXTAREA', 'XMP',
  'PLAINTEXT', 'NOEMBED', 'NOFRAMES', 'SELECT', 'BUTTON',
]);
/** Anything shaped like a tag or comment, left in text by escaped markup (&lt;script&gt;) or a <title>. */
const TAG_LIKE = /<\/?[A-Za-z!?][^<>]*>/g;
// C0 controls other than tab and line feed, which character references (&#1;) can still put into text.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

let jsdom: typeof import('jsdom') | undefined;
let readability: typeof import('@mozilla/readability') | undefined;

export interface HtmlArticle {
  title: string | null;
  text: string;
}

/**
 * Takes the article out of a page with Mozilla Readability (what Firefox's reader view uses), falling back to the
 * whole body for fragments too small for it, and renders it as plain text: one paragraph per block, scripts and
 * styles dropped, never executed.
 */
export function htmlToArticleText(html: string): HtmlArticle {
  jsdom ??= require('jsdom') as typeof import('jsdom');
  readability ??= require('@mozilla/readability') as typeof import('@mozilla/readability');
  const dom: JSDOMType = new jsdom.JSDOM(html);
  const document = dom.window.document;
  const pageTitle = plain(document.title ?? '') || null;
  let root: Element = document.body ?? document.documentElement;
  let title = pageTitle;
  if (readability.isProbablyReaderable(document, { minContentLength: 140, minScore: 20 })) {
    const parsed = new readability.Readability(document.cloneNode(true) as Document).parse();
    if (parsed?.content && parsed.textContent?.trim()) {
      root = new jsdom.JSDOM(`<body>${parsed.content}</body>`).window.document.body;
      title = plain(parsed.title ?? '') || pageTitle;
    }
  }
  const text = plain(renderText(root));
  dom.window.close();
  return { title, text };
}

/**
 * Text taken out of HTML is stored and served as plain text, so it keeps nothing a later renderer could take for
 * markup: a consumer that pastes it into a page unescaped still shows words, never runs a script.
 */
function plain(text: string): string {
  let previous: string;
  do {
    previous = text;
    text = text.replace(TAG_LIKE, '');
  } while (text !== previous);
  return text.replace(CONTROL, '').replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function renderText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    // SVG and MathML elements keep lower-case tag names.
    if (SKIP.has(element.tagName.toUpperCase())) return;
    if (element.tagName === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(element.tagName);
    if (block) flush();
    for (const child of Array.from(element.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
