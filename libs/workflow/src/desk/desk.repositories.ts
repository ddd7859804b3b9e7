import { DeskEventsQuery } from './desk-events.query';
import { DeskStatsQuery } from './desk-stats.query';

/** The repositories and query classes of desk: each the one place that owns its SQL. */
export const DESK_REPOSITORIES = [DeskEventsQuery, DeskStatsQuery];
