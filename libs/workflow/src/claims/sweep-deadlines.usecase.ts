import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '@app/config';
import { Claim, SYSTEM_USER_ID } from '@app/database';
import { EventType, recordEvents } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { claimSummary } from './claim-views';
import { OVERDUE_BOOST } from './claim-priority';

/** Claims marked overdue in one transaction. */
const SWEEP_BATCH = 200;

/**
 * Run every DEADLINE_SWEEP_SECONDS: every claim still waiting in research or review past its stage's deadline is
 * marked overdue, jumps up its queue, and `claim.overdue` goes out for notifications. One indexed query finds them,
 * so a million waiting claims cost nothing until they fall due (a timer per claim would fill Redis). Safe to run
 * twice at once: `SKIP LOCKED` and the `NOT overdue` condition mark each claim once.
 */
@Injectable()
export class SweepDeadlinesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async execute(now: Date = new Date()): Promise<JobOutcome> {
    const enteredBy = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    let marked = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const [rows]: [{ id: string }[], number] = await manager.query(
          `WITH due AS (
             SELECT id FROM claims
              WHERE NOT overdue AND stage IN ('research', 'review')
                AND ((stage = 'research' AND stage_entered_at <= $1) OR (stage = 'review' AND stage_entered_at <= $2))
              ORDER BY stage_entered_at
              LIMIT $4
              FOR NO KEY UPDATE SKIP LOCKED)
           UPDATE claims SET overdue = true, queue_rank = queue_rank + $3, version = version + 1, updated_at = now()
             FROM due WHERE claims.id = due.id
           RETURNING claims.id`,
          [
            enteredBy(this.config.RESEARCH_DEADLINE_MINUTES),
            enteredBy(this.config.REVIEW_DEADLINE_MINUTES),
            OVERDUE_BOOST,
            SWEEP_BATCH,
          ],
        );
        if (rows.length === 0) return 0;
        const claims = await manager.findBy(Claim, { id: In(rows.map((row) => row.id)) });
        const events = [];
        for (const claim of claims) {
          const waitedMinutes = Math.round((now.getTime() - claim.stageEnteredAt.getTime()) / 60_000);
          events.push({
            type: EventType.ClaimOverdue,
            actorId: SYSTEM_USER_ID,
            articleId: claim.articleId,
            claimId: claim.id,
            data: { stage: claim.stage, waitedMinutes },
            webhook: { claim: await claimSummary(manager, claim), stage: claim.stage, waitedMinutes },
          });
        }
        await recordEvents(manager, events);
        return rows.length;
      });
      marked += batch;
      if (batch < SWEEP_BATCH) break;
    }
    return marked > 0 ? done(`${marked} claims overdue`) : skipped('no claim past its deadline');
  }
}
