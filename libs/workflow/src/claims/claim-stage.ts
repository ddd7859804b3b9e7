import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { Claim, ClaimStage } from '@app/database';
import { enqueueInTransaction, jobId, jobRequest, JobName } from '@app/queue';
import { queueRank } from './claim-priority';

/**
 * Moves a claim to a stage, in the caller's transaction: its time in the stage starts, its queue rank is set from
 * its priority and the entry time, the stage period log is updated, and the people's stages get a deadline timer.
 * Every stage change goes through here.
 */
export async function moveToStage(
  manager: EntityManager,
  claim: Claim,
  stage: ClaimStage,
  config: AppConfig,
  now: Date = new Date(),
): Promise<void> {
  claim.stage = stage;
  claim.stageEnteredAt = now;
  claim.overdue = false;
  claim.queueRank = queueRank(claim.priority, now);
  await manager.query(`UPDATE claim_stage_periods SET left_at = $2 WHERE claim_id = $1 AND left_at IS NULL`, [claim.id, now]);
  await manager.query(`INSERT INTO claim_stage_periods (claim_id, stage, entered_at) VALUES ($1, $2, $3)`, [claim.id, stage, now]);
  if (stage === ClaimStage.Research || stage === ClaimStage.Review) {
    const minutes = stage === ClaimStage.Research ? config.RESEARCH_DEADLINE_MINUTES : config.REVIEW_DEADLINE_MINUTES;
    await enqueueInTransaction(
      manager,
      jobRequest(
        JobName.CheckDeadline,
        jobId.deadline(claim.id, stage, now),
        { claimId: claim.id, stage, enteredAt: now.toISOString() },
        new Date(now.getTime() + minutes * 60_000),
      ),
    );
  }
}
