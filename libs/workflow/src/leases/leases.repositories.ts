import { LeasesRepository } from './leases.repository';

/** The repositories and query classes of leases: each the one place that owns its SQL. */
export const LEASES_REPOSITORIES = [LeasesRepository];
