import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database, SYSTEM_USER_ID, VerdictStatus } from '@app/database';
import { buildClaimReview, ClaimSpeakerType } from '@app/publishing';
import { ClaimListQuery } from '../../claims/claim-list.query';
import { done, JobOutcome, skipped } from '../../common/result';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { factCheckSlugs } from '../../fact-checks/fact-check-slug';
import { FactCheckSlugsRepository } from '../../fact-checks/fact-check-slugs.repository';
import { RatingScaleProvider } from '../rating-scale.provider';
import { verdictView } from '../verdict.views';
import { VerdictsRepository } from '../verdicts.repository';
import { PublishVerdictCommand } from './publish-verdict.command';

/**
 * The publish stage: turns an approved verdict into its ClaimReview JSON-LD, marks it published and announces
 * `verdict.published` with claim, verdict and ClaimReview. A correction supersedes the version readers saw (kept,
 * with its ClaimReview); the ClaimReview keeps its first publication date and announces `verdict.corrected` with the
 * versions it replaced. A second run finds the version published and does nothing.
 */
@Injectable()
export class PublishVerdictUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly ratings: RatingScaleProvider,
    private readonly verdicts: VerdictsRepository,
    private readonly claimList: ClaimListQuery,
    private readonly events: EventLog,
    private readonly slugs: FactCheckSlugsRepository,
  ) {}

  async execute({ verdictId }: PublishVerdictCommand): Promise<JobOutcome> {
    return this.database.transaction(async (tx) => {
      const verdict = await this.verdicts.lock(tx, verdictId);
      if (!verdict) return skipped('verdict no longer exists');
      if (verdict.status !== VerdictStatus.Approved) return skipped(`verdict is ${verdict.status}`);
      const [claim] = await this.claimList.summaries(tx, [verdict.claimId]);
      const { now, firstPublishedAt } = await this.verdicts.publicationTimes(tx, claim.id);
      const replaced = await this.verdicts.supersedeBefore(tx, claim.id, verdict.version);
      const isCorrection = replaced.length > 0;
      // Readers find it at its public page, whose slug its first publication fixes, unless the editor gave the
      // newsroom's own page; a correction keeps the page the version it replaces pointed at.
      const slug = await this.slugs.assign(
        tx,
        claim.id,
        factCheckSlugs(claim.standalone.trim() || claim.text, claim.id),
      );
      const newsroomUrl = verdict.reviewUrl ?? replaced.find((old) => old.reviewUrl)?.reviewUrl ?? null;
      const claimReview = buildClaimReview({
        claim: { text: claim.text, standalone: claim.standalone },
        speaker: claim.speaker
          ? { name: claim.speaker.name, type: speakerType(claim.speaker.type), title: claim.speaker.title }
          : null,
        article: claim.article,
        verdict: {
          rating: verdict.rating!,
          summary: verdict.summary,
          publishedAt: firstPublishedAt ?? now,
          correctedAt: isCorrection ? now : null,
          version: verdict.version,
        },
        scale: this.ratings.scale,
        organization: { name: this.config.ORGANIZATION_NAME, url: this.config.ORGANIZATION_URL },
        reviewUrl: newsroomUrl ?? `${this.config.publicBaseUrl}/fact-checks/${slug}`,
      });
      const published = await this.verdicts.markPublished(tx, verdictId, claimReview, newsroomUrl);
      await this.events.record(tx, [
        {
          type: isCorrection ? EventType.VerdictCorrected : EventType.VerdictPublished,
          actorId: published.reviewerId ?? SYSTEM_USER_ID,
          articleId: claim.article.id,
          claimId: claim.id,
          data: {
            verdictId,
            version: published.version,
            rating: published.rating,
            ...(isCorrection ? { note: published.correctionNote } : {}),
          },
          webhook: {
            claim,
            verdict: verdictView(published, published.authors),
            claimReview,
            ...(isCorrection
              ? { previous: replaced.map((old) => verdictView(old, old.authors)), note: published.correctionNote }
              : {}),
          },
        },
      ]);
      return done();
    });
  }
}

const SPEAKER_TYPES: readonly ClaimSpeakerType[] = ['person', 'organization', 'document', 'media', 'unknown'];

/** The speaker's type as the ClaimReview builder knows it; one not known (or none) is `unknown`. */
function speakerType(type: string | null): ClaimSpeakerType {
  return SPEAKER_TYPES.find((known) => known === type) ?? 'unknown';
}
