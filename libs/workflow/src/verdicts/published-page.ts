import { Queryable } from '@app/database';
import { keysetPage } from '../common/keyset-page';
import { isUuid, WorkflowError } from '../common/workflow-error';
import { PublishedVersionRow, VerdictsRepository } from './verdicts.repository';

/**
 * The pages of the exports (the ClaimReview feed and the CSV): every published version in publication order, paged
 * by an opaque cursor that names the last version shown.
 */

/** Where a page starts: after this version. */
export interface PagePosition {
  /** The publication time of the last version shown, to the microsecond. */
  publishedAtExact: string;
  id: string;
}

/** Which page: versions published from `since` (all when null), after `after` (from the first when null). */
export interface PageRequest {
  since: Date | null;
  after: PagePosition | null;
  limit: number;
}

/** One page of published versions and the cursor of the next (null on the last). */
export async function publishedPage(
  db: Queryable,
  verdicts: VerdictsRepository,
  { since, after, limit }: PageRequest,
): Promise<{ versions: PublishedVersionRow[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await keysetPage(
    limit,
    (count) => verdicts.publishedVersions(db, { since, after, limit: count }),
    encodeCursor,
  );
  return { versions: rows, nextCursor };
}

/** The position a cursor names; a 400 for anything but a cursor this service gave out. */
export function decodeCursor(raw: string): PagePosition {
  try {
    const [publishedAtExact, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    // Exactly the shape encodeCursor writes, so that nothing Postgres cannot read reaches the query.
    if (
      typeof publishedAtExact === 'string' &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(publishedAtExact) &&
      !Number.isNaN(Date.parse(publishedAtExact)) &&
      typeof id === 'string' &&
      isUuid(id)
    ) {
      return { publishedAtExact, id };
    }
  } catch {
    // fall through
  }
  throw WorkflowError.invalid('cursor is not one this service gave out', [
    { field: 'cursor', message: 'use nextCursor' },
  ]);
}

export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.publishedAtExact, position.id])).toString('base64url');
}
