import { ClaimListQuery } from './claim-list.query';
import { ClaimMatchesRepository } from './claim-matches.repository';
import { ClaimViewQuery } from './claim-view.query';
import { ClaimsRepository } from './claims.repository';

/** The repositories and query classes of claims: each the one place that owns its SQL. */
export const CLAIMS_REPOSITORIES = [ClaimsRepository, ClaimMatchesRepository, ClaimListQuery, ClaimViewQuery];
