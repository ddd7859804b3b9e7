import { TestService } from './test-service';

/** A verdict draft complete enough to submit. */
export const COMPLETE_DRAFT = {
  rating: 'False',
  summary: 'The rate was higher.',
  explanation: 'Labour statistics show otherwise.',
  sources: [{ url: 'https://stats.example/unemployment', title: 'Labour statistics' }],
};

/** Dismisses every claim and closes its open lease, so that a test starts with empty queues of its own. */
export async function dismissAllClaims(service: TestService): Promise<void> {
  await service.query(
    `WITH done AS (UPDATE claims SET stage = 'dismissed', lease_id = NULL, lease_holder_id = NULL, lease_expires_at = NULL,
                                     reserved_for = NULL, reserved_until = NULL RETURNING id)
     UPDATE leases SET released_at = now(), release_reason = 'dismissed' WHERE released_at IS NULL AND claim_id IN (SELECT id FROM done)`,
  );
}

/**
 * Lets the claim's lease run out by the database's clock and leaves it open: what an expiry job that never ran leaves
 * behind (Redis lost its jobs).
 */
export async function runOutLease(service: TestService, claimId: string): Promise<void> {
  await service.query(
    `WITH claim AS (UPDATE claims SET lease_expires_at = now() - interval '1 second' WHERE id = $1 RETURNING lease_id)
     UPDATE leases SET expires_at = now() - interval '1 second' WHERE id = (SELECT lease_id FROM claim)`,
    [claimId],
  );
}
