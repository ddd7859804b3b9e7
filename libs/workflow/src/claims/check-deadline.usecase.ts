import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Claim, SYSTEM_USER_ID } from '@app/database';
import { EventType, recordEvent } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { claimSummary } from './claim-views';
import { OVERDUE_BOOST } from './claim-priority';

/**
 * The timer set when a claim enters research or review. If it is still waiting in that same stay when the deadline
 * comes, it is marked overdue, jumps up its queue, and `claim.overdue` goes out for notifications.
 */
@Injectable()
export class CheckDeadlineUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: { claimId: string; stage: string; enteredAt: string }): Promise<JobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(Claim, { where: { id: command.claimId }, lock: { mode: 'for_no_key_update' } });
      if (!claim) return skipped('claim no longer exists');
      const sameStay = claim.stage === command.stage && claim.stageEnteredAt.getTime() === new Date(command.enteredAt).getTime();
      if (!sameStay) return skipped('claim has moved on');
      if (claim.overdue) return skipped('already overdue');
      claim.overdue = true;
      claim.queueRank += OVERDUE_BOOST;
      await manager.save(claim);
      const waitedMinutes = Math.round((Date.now() - claim.stageEnteredAt.getTime()) / 60_000);
      await recordEvent(manager, {
        type: EventType.ClaimOverdue,
        actorId: SYSTEM_USER_ID,
        articleId: claim.articleId,
        claimId: claim.id,
        data: { stage: claim.stage, waitedMinutes },
        webhook: { claim: await claimSummary(manager, claim), stage: claim.stage, waitedMinutes },
      });
      return done(`overdue in ${claim.stage}`);
    });
  }
}
