import { useEffect, useRef } from 'react';
import { Mark } from '../lib/highlight';
import { HighlightedText } from './ui';

/** An article's text with its marks, in a scrolling panel that brings `focusId` into view. */
export function ArticleText({
  body,
  marks,
  focusId,
  markId,
  markTitle,
}: {
  body: string;
  marks: Mark[];
  focusId?: string;
  markId?: (mark: Mark) => string | undefined;
  markTitle?: (mark: Mark) => string | undefined;
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusId || !panel.current) return;
    const target = panel.current.querySelector<HTMLElement>(`#${CSS.escape(focusId)}`);
    if (target)
      panel.current.scrollTop = Math.max(
        0,
        target.offsetTop - panel.current.offsetTop - panel.current.clientHeight / 3,
      );
  }, [focusId, body]);
  return (
    <div className="article-text" ref={panel} tabIndex={0} aria-label="Article text" data-testid="article-text">
      <HighlightedText text={body} marks={marks} markId={markId} markTitle={markTitle} />
    </div>
  );
}
