import { EntityManager } from 'typeorm';
import { Claim, ClaimStage } from '@app/database';
import { queueRank } from './claim-priority';

/**
 * Moves claims to a stage, in the caller's transaction: their time in the stage starts, their queue rank is set from
 * their priority and the entry time, and the stage period log is updated (deadlines are found by SweepDeadlines from
 * the entry time). Every stage change goes through here; the claims are changed in memory and saved by the caller.
 */
export async function moveToStage(
  manager: EntityManager,
  claims: Claim | Claim[],
  stage: ClaimStage,
  now: Date = new Date(),
): Promise<void> {
  const moving = Array.isArray(claims) ? claims : [claims];
  if (moving.length === 0) return;
  for (const claim of moving) {
    claim.stage = stage;
    claim.stageEnteredAt = now;
    claim.overdue = false;
    claim.queueRank = queueRank(claim.priority, now);
  }
  const ids = moving.map((claim) => claim.id);
  await manager.query(`UPDATE claim_stage_periods SET left_at = $2 WHERE claim_id = ANY($1) AND left_at IS NULL`, [
    ids,
    now,
  ]);
  await manager.query(
    `INSERT INTO claim_stage_periods (claim_id, stage, entered_at) SELECT unnest($1::uuid[]), $2, $3`,
    [ids, stage, now],
  );
}
