import { decodeCursor, PagePosition, PageRequest } from '../published-page';

/** A page of every published version, in publication order. */
export class ExportClaimReviewsCommand implements PageRequest {
  readonly since: Date | null;
  readonly limit: number;
  readonly after: PagePosition | null;

  /** `cursor`: the `nextCursor` of the page before; a 400 unless this service gave it out. */
  constructor(query: { since?: Date; limit?: number; cursor?: string }) {
    this.since = query.since ?? null;
    this.limit = query.limit ?? 100;
    this.after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  }
}
