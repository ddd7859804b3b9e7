import { decodeCursor, PagePosition } from '../../verdicts/published-page';

/** A page of published fact checks, newest first. */
export class ListFactChecksCommand {
  readonly after: PagePosition | null;

  /** `cursor`: the `nextCursor` of the page before; a 400 unless this service gave it out. */
  constructor(
    cursor: string | undefined,
    readonly limit: number,
  ) {
    this.after = cursor === undefined ? null : decodeCursor(cursor);
  }
}
