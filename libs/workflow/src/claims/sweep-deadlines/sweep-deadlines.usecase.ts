import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database, SYSTEM_USER_ID } from '@app/database';
import { done, JobOutcome, skipped } from '../../common/result';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { ClaimListQuery } from '../claim-list.query';
import { OVERDUE_BOOST } from '../claim-priority';
import { ClaimsRepository } from '../claims.repository';
import { SweepDeadlinesCommand } from './sweep-deadlines.command';

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
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly claims: ClaimsRepository,
    private readonly claimList: ClaimListQuery,
    private readonly events: EventLog,
  ) {}

  async execute(_command: SweepDeadlinesCommand): Promise<JobOutcome> {
    const deadlines = {
      researchMinutes: this.config.RESEARCH_DEADLINE_MINUTES,
      reviewMinutes: this.config.REVIEW_DEADLINE_MINUTES,
    };
    let marked = 0;
    for (;;) {
      const batch = await this.database.transaction(async (tx) => {
        const overdue = await this.claims.markOverdue(tx, deadlines, OVERDUE_BOOST, SWEEP_BATCH);
        if (overdue.length === 0) return 0;
        const summaries = await this.claimList.summaries(
          tx,
          overdue.map((claim) => claim.id),
        );
        await this.events.record(
          tx,
          overdue.map(({ id, articleId, stage, waitedMinutes }, index) => ({
            type: EventType.ClaimOverdue,
            actorId: SYSTEM_USER_ID,
            articleId,
            claimId: id,
            data: { stage, waitedMinutes },
            webhook: { claim: summaries[index], stage, waitedMinutes },
          })),
        );
        return overdue.length;
      });
      marked += batch;
      if (batch < SWEEP_BATCH) break;
    }
    return marked > 0 ? done(`${marked} claims overdue`) : skipped('no claim past its deadline');
  }
}
