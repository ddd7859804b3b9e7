import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { Article, Claim, ClaimMatch, ClaimStage, Quote, SYSTEM_USER_ID } from '@app/database';
import { EventType, recordEvent } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { claimListItem } from './claim-views';
import { basePriority, queueRank } from './claim-priority';
import { findArticleMatches } from './claim-matching';
import { moveToStage } from './claim-stage';

/**
 * Ranks an article's new claims, links them to earlier claims that say the same, and routes them: check-worthy
 * ones enter research (and `claim.ready` goes out), the rest are parked in triage, where they stay listed and can
 * be promoted by a person. None is dropped.
 */
@Injectable()
export class TriageArticleClaimsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async execute(articleId: string): Promise<JobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const claims = await manager
        .createQueryBuilder(Claim, 'claim')
        .where('claim.articleId = :articleId AND claim.triagedAt IS NULL', { articleId })
        .orderBy('claim.start')
        .setLock('for_no_key_update')
        .getMany();
      if (claims.length === 0) return skipped('no untriaged claims');
      const article = await manager.findOneByOrFail(Article, { id: articleId });
      const quotes = await manager.findBy(Quote, { articleId });
      const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));
      const speakerIds = [...new Set(claims.map((claim) => claim.speakerId).filter((id): id is string => Boolean(id)))];
      const articlesBySpeaker = new Map<string, number>(
        speakerIds.length === 0
          ? []
          : (
              await manager.query(
                `SELECT speaker_id, count(DISTINCT article_id)::int AS articles FROM quotes
                  WHERE speaker_id = ANY($1) GROUP BY speaker_id`,
                [speakerIds],
              )
            ).map((row: { speaker_id: string; articles: number }) => [row.speaker_id, row.articles]),
      );
      const now = new Date();
      const newsAgeHours = (now.getTime() - (article.publishedAt ?? article.createdAt).getTime()) / 3_600_000;
      const matchesByClaim = await findArticleMatches(manager, articleId);

      let ready = 0;
      for (const claim of claims) {
        claim.priority = basePriority({
          checkworthiness: claim.checkworthiness,
          speakerArticles: claim.speakerId ? (articlesBySpeaker.get(claim.speakerId) ?? 1) : 0,
          newsAgeHours,
        });
        claim.triagedAt = now;
        const matches = matchesByClaim.get(claim.id) ?? [];
        if (matches.length > 0) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(ClaimMatch)
            .values(matches.map((match) => ({ claimId: claim.id, ...match })))
            .orIgnore()
            .execute();
        }
        if (claim.checkworthy) {
          await moveToStage(manager, claim, ClaimStage.Research, this.config, now);
          ready++;
        } else {
          claim.parked = true;
          claim.queueRank = queueRank(claim.priority, now);
        }
        await manager.save(claim);
        await recordEvent(manager, {
          type: claim.checkworthy ? EventType.ClaimReady : EventType.ClaimParked,
          actorId: SYSTEM_USER_ID,
          articleId,
          claimId: claim.id,
          data: {
            checkworthiness: claim.checkworthiness,
            priority: claim.priority,
            matches: matches.map(({ matchedClaimId, similarity, status }) => ({ matchedClaimId, similarity, status })),
          },
          webhook: claim.checkworthy ? { claim: claimListItem(claim, quoteById.get(claim.quoteId)!, article) } : undefined,
        });
      }
      return done(`${ready} ready, ${claims.length - ready} parked`);
    });
  }
}

