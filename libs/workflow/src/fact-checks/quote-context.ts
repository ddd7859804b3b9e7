/** How much of the article a page shows on either side of the quote, at most (cut at a word). */
const CONTEXT_CHARS = 280;

/**
 * The quote in its context: the article's text before and after it, cut at a word boundary (so never inside a
 * surrogate pair) with `…` where the article goes on. `window` is the text read around the quote, `atStart`/`atEnd`
 * whether it reaches the article's start and end. When the quote is not found in the window, it stands alone.
 */
export function quoteContext(
  quote: string,
  window: string,
  { atStart, atEnd }: { atStart: boolean; atEnd: boolean },
): { before: string; quote: string; after: string } {
  const at = quote ? window.indexOf(quote) : -1;
  if (at < 0) return { before: '', quote, after: '' };
  const before = window.slice(0, at);
  const after = window.slice(at + quote.length);
  const keptBefore = before.length > CONTEXT_CHARS ? before.slice(before.length - CONTEXT_CHARS) : before;
  const keptAfter = after.length > CONTEXT_CHARS ? after.slice(0, CONTEXT_CHARS) : after;
  const cutBefore = keptBefore.length < before.length || !atStart;
  const cutAfter = keptAfter.length < after.length || !atEnd;
  return {
    before: cutBefore ? `…${keptBefore.replace(/^\S*\s*/u, '')}` : keptBefore,
    quote,
    after: cutAfter ? `${keptAfter.replace(/\s*\S*$/u, '')}…` : keptAfter,
  };
}
