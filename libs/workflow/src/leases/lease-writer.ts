import { EntityManager } from 'typeorm';
import { Claim, LeasedStage, LeaseReleaseReason } from '@app/database';
import { enqueueInTransaction, jobId, jobRequest, JobName } from '@app/queue';

/** Opens a lease row for a claim already marked leased, and schedules the timer that ends it. */
export async function openLease(manager: EntityManager, claim: Claim, stage: LeasedStage): Promise<void> {
  // A lease that ran out without its timer firing yet is closed here, before the new one opens.
  await manager.query(
    `UPDATE leases SET released_at = now(), release_reason = 'expired' WHERE claim_id = $1 AND released_at IS NULL`,
    [claim.id],
  );
  await manager.query(
    `INSERT INTO leases (id, claim_id, holder_id, stage, acquired_at, expires_at) VALUES ($1, $2, $3, $4, now(), $5)`,
    [claim.leaseId, claim.id, claim.leaseHolderId, stage, claim.leaseExpiresAt],
  );
  await scheduleExpiry(manager, claim.leaseId!, claim.leaseExpiresAt!);
}

export async function scheduleExpiry(manager: EntityManager, leaseId: string, expiresAt: Date): Promise<void> {
  await enqueueInTransaction(
    manager,
    jobRequest(JobName.ExpireLease, jobId.expireLease(leaseId, expiresAt), { leaseId }, expiresAt),
  );
}

/** Ends the claim's lease (its row keeps the history) and clears it from the claim. */
export async function closeLease(manager: EntityManager, claim: Claim, reason: LeaseReleaseReason): Promise<void> {
  if (!claim.leaseId) return;
  await manager.query(
    `UPDATE leases SET released_at = now(), release_reason = $2 WHERE id = $1 AND released_at IS NULL`,
    [claim.leaseId, reason],
  );
  claim.leaseId = null;
  claim.leaseHolderId = null;
  claim.leaseExpiresAt = null;
  claim.leaseLive = false;
}
