import { useEffect, useRef } from 'react';
import { Mark } from '../lib/highlight';
import { HighlightedText } from './ui';

/** A selection in the text, as offsets of the article's text (UTF-16 code units, as the API counts them). */
export interface TextSelection {
  start: number;
  end: number;
}

/**
 * An article's text with its marks, in a scrolling panel that brings `focusId` into view; with `onSelect`, it reports
 * the words a person selects in it (null when the selection leaves it or is empty).
 */
export function ArticleText({
  body,
  marks,
  focusId,
  markId,
  markTitle,
  onSelect,
}: {
  body: string;
  marks: Mark[];
  focusId?: string;
  markId?: (mark: Mark) => string | undefined;
  markTitle?: (mark: Mark) => string | undefined;
  onSelect?: (selection: TextSelection | null) => void;
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

  const reportSelection = () => {
    if (!onSelect || !panel.current) return;
    onSelect(selectionIn(panel.current));
  };

  return (
    <div
      className="article-text"
      ref={panel}
      tabIndex={0}
      aria-label="Article text"
      data-testid="article-text"
      onMouseUp={onSelect ? reportSelection : undefined}
      onKeyUp={onSelect ? reportSelection : undefined}
    >
      <HighlightedText text={body} marks={marks} markId={markId} markTitle={markTitle} />
    </div>
  );
}

/**
 * The document's selection as offsets of the panel's text, which is the article's text exactly (the marks add
 * elements, never characters): the length of the text from the panel's start to each end of the selection.
 */
function selectionIn(container: HTMLElement): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  return {
    start: offsetOf(range.startContainer, range.startOffset),
    end: offsetOf(range.endContainer, range.endOffset),
  };
}
