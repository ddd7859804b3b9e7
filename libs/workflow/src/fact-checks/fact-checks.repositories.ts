import { FactCheckSlugsRepository } from './fact-check-slugs.repository';
import { FactChecksQuery } from './fact-checks.query';

/** The repositories and query classes of the public fact checks: each the one place that owns its SQL. */
export const FACT_CHECKS_REPOSITORIES = [FactCheckSlugsRepository, FactChecksQuery];
