/**
 * Escaping for the public pages (HTML) and the Atom feed (XML): every value put into markup goes through `markup`,
 * which escapes it unless it is markup already, so no stored text (a claim quoting `</script>`, a title with `<b>`)
 * can become an element, an attribute or a script.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Characters XML 1.0 does not allow (C0 controls but tab and newlines, lone surrogates, U+FFFE and U+FFFF); the
 * service refuses them on input, so they only ever come from older data, and are shown as U+FFFD.
 */
// prettier-ignore
// eslint-disable-next-line no-control-regex -- these characters are what it finds
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as it may stand in an element or in a quoted attribute, in HTML and in XML alike. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** Markup built by `markup` (or trusted as such): put in as it is. */
export class Markup {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

type Fill = Markup | string | number | null | undefined | false | readonly Fill[];

function fill(value: Fill): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(fill).join('');
  return escapeText(String(value));
}

/** A template whose every value is escaped (markup from `markup` is kept; lists are joined; null and false are left out). */
export function markup(strings: TemplateStringsArray, ...values: Fill[]): Markup {
  return new Markup(strings.reduce((text, part, index) => text + fill(values[index - 1]) + part));
}

/**
 * A JSON-LD data block. In a `<script>` element HTML escapes nothing, so the JSON itself must hold no `<` (which could
 * start `</script>` or `<!--`), `>` or `&`; they are written as `\u003c`, `\u003e` and `\u0026`, the same data to
 * any JSON parser (and U+2028/U+2029 too, for old JavaScript parsers).
 */
export function jsonLdScript(value: unknown): Markup {
  const json = JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return new Markup(`<script type="application/ld+json">${json}</script>`);
}

/** The address when it is an http(s) URL (safe as a link), else null: no `javascript:` or `data:` link is made. */
export function httpUrl(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
