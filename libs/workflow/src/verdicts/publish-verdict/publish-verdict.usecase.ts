import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database, Queryable, SYSTEM_USER_ID, VerdictStatus } from '@app/database';
import {
  AppearanceInput,
  buildClaimReview,
  ClaimReviewJsonLd,
  ClaimSpeakerType,
  withAppearances,
} from '@app/publishing';
import { ClaimListQuery } from '../../claims/claim-list.query';
import { ClaimsRepository } from '../../claims/claims.repository';
import { done, JobOutcome, skipped } from '../../common/result';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { factCheckSlugs } from '../../fact-checks/fact-check-slug';
import { FactCheckSlugsRepository } from '../../fact-checks/fact-check-slugs.repository';
import { RatingScaleProvider } from '../rating-scale.provider';
import { AppearanceRow, SameClaimRepository } from '../same-claim.repository';
import { verdictView } from '../verdict.views';
import { VerdictsRepository } from '../verdicts.repository';
import { PublishVerdictCommand } from './publish-verdict.command';

/**
 * The publish stage: turns an approved verdict into its ClaimReview JSON-LD, marks it published and announces
 * `verdict.published` with claim, verdict and ClaimReview. A correction supersedes the version readers saw (kept,
 * with its ClaimReview); the ClaimReview keeps its first publication date and announces `verdict.corrected` with the
 * versions it replaced. A second run finds the version published and does nothing.
 *
 * A claim given the same verdict as the claim it repeats ("same verdict") is one more appearance of that claim: its
 * ClaimReview lists every appearance (`itemReviewed.appearance`, the original's article first), and so, from the first
 * publication of the repeat, do the ClaimReviews in force of the original and of its earlier repeats, updated in place
 * (their verdicts did not change: no `verdict.corrected`, no new version). The repeat's `verdict.published` carries
 * those updated ClaimReviews as `sameClaim`, so a newsroom that embeds the original's can replace it.
 */
@Injectable()
export class PublishVerdictUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly ratings: RatingScaleProvider,
    private readonly verdicts: VerdictsRepository,
    private readonly claimList: ClaimListQuery,
    private readonly claims: ClaimsRepository,
    private readonly events: EventLog,
    private readonly slugs: FactCheckSlugsRepository,
    private readonly sameClaim: SameClaimRepository,
  ) {}

  async execute({ verdictId }: PublishVerdictCommand): Promise<JobOutcome> {
    return this.database.transaction(async (tx) => {
      const verdict = await this.verdicts.lock(tx, verdictId);
      if (!verdict) return skipped('verdict no longer exists');
      if (verdict.status !== VerdictStatus.Approved) return skipped(`verdict is ${verdict.status}`);
      // Publications of one original and its repeats each read and write the others' appearances: the original's claim
      // row orders them, so the second reads what the first wrote.
      await this.claims.lock(tx, verdict.reusedFrom?.claimId ?? verdict.claimId);
      const appearances = await this.sameClaim.appearances(tx, verdict.claimId);
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
        appearances: appearances.map(appearanceArticle),
      });
      const published = await this.verdicts.markPublished(tx, verdictId, claimReview, newsroomUrl);
      const sameClaim = isCorrection ? [] : await this.addAppearance(tx, appearances, claim.id, published.reviewerId);
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
            ...(sameClaim.length > 0 ? { sameClaim } : {}),
            ...(isCorrection
              ? { previous: replaced.map((old) => verdictView(old, old.authors)), note: published.correctionNote }
              : {}),
          },
        },
      ]);
      return done();
    });
  }

  /**
   * The first publication of a repeat: the ClaimReviews in force of the other appearances of its claim (the original
   * and the repeats published before) list its article too. Each updated one, with its claim.
   */
  private async addAppearance(
    tx: Queryable,
    appearances: AppearanceRow[],
    claimId: string,
    reviewerId: string | null,
  ): Promise<{ claimId: string; claimReview: ClaimReviewJsonLd }[]> {
    const others = appearances.filter((other) => other.claimId !== claimId && other.verdictId && other.claimReview);
    if (others.length === 0) return [];
    const added = appearances.find((appearance) => appearance.claimId === claimId)!;
    const updated = others.map((other) => ({
      claimId: other.claimId,
      verdictId: other.verdictId!,
      claimReview: withAppearances(other.claimReview!, appearances.map(appearanceArticle)),
    }));
    for (const { verdictId, claimReview } of updated) {
      await this.sameClaim.updateClaimReview(tx, verdictId, claimReview);
    }
    await this.events.record(
      tx,
      updated.map(({ claimId: updatedClaimId, verdictId }) => ({
        type: EventType.VerdictAppearanceAdded,
        actorId: reviewerId ?? SYSTEM_USER_ID,
        claimId: updatedClaimId,
        data: {
          verdictId,
          appearance: { claimId, articleUrl: added.articleUrl, articleTitle: added.articleTitle },
        },
      })),
    );
    return updated.map(({ claimId: updatedClaimId, claimReview }) => ({ claimId: updatedClaimId, claimReview }));
  }
}

function appearanceArticle(appearance: AppearanceRow): AppearanceInput {
  return {
    url: appearance.articleUrl,
    title: appearance.articleTitle,
    publisher: appearance.publisher,
    publishedAt: appearance.articlePublishedAt,
  };
}

const SPEAKER_TYPES: readonly ClaimSpeakerType[] = ['person', 'organization', 'document', 'media', 'unknown'];

/** The speaker's type as the ClaimReview builder knows it; one not known (or none) is `unknown`. */
function speakerType(type: string | null): ClaimSpeakerType {
  return SPEAKER_TYPES.find((known) => known === type) ?? 'unknown';
}
