import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { Claim, ClaimStage, Role, roleAllows, Verdict, VerdictStatus } from '@app/database';
import { findRating } from '@app/publishing';
import { enqueueInTransaction, jobId, jobRequest, JobName } from '@app/queue';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { RatingScaleProvider } from './rating-scale.provider';
import { VerdictDraft } from './save-verdict-draft.usecase';
import { addVerdictAuthor, copyVerdictAuthors, viewOfVerdict } from './verdict-authors';

export interface VerdictCorrection extends VerdictDraft {
  /** What changed and why; shown with the new version. */
  note: string;
}

/**
 * An editor corrects a published verdict: a new version is approved at once and published by the publish stage,
 * which supersedes the old version (kept, with its ClaimReview), updates the ClaimReview and sends
 * `verdict.corrected`. Fields not given are carried over from the published version, and so are its authors, the
 * editor joining them. A correction is the editor's own decision, not reviewed by a second person.
 */
@Injectable()
export class CorrectVerdictUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ratings: RatingScaleProvider,
  ) {}

  async execute(claimId: string, actor: Actor, correction: VerdictCorrection) {
    assertUuid('claim', claimId);
    if (!roleAllows(actor.role, Role.Editor)) {
      throw new WorkflowError(WorkflowErrorCode.Forbidden, 'only editors correct published verdicts');
    }
    if (!correction.note?.trim()) {
      throw WorkflowError.invalid('a correction needs a note saying what changed', [
        { field: 'note', message: 'must not be empty' },
      ]);
    }
    const rating = correction.rating === undefined ? undefined : findRating(this.ratings.scale, correction.rating);
    if (correction.rating !== undefined && !rating) {
      throw WorkflowError.invalid(`rating "${correction.rating}" is not on the rating scale`, [
        { field: 'rating', message: `must be one of: ${this.ratings.scale.map((level) => level.name).join(', ')}` },
      ]);
    }
    if (correction.sources !== undefined && correction.sources.length === 0) {
      throw WorkflowError.invalid('a verdict needs at least one source', [
        { field: 'sources', message: 'must not be empty' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(Claim, { where: { id: claimId }, lock: { mode: 'for_no_key_update' } });
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (claim.stage !== ClaimStage.Published) {
        throw new WorkflowError(
          WorkflowErrorCode.WrongStage,
          `claim ${claimId} is in ${claim.stage}; only published verdicts are corrected`,
          {
            stage: claim.stage,
          },
        );
      }
      const latest = await manager.findOne(Verdict, { where: { claimId }, order: { version: 'DESC' } });
      if (!latest || latest.status !== VerdictStatus.Published) {
        throw new WorkflowError(
          WorkflowErrorCode.Conflict,
          'the latest version is still being published; try again in a moment',
        );
      }
      const current = await manager.findOneOrFail(Verdict, {
        where: { claimId, publishedAt: Not(IsNull()), supersededAt: IsNull() },
        order: { version: 'DESC' },
      });
      const now = new Date();
      const next = await manager.save(
        manager.create(Verdict, {
          claimId,
          version: latest.version + 1,
          status: VerdictStatus.Approved,
          rating: rating?.name ?? current.rating,
          ratingValue: rating?.value ?? current.ratingValue,
          summary: correction.summary ?? current.summary,
          explanation: correction.explanation ?? current.explanation,
          sources:
            correction.sources?.map(({ url, title }) => ({ url, ...(title ? { title } : {}) })) ?? current.sources,
          authorId: actor.id,
          reviewerId: actor.id,
          submittedAt: now,
          approvedAt: now,
          correctionNote: correction.note.trim(),
        }),
      );
      // What the correction keeps is the earlier authors' words; the editor's correction is theirs.
      await copyVerdictAuthors(manager, current.id, next.id);
      await addVerdictAuthor(manager, next.id, actor.id);
      await enqueueInTransaction(
        manager,
        jobRequest(JobName.PublishVerdict, jobId.publish(next.id), { verdictId: next.id }),
      );
      await recordEvent(manager, {
        type: EventType.VerdictCorrectionApproved,
        actorId: actor.id,
        articleId: claim.articleId,
        claimId,
        data: { verdictId: next.id, version: next.version, replaces: current.version, note: next.correctionNote },
      });
      return viewOfVerdict(manager, next);
    });
  }
}
