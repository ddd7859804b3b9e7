import { SameClaimRepository } from './same-claim.repository';
import { VerdictsRepository } from './verdicts.repository';

/** The repositories and query classes of verdicts: each the one place that owns its SQL. */
export const VERDICTS_REPOSITORIES = [VerdictsRepository, SameClaimRepository];
