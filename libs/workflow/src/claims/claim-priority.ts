import { Claim } from '@app/database';

/** How urgently a claim should be checked; the research queue serves the highest first, oldest first on ties. */
export function claimPriority(claim: Pick<Claim, 'checkworthiness'>): number {
  return claim.checkworthiness;
}
