import { UnfinishedWorkQuery } from './unfinished-work.query';

/** The repositories and query classes of recovery: each the one place that owns its SQL. */
export const RECOVERY_REPOSITORIES = [UnfinishedWorkQuery];
