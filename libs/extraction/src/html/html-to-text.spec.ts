import { ExtractionLimitError, LimitKind, TimeBudget } from '../limits';
import { htmlToArticleText, scanHtml, stripTagLike } from './html-to-text';

describe('htmlToArticleText', () => {
  it('takes the article out of a whole page and drops the chrome, scripts and styles', () => {
    const paragraph = (n: number) =>
      `<p>Paragraph ${n} of the story, with enough words in it to look like the body of a real news article, ` +
      `which is what reader view looks for when it scores the candidates on the page.</p>`;
    const html = `<!doctype html><html><head><title>Mayor signs order</title><style>p{color:red}</style></head>
      <body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
      <article><h1>Mayor signs order</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}
      <script>alert("x")</script><p>“We have not called for this,” Johnson said.</p></article>
      <footer>Copyright</footer></body></html>`;
    const { title, text } = htmlToArticleText(html);
    expect(title).toBe('Mayor signs order');
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).toContain('“We have not called for this,” Johnson said.');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('color:red');
    expect(text).not.toContain('Politics');
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(6);
  });

  it('renders a small fragment as paragraphs', () => {
    const { text } = htmlToArticleText('<p>First <b>bold</b> line.</p><p>Second<br>line.</p><script>x()</script>');
    expect(text).toBe('First bold line.\n\nSecond\nline.');
  });

  it('gives empty text for markup with no words', () => {
    expect(htmlToArticleText('<div><script>x()</script></div>').text).toBe('');
  });

  it('keeps no markup: event handlers, raw-text elements, escaped tags and control characters all come out as words or nothing', () => {
    const html =
      '<html><head><title>Budget <b>row</b> &lt;script&gt;alert(0)&lt;/script&gt;</title></head><body>' +
      '<p>“Taxes rose 10 percent,” the mayor said.<img src=x onerror="alert(1)"><script>alert(2)</script></p>' +
      '<p onclick="alert(3)">Second <a href="javascript:alert(4)">link</a><svg onload="alert(5)"><text>drawn</text></svg>' +
      '<iframe src="javascript:alert(6)">framed</iframe></p><noscript><img src=x onerror=alert(7)></noscript>' +
      '<p>&#1;Escaped &lt;img src=x onerror=alert(8)&gt;markup</p>' +
      '<textarea><script>alert(10)</script></textarea><xmp><script>alert(11)</script></xmp>' +
      '<plaintext><script>alert(12)</script></body></html>';
    const { title, text } = htmlToArticleText(html);
    expect(title).toBe('Budget row alert(0)');
    expect(text).toBe('“Taxes rose 10 percent,” the mayor said.\n\nSecond link\n\nEscaped markup');
    for (const value of [title!, text]) {
      // eslint-disable-next-line no-control-regex -- no control character may survive
      expect(value).not.toMatch(/[<>]|onerror|javascript:|[\u0000-\u0008]/);
    }
  });
});

describe('htmlToArticleText on hostile markup', () => {
  const refusal = (work: () => unknown): ExtractionLimitError | null => {
    try {
      work();
      return null;
    } catch (error) {
      if (error instanceof ExtractionLimitError) return error;
      throw error;
    }
  };

  it('refuses 5,000 nested elements before building any DOM', () => {
    const error = refusal(() => htmlToArticleText('<div>'.repeat(5_000) + 'x' + '</div>'.repeat(5_000)));
    expect(error?.kind).toBe(LimitKind.HtmlDepth);
    expect(error?.message).toBe('the page nests elements more than 400 deep');
  });

  it('refuses 200,000 sibling paragraphs', () => {
    const error = refusal(() => htmlToArticleText('<p>hello</p>'.repeat(200_000)));
    expect(error?.kind).toBe(LimitKind.HtmlElements);
    expect(error?.message).toBe('the page has more than 50,000 elements');
  });

  it('reads a page nested as deep as allowed, with an explicit stack', () => {
    const html = '<div>'.repeat(399) + '<p>Deep words.</p>' + '</div>'.repeat(399);
    expect(htmlToArticleText(html).text).toBe('Deep words.');
  });

  it('stops at its time budget', () => {
    const html = `<article>${'<p>Crime fell 20 percent last year, the mayor said.</p>'.repeat(20_000)}</article>`;
    expect(refusal(() => htmlToArticleText(html, new TimeBudget(1)))?.kind).toBe(LimitKind.Time);
  });

  it('strips tag-like text nested 100,000 deep in one pass', () => {
    // Removing the innermost tag, <b>, makes <a> a tag, and so on outwards: a pass each, were it done by passes.
    expect(stripTagLike(`${'<'.repeat(100_000)}b>${'a>'.repeat(99_999)} words`)).toBe(' words');
    expect(stripTagLike('a < b and c > d, <1> and </>')).toBe('a < b and c > d, <1> and </>');
  });

  it('counts elements and depth as the DOM parser will, and tells a document from a fragment', () => {
    expect(scanHtml('<!doctype html><html><body><div><p>x<br>y</p></div></body></html>')).toEqual({
      elements: 5,
      depth: 5,
      hasText: true,
      isDocument: true,
    });
    expect(scanHtml('<p>a<p>b<script>c</script>')).toEqual({ elements: 3, depth: 2, hasText: true, isDocument: false });
    expect(scanHtml('<style>p{}</style><script>x()</script>').hasText).toBe(false);
  });
});
