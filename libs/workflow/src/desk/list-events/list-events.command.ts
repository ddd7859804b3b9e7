import { WorkflowError } from '../../common/workflow-error';
import { EventFilter } from '../desk-events.query';

/** A page of the desk's audit trail. */
export class ListEventsCommand {
  readonly limit: number;
  /** The nextCursor of the page before: the id of its last (oldest) event. */
  readonly cursor?: string;

  constructor(
    readonly filter: EventFilter,
    page: { limit?: number; cursor?: string } = {},
  ) {
    this.limit = page.limit ?? 50;
    if (page.cursor) {
      // Event ids are bigints: a longer number would not fit and fail in Postgres rather than here.
      if (!/^\d{1,18}$/.test(page.cursor)) {
        throw WorkflowError.invalid('cursor is not one this service gave out', [
          { field: 'cursor', message: 'use nextCursor' },
        ]);
      }
      this.cursor = page.cursor;
    }
  }
}
