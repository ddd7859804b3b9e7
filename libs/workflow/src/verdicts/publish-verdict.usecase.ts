import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan, Not } from 'typeorm';
import { AppConfig } from '@app/config';
import { Article, Claim, Quote, SYSTEM_USER_ID, Verdict, VerdictStatus } from '@app/database';
import { buildClaimReview } from '@app/publishing';
import { EventType, recordEvent } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { claimListItem } from '../claims/claim-views';
import { RatingScaleProvider } from './rating-scale.provider';
import { verdictViews } from './verdict-authors';

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
      const verdict = await manager.findOne(Verdict, { where: { id: verdictId }, lock: { mode: 'for_no_key_update' } });
      if (!verdict) return skipped('verdict no longer exists');
      if (verdict.status !== VerdictStatus.Approved) return skipped(`verdict is ${verdict.status}`);
      const claim = await manager.findOneByOrFail(Claim, { id: verdict.claimId });
      const [quote, article] = await Promise.all([
        manager.findOneByOrFail(Quote, { id: claim.quoteId }),
        manager.findOneByOrFail(Article, { id: claim.articleId }),
      ]);
      const now = new Date();
      // A correction supersedes the version readers saw; the ClaimReview keeps its first publication date.
      const previous = await manager.find(Verdict, {
        where: {
          claimId: claim.id,
          version: LessThan(verdict.version),
          publishedAt: Not(IsNull()),
          supersededAt: IsNull(),
        },
      });
      const firstPublished = await manager.findOne(Verdict, {
        where: { claimId: claim.id, publishedAt: Not(IsNull()) },
        order: { version: 'ASC' },
      });
      const isCorrection = previous.length > 0;
      verdict.claimReview = buildClaimReview({
        claim: { text: claim.text, standalone: claim.standalone },
        speaker: quote.speakerName
          ? { name: quote.speakerName, type: quote.speakerType ?? 'unknown', title: quote.speakerTitle }
          : null,
        article,
        verdict: {
          rating: verdict.rating!,
          summary: verdict.summary,
          publishedAt: firstPublished?.publishedAt ?? now,
          correctedAt: isCorrection ? now : null,
          version: verdict.version,
        },
        scale: this.ratings.scale,
        organization: { name: this.config.ORGANIZATION_NAME, url: this.config.ORGANIZATION_URL },
        reviewUrl: `${this.config.publicBaseUrl}/claims/${claim.id}`,
      }) as unknown as Record<string, unknown>;
      verdict.status = VerdictStatus.Published;
      verdict.publishedAt = now;
      await manager.save(verdict);
      for (const old of previous) {
        old.supersededAt = now;
        await manager.save(old);
      }
      const [published, ...replaced] = await verdictViews(manager, [verdict, ...previous]);
      await recordEvent(manager, {
        type: isCorrection ? EventType.VerdictCorrected : EventType.VerdictPublished,
        actorId: verdict.reviewerId ?? SYSTEM_USER_ID,
        articleId: claim.articleId,
        claimId: claim.id,
        data: {
          verdictId,
          version: verdict.version,
          rating: verdict.rating,
          ...(isCorrection ? { note: verdict.correctionNote } : {}),
        },
        webhook: {
          claim: claimListItem(claim, quote, article),
          verdict: published,
          claimReview: verdict.claimReview,
          ...(isCorrection ? { previous: replaced, note: verdict.correctionNote } : {}),
        },
      });
      return done();
    });
  }
}
