import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Article, Claim, ClaimStage, Quote, SYSTEM_USER_ID } from '@app/database';
import { EventType, recordEvents } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { claimListItem } from './claim-views';
import { basePriority, PROMINENT_AFTER_ARTICLES, queueRank } from './claim-priority';
import { findMatches, repeatBands } from './claim-matching';
import { matchBands } from './claim-fingerprint';
import { moveToStage } from './claim-stage';

/**
 * Ranks an article's new claims, links them to earlier claims that say the same, and routes them: check-worthy
 * ones enter research (and `claim.ready` goes out), the rest are parked in triage, where they stay listed and can
 * be promoted by a person. None is dropped. All of an article's claims are written with a handful of statements.
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
          : // Counted only up to the number at which a speaker is fully prominent, along (speaker_id, article_id).
            (
              await manager.query(
                `SELECT speaker.id AS speaker_id,
                        (SELECT count(*) FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = speaker.id LIMIT $2) quoted)::int AS articles
                   FROM unnest($1::uuid[]) AS speaker(id)`,
                [speakerIds, PROMINENT_AFTER_ARTICLES],
              )
            ).map((row: { speaker_id: string; articles: number }) => [row.speaker_id, row.articles]),
      );
      const now = new Date();
      const newsAgeHours = (now.getTime() - (article.publishedAt ?? article.createdAt).getTime()) / 3_600_000;
      const bandsByClaim = new Map(claims.map((claim) => [claim.id, matchBands(claim.standalone || claim.text)]));
      const matchesByClaim = await findMatches(
        manager,
        claims.map((claim) => ({ id: claim.id, bands: bandsByClaim.get(claim.id)! })),
      );

      for (const claim of claims) {
        claim.priority = basePriority({
          checkworthiness: claim.checkworthiness,
          speakerArticles: claim.speakerId ? (articlesBySpeaker.get(claim.speakerId) ?? 1) : 0,
          newsAgeHours,
        });
        claim.triagedAt = now;
        claim.parked = !claim.checkworthy;
        claim.queueRank = queueRank(claim.priority, now);
      }
      const ready = claims.filter((claim) => claim.checkworthy);
      await moveToStage(manager, ready, ClaimStage.Research, now);

      await manager.query(
        `UPDATE claims SET priority = next.priority, triaged_at = $2, parked = next.parked, stage = next.stage,
                stage_entered_at = next.stage_entered_at, queue_rank = next.queue_rank, overdue = false,
                match_bands = string_to_array(next.match_bands, ',')::bigint[], version = version + 1, updated_at = now()
           FROM unnest($1::uuid[], $3::float8[], $4::boolean[], $5::text[], $6::timestamptz[], $7::float8[], $8::text[])
                AS next(id, priority, parked, stage, stage_entered_at, queue_rank, match_bands)
          WHERE claims.id = next.id`,
        [
          claims.map((claim) => claim.id),
          now,
          claims.map((claim) => claim.priority),
          claims.map((claim) => claim.parked),
          claims.map((claim) => claim.stage),
          claims.map((claim) => claim.stageEnteredAt),
          claims.map((claim) => claim.queueRank),
          // A repeat of an earlier claim stays out of the band index: later repeats find the first one.
          claims.map((claim) => repeatBands(bandsByClaim.get(claim.id)!, matchesByClaim.get(claim.id)).join(',')),
        ],
      );
      const matches = claims.flatMap((claim) =>
        (matchesByClaim.get(claim.id) ?? []).map((match) => ({ claimId: claim.id, ...match })),
      );
      if (matches.length > 0) {
        await manager.query(
          `INSERT INTO claim_matches (claim_id, matched_claim_id, similarity, status)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::real[], $4::text[])
           ON CONFLICT (claim_id, matched_claim_id) DO NOTHING`,
          [
            matches.map((m) => m.claimId),
            matches.map((m) => m.matchedClaimId),
            matches.map((m) => m.similarity),
            matches.map((m) => m.status),
          ],
        );
      }
      await recordEvents(
        manager,
        claims.map((claim) => ({
          type: claim.checkworthy ? EventType.ClaimReady : EventType.ClaimParked,
          actorId: SYSTEM_USER_ID,
          articleId,
          claimId: claim.id,
          data: {
            checkworthiness: claim.checkworthiness,
            priority: claim.priority,
            matches: (matchesByClaim.get(claim.id) ?? []).map(({ matchedClaimId, similarity, status }) => ({
              matchedClaimId,
              similarity,
              status,
            })),
          },
          webhook: claim.checkworthy
            ? { claim: claimListItem(claim, quoteById.get(claim.quoteId)!, article) }
            : undefined,
        })),
      );
      return done(`${ready.length} ready, ${claims.length - ready.length} parked`);
    });
  }
}
