import { useCallback, useEffect, useRef, useState } from 'react';
import { nextIndex } from '../lib/list-keys';
import { useKeys } from '../lib/hooks';

/**
 * j / k (and arrows, Home, End) move through a list and focus the row's main link, so Enter opens it; `onKey` gets
 * other keys with the selected index (e.g. `t` to take the selected claim).
 */
export function useListNavigation(length: number, onKey?: (key: string, index: number, event: KeyboardEvent) => void) {
  const [selected, setSelected] = useState(-1);
  const rows = useRef<(HTMLElement | null)[]>([]);

  useEffect(() => {
    if (selected >= length) setSelected(length - 1);
  }, [length, selected]);

  useKeys((event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    const inList = rows.current.some((row) => row?.contains(target));
    const arrows = event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End';
    // Arrows keep scrolling the page unless the list has focus.
    const next = arrows && !inList ? null : nextIndex(selected, event.key, length);
    if (next !== null) {
      event.preventDefault();
      setSelected(next);
      rows.current[next]?.focus();
      return;
    }
    onKey?.(event.key, selected, event);
  });

  const rowRef = useCallback(
    (index: number) => (element: HTMLElement | null) => {
      rows.current[index] = element;
    },
    [],
  );

  return { selected, setSelected, rowRef };
}
