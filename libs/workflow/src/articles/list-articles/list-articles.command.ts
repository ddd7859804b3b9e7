import { ArticleStatus } from '@app/database';
import { isUuid, WorkflowError } from '../../common/workflow-error';
import type { ArticleFilter, ArticlePosition } from '../article-list.query';

/** What an article listing asks for, as the API reads it. */
export interface ListArticlesQuery {
  /** Words (and "phrases", -exclusions, or) to look for in the title and text, stemmed: web search syntax. */
  q?: string;
  status?: ArticleStatus;
  /** Part of the publisher's name. */
  publisher?: string;
  /** Received at or after this time. */
  since?: Date;
  limit?: number;
  /** The `nextCursor` of the page before. */
  cursor?: string;
}

const MICROSECONDS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})\d{3}Z$/;

/** A page of articles, newest first; a cursor is only one this service gave out. */
export class ListArticlesCommand {
  readonly filter: ArticleFilter;
  readonly limit: number;
  readonly after?: ArticlePosition;

  constructor(query: ListArticlesQuery) {
    this.filter = {
      words: query.q?.trim() ? query.q : undefined,
      status: query.status,
      publisher: query.publisher?.trim() || undefined,
      since: query.since,
    };
    this.limit = query.limit ?? 20;
    if (query.cursor) this.after = decodeCursor(query.cursor);
  }
}

/** The cursor of the page after the one ending at `last`. */
export function encodeCursor(last: ArticlePosition): string {
  return Buffer.from(JSON.stringify([last.receivedAt, last.id])).toString('base64url');
}

function decodeCursor(raw: string): ArticlePosition {
  try {
    const [receivedAt, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    const millis = typeof receivedAt === 'string' ? MICROSECONDS.exec(receivedAt)?.[1] : undefined;
    // A time of the calendar (so that Postgres, reading it, cannot refuse it) and an article's id.
    const valid =
      millis !== undefined &&
      !Number.isNaN(Date.parse(`${millis}Z`)) &&
      new Date(`${millis}Z`).toISOString() === `${millis}Z`;
    if (valid && typeof id === 'string' && isUuid(id)) return { receivedAt: receivedAt as string, id };
  } catch {
    // fall through to the error below
  }
  throw WorkflowError.invalid('cursor is not one this service gave out', [
    { field: 'cursor', message: 'use the nextCursor of a previous page' },
  ]);
}
