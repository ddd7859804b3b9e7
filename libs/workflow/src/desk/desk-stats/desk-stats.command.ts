/** The desk's statistics over a period. */
export class DeskStatsCommand {
  constructor(
    /** The start of the period; 30 days ago when absent. */
    readonly since?: Date,
  ) {}
}
