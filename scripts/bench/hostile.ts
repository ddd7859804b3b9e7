import { ExtractionLimitError, extractQuotes, htmlToArticleText } from '@app/extraction';
import { cpuMs, repeatTo } from '../../libs/extraction/src/fuzz/adversarial-inputs';
import { round } from './common';

/**
 * The worst inputs found for the extraction and the HTML reader (the issue's reports and the fuzz suite's worst
 * patterns), each at the same size, next to ordinary news: CPU ms per KB, and whether it was read or refused by a
 * bound. A ratio near 1 means hostile input costs what news costs; quadratic input would grow with the size.
 */
export function benchHostileInput(options: { kb: number; texts: string[] }) {
  const bytes = options.kb * 1024;
  const ordinaryText = options.texts.join('\n\n').slice(0, bytes);
  const ordinaryPage = `<!doctype html><html><head><title>News</title></head><body><nav><a href="/">Home</a></nav><article>${ordinaryText
    .split(/\n+/)
    .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('')}</article></body></html>`;

  const textCases: [string, string][] = [
    ['ordinary news (PolNeAR)', ordinaryText],
    ['straight quote marks, then a speaker', repeatTo('"', bytes) + ' said Smith.'],
    ['“a” pairs', repeatTo('“a” ', bytes)],
    ['unclosed curly quotes', repeatTo('“', bytes) + ' said Smith.'],
    ['one sentence without an end', repeatTo(' word', bytes)],
    [
      'a quote of one sentence of dashes and clauses',
      '“' + repeatTo('the mill closed — the county lost jobs, and ', bytes) + '” Cole said.',
    ],
    ['"seemed It" without a stop', repeatTo(' seemed It', bytes)],
    [
      'reports nested twelve deep',
      repeatTo(
        ' Smith said Jones said Brown said Green said White said Black said Gray said Stone said Wood said Hill said Lake said Ford said prices rose.',
        bytes,
      ),
    ],
    ['a new speaker in every sentence', repeatTo(' “Crime fell 20 percent,” Mayor {N} said.', bytes)],
    [
      'fuzz worst: turns, raising verbs, relatives',
      repeatTo(",\nWALLACE:. seemed said' it It who said the {N} Party", bytes),
    ],
  ];
  const pageCases: [string, string][] = [
    ['ordinary page (PolNeAR in <p>s)', ordinaryPage],
    ['5,000 nested <div>s', '<div>'.repeat(5_000) + 'x' + '</div>'.repeat(5_000)],
    ['sibling <p>s', repeatTo('<p>x</p>', bytes)],
    [
      'nested 399 deep, repeated',
      repeatTo('<div>'.repeat(399) + '<p>Crime fell, the mayor said.</p>' + '</div>'.repeat(399), bytes),
    ],
    ['escaped markup (&lt;…&gt;)', `<p>${'&lt;'.repeat(bytes / 8)}b&gt;${'a&gt;'.repeat(bytes / 8)}</p>`],
    ['inline elements in one paragraph', `<article><p>${repeatTo('<span>word, </span>', bytes)}</p></article>`],
  ];

  // Warm-up, so the first case pays for nothing but itself.
  extractQuotes(ordinaryText);
  htmlToArticleText(ordinaryPage);
  const measure = (input: string, work: (input: string) => unknown) => {
    let outcome = 'read';
    const ms = cpuMs(() => {
      try {
        work(input);
      } catch (error) {
        if (!(error instanceof ExtractionLimitError)) throw error;
        outcome = `refused: ${error.kind}`;
      }
    });
    return { kb: round(input.length / 1024, 0), msPerKb: round(ms / (input.length / 1024), 2), outcome };
  };
  const table = (cases: [string, string][], work: (input: string) => unknown) => {
    const rows = cases.map(([name, input]) => ({ name, ...measure(input, work) }));
    const ordinary = rows[0].msPerKb;
    return {
      rows: rows.map((row) => ({ ...row, ratioToOrdinary: round(row.msPerKb / ordinary, 2) })),
      worstRatioToOrdinary: Math.max(...rows.map((row) => round(row.msPerKb / ordinary, 2))),
    };
  };
  return {
    kb: options.kb,
    extraction: table(textCases, (text) => extractQuotes(text, { limits: { timeBudgetMs: 10 * 60_000 } })),
    html: table(pageCases, (html) => htmlToArticleText(html)),
  };
}
