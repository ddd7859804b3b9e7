import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Claim, ClaimStage, SYSTEM_USER_ID } from '@app/database';
import { EventType, recordEvent } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { claimSummary } from './claim-views';
import { claimPriority } from './claim-priority';

/**
 * Ranks an article's new claims and routes them: check-worthy ones enter research (and `claim.ready` goes out),
 * the rest are parked in triage, where they stay listed and can be promoted by a person. None is dropped.
 */
@Injectable()
export class TriageArticleClaimsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(articleId: string): Promise<JobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const claims = await manager
        .createQueryBuilder(Claim, 'claim')
        .where('claim.articleId = :articleId AND claim.triagedAt IS NULL', { articleId })
        .orderBy('claim.start')
        .setLock('pessimistic_write')
        .getMany();
      if (claims.length === 0) return skipped('no untriaged claims');
      const now = new Date();
      let ready = 0;
      for (const claim of claims) {
        claim.priority = claimPriority(claim);
        claim.triagedAt = now;
        if (claim.checkworthy) {
          claim.stage = ClaimStage.Research;
          claim.stageEnteredAt = now;
          ready++;
        } else {
          claim.parked = true;
        }
        await manager.save(claim);
        await recordEvent(manager, {
          type: claim.checkworthy ? EventType.ClaimReady : EventType.ClaimParked,
          actorId: SYSTEM_USER_ID,
          articleId,
          claimId: claim.id,
          data: { checkworthiness: claim.checkworthiness, priority: claim.priority },
          webhook: claim.checkworthy ? { claim: await claimSummary(manager, claim) } : undefined,
        });
      }
      return done(`${ready} ready, ${claims.length - ready} parked`);
    });
  }
}
