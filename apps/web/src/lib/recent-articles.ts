/**
 * The articles submitted from this tab, newest first (an ingester may not list articles, only read one by id). Kept in
 * sessionStorage like the key: ids and titles only.
 */
const STORAGE = 'factcheck-desk.recent-articles';
const MAX = 30;

export interface RecentArticle {
  id: string;
  title: string;
  at: string;
}

export function recentArticles(storage: Pick<Storage, 'getItem'> = sessionStorage): RecentArticle[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecentArticle) : [];
  } catch {
    return [];
  }
}

function isRecentArticle(entry: unknown): entry is RecentArticle {
  const fields = entry as Partial<Record<keyof RecentArticle, unknown>> | null | undefined;
  return typeof fields?.id === 'string' && typeof fields?.title === 'string';
}

export function rememberArticle(
  entry: RecentArticle,
  storage: Pick<Storage, 'getItem' | 'setItem'> = sessionStorage,
): RecentArticle[] {
  const next = [entry, ...recentArticles(storage).filter((existing) => existing.id !== entry.id)].slice(0, MAX);
  storage.setItem(STORAGE, JSON.stringify(next));
  return next;
}

/** A title for an article pasted without one: its first line, shortened. */
export function titleFromText(text: string): string {
  const line =
    text
      .split('\n')
      .map((part) => part.trim())
      .find(Boolean) ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line || 'Untitled article';
}

/** Whether pasted or uploaded text is HTML rather than plain text. */
export function looksLikeHtml(text: string, fileName?: string): boolean {
  if (fileName && /\.html?$/i.test(fileName)) return true;
  if (fileName && /\.txt$/i.test(fileName)) return false;
  return /^\s*(<!doctype html|<html[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>])/i.test(text);
}

/** On sign-out: the next person at this tab does not see what the last one submitted. */
export function forgetRecentArticles(storage: Pick<Storage, 'removeItem'> = sessionStorage): void {
  storage.removeItem(STORAGE);
}
