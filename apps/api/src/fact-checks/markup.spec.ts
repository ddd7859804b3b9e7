import { parseDocument } from 'htmlparser2';
import { escapeText, httpUrl, jsonLdScript, markup } from './markup';

describe('markup', () => {
  it('escapes every value put into a template, in text and in attributes', () => {
    const hostile = `</p><script>alert(1)</script>" onload="alert(2)' &amp;`;
    const built = markup`<p title="${hostile}">${hostile}</p>`.text;
    expect(built).toBe(
      '<p title="&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;alert(2)&#39; &amp;amp;">' +
        '&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;alert(2)&#39; &amp;amp;</p>',
    );
    const document = parseDocument(built);
    expect(document.children).toHaveLength(1);
  });

  it('keeps markup it built, joins lists and leaves out null, undefined and false', () => {
    const items = ['<a>', 'b'].map((item) => markup`<li>${item}</li>`);
    expect(markup`<ul>${items}${null}${undefined}${false}${0}</ul>`.text).toBe(
      '<ul><li>&lt;a&gt;</li><li>b</li>0</ul>',
    );
  });

  it('replaces characters XML does not allow', () => {
    expect(escapeText('a\u0000b\u0007c\ud800d\tok\n')).toBe('a\uFFFDb\uFFFDc\uFFFDd\tok\n');
    expect(escapeText('😀')).toBe('😀');
  });

  it('writes JSON-LD that no text can break out of, and that parses back to the same value', () => {
    const value = { claimReviewed: 'He said </script><script>alert(1)</script> <!-- & --> \u2028 done' };
    const script = jsonLdScript(value).text;
    expect(script.match(/<\/script>/gi)).toHaveLength(1);
    expect(script).not.toContain('<!--');
    const document = parseDocument(`<head>${script}</head>`);
    const found = document.children.flatMap((node) => ('children' in node ? node.children : []));
    expect(found).toHaveLength(1);
    const json = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('links http(s) addresses only', () => {
    expect(httpUrl('https://news.example/a?b=1&c=2')).toBe('https://news.example/a?b=1&c=2');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,<script>')).toBeNull();
    expect(httpUrl('not a url')).toBeNull();
    expect(httpUrl(null)).toBeNull();
  });
});
