import { CorrectionsRepository } from './corrections.repository';

/** The repositories and query classes of corrections: each the one place that owns its SQL. */
export const CORRECTIONS_REPOSITORIES = [CorrectionsRepository];
