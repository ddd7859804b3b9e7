import { WorkflowError } from '../../common/workflow-error';

/** A page of the corrections people made to the extraction's output, from a time on. */
export class ListCorrectionsCommand {
  readonly limit: number;
  /** The nextCursor of the page before: the id of its last (newest) correction. */
  readonly cursor?: string;

  constructor(
    readonly since: Date | undefined,
    page: { limit?: number; cursor?: string } = {},
  ) {
    this.limit = page.limit ?? 50;
    if (page.cursor !== undefined) {
      // Correction ids are bigints: a longer number would not fit and fail in Postgres rather than here.
      if (!/^\d{1,18}$/.test(page.cursor)) {
        throw WorkflowError.invalid('cursor is not one this service gave out', [
          { field: 'cursor', message: 'use nextCursor' },
        ]);
      }
      this.cursor = page.cursor;
    }
  }
}
