import { DependencyList, MutableRefObject, useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../api/client';
import { isTypingTarget } from './list-keys';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads with `load` when the dependencies change, and looks every `pollMs` whether to load again: always, or when
 * `poll` (given the data and the time since the last load) says so. A reload keeps the previous data on screen until
 * the new answer arrives.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: DependencyList,
  options: { pollMs?: number; poll?: (data: T | undefined, sinceLoadMs: number) => boolean } = {},
): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const loadedAt = useRef(Date.now());
  const loadRef = useRef(load);
  loadRef.current = load;
  const pollRef = useRef(options.poll);
  pollRef.current = options.poll;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    loadedAt.current = Date.now();
    setLoading(true);
    try {
      const value = await loadRef.current();
      if (mine === generation.current) {
        setData(value);
        setError(null);
      }
    } catch (caught) {
      if (mine === generation.current) setError(describeError(caught));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    setData(undefined);
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  const latest = useRef(data);
  latest.current = data;
  useEffect(() => {
    if (!options.pollMs) return;
    const timer = window.setInterval(() => {
      if (pollRef.current && !pollRef.current(latest.current, Date.now() - loadedAt.current)) return;
      void reload();
    }, options.pollMs);
    return () => window.clearInterval(timer);
  }, [options.pollMs, reload]);

  return { data, error, loading, reload };
}

/** The current time, ticking every `everyMs`. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * A key handler on the whole page. Plain keys are ignored while the person types in a field; combinations with
 * Ctrl, Cmd or Alt are the handler's to check.
 */
export function useKeys(handler: (event: KeyboardEvent) => void, enabled = true): void {
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const combined = event.ctrlKey || event.metaKey || event.altKey;
      if (!combined && isTypingTarget(event.target)) return;
      handlerRef.current(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}

/**
 * `Esc` in a search box (a box inside a `role="search"` form) leaves it: the focus goes back to the page, so the
 * list's keys (j, k, Enter, n, t) work again. The box keeps its text, so it still says what the list is filtered by
 * (*Clear* removes the filters); Chromium's own clearing of a search box on `Esc` is held back for that reason.
 */
export function useEscapeLeavesSearch(): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !isSearchBox(event.target)) return;
      event.preventDefault();
      (event.target as HTMLElement).blur();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

function isSearchBox(target: EventTarget | null): boolean {
  return isTypingTarget(target) && (target as HTMLElement).closest('[role="search"]') !== null;
}

/** When the person last did anything on the page: typed, clicked, scrolled. */
export function useLastActivity(): MutableRefObject<number> {
  const last = useRef(Date.now());
  useEffect(() => {
    const mark = () => {
      last.current = Date.now();
    };
    const events = ['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'] as const;
    for (const type of events) window.addEventListener(type, mark, { passive: true, capture: true });
    return () => {
      for (const type of events) window.removeEventListener(type, mark, { capture: true });
    };
  }, []);
  return last;
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Fact-check desk` : 'Fact-check desk';
  }, [title]);
}
