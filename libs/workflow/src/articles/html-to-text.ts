import type { JSDOM as JSDOMType } from 'jsdom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED']);

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
  const pageTitle = document.title?.trim() || null;
  let root: Element = document.body ?? document.documentElement;
  let title = pageTitle;
  if (readability.isProbablyReaderable(document, { minContentLength: 140, minScore: 20 })) {
    const parsed = new readability.Readability(document.cloneNode(true) as Document).parse();
    if (parsed?.content && parsed.textContent?.trim()) {
      root = new jsdom.JSDOM(`<body>${parsed.content}</body>`).window.document.body;
      title = parsed.title?.trim() || pageTitle;
    }
  }
  const text = renderText(root);
  dom.window.close();
  return { title, text };
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
    if (SKIP.has(element.tagName)) return;
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
