import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { Article, Claim, Quote, SYSTEM_USER_ID, Verdict, VerdictStatus } from '@app/database';
import { buildClaimReview } from '@app/publishing';
import { EventType, recordEvent } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { verdictView } from '../common/views';
import { claimListItem } from '../claims/claim-views';
import { RatingScaleProvider } from './rating-scale.provider';

/**
 * The publish stage: turns an approved verdict into its ClaimReview JSON-LD, marks it published and announces
 * `verdict.published` with claim, verdict and ClaimReview. A second run finds it published and does nothing.
 */
@Injectable()
export class PublishVerdictUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly ratings: RatingScaleProvider,
  ) {}

  async execute(verdictId: string): Promise<JobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const verdict = await manager.findOne(Verdict, { where: { id: verdictId }, lock: { mode: 'pessimistic_write' } });
      if (!verdict) return skipped('verdict no longer exists');
      if (verdict.status !== VerdictStatus.Approved) return skipped(`verdict is ${verdict.status}`);
      const claim = await manager.findOneByOrFail(Claim, { id: verdict.claimId });
      const [quote, article] = await Promise.all([
        manager.findOneByOrFail(Quote, { id: claim.quoteId }),
        manager.findOneByOrFail(Article, { id: claim.articleId }),
      ]);
      const publishedAt = new Date();
      verdict.claimReview = buildClaimReview({
        claim: { text: claim.text, standalone: claim.standalone },
        speaker: quote.speakerName
          ? { name: quote.speakerName, type: quote.speakerType ?? 'unknown', title: quote.speakerTitle }
          : null,
        article,
        verdict: { rating: verdict.rating!, summary: verdict.summary, publishedAt, version: verdict.version },
        scale: this.ratings.scale,
        organization: { name: this.config.ORGANIZATION_NAME, url: this.config.ORGANIZATION_URL },
        reviewUrl: `${this.config.publicBaseUrl}/claims/${claim.id}`,
      }) as unknown as Record<string, unknown>;
      verdict.status = VerdictStatus.Published;
      verdict.publishedAt = publishedAt;
      await manager.save(verdict);
      await recordEvent(manager, {
        type: EventType.VerdictPublished,
        actorId: verdict.reviewerId ?? SYSTEM_USER_ID,
        articleId: claim.articleId,
        claimId: claim.id,
        data: { verdictId, version: verdict.version, rating: verdict.rating },
        webhook: {
          claim: claimListItem(claim, quote, article),
          verdict: verdictView(verdict),
          claimReview: verdict.claimReview,
        },
      });
      return done();
    });
  }
}
