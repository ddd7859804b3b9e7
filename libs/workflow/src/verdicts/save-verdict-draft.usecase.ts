import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Claim, ClaimStage, Verdict, VerdictSource, VerdictStatus } from '@app/database';
import { findRating } from '@app/publishing';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError } from '../common/workflow-error';
import { requireLease } from '../leases/lease-rules';
import { RatingScaleProvider } from './rating-scale.provider';
import { addVerdictAuthor, draftChanges, viewOfVerdict } from './verdict-authors';

export interface VerdictDraft {
  rating?: string;
  summary?: string;
  explanation?: string;
  sources?: VerdictSource[];
}

/**
 * Saves the research lease holder's draft; a draft may be incomplete, submitting is what requires it whole. A save
 * that starts or changes the draft makes the holder one of its authors.
 */
@Injectable()
export class SaveVerdictDraftUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ratings: RatingScaleProvider,
  ) {}

  async execute(claimId: string, actor: Actor, draft: VerdictDraft) {
    assertUuid('claim', claimId);
    const rating = draft.rating === undefined ? undefined : findRating(this.ratings.scale, draft.rating);
    if (draft.rating !== undefined && !rating) {
      throw WorkflowError.invalid(`rating "${draft.rating}" is not on the rating scale`, [
        { field: 'rating', message: `must be one of: ${this.ratings.scale.map((level) => level.name).join(', ')}` },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(Claim, { where: { id: claimId }, lock: { mode: 'for_no_key_update' } });
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      requireLease(claim, actor.id, ClaimStage.Research);
      const latest = await manager.findOne(Verdict, { where: { claimId }, order: { version: 'DESC' } });
      const starts = !latest || latest.status !== VerdictStatus.Draft;
      let verdict = starts
        ? manager.create(Verdict, {
            claimId,
            version: (latest?.version ?? 0) + 1,
            status: VerdictStatus.Draft,
            authorId: actor.id,
            sources: [],
          })
        : latest;
      const sources = draft.sources?.map(({ url, title }) => ({ url, ...(title ? { title } : {}) }));
      // Saving someone else's draft unchanged (a form that saves what it loaded) does not make it yours.
      const writes = starts || draftChanges(verdict, { ...draft, rating: rating?.name, sources });
      if (rating) {
        verdict.rating = rating.name;
        verdict.ratingValue = rating.value;
      }
      if (draft.summary !== undefined) verdict.summary = draft.summary;
      if (draft.explanation !== undefined) verdict.explanation = draft.explanation;
      if (sources !== undefined) verdict.sources = sources;
      if (writes) verdict.authorId = actor.id;
      verdict = await manager.save(verdict);
      if (writes) await addVerdictAuthor(manager, verdict.id, actor.id);
      await recordEvent(manager, {
        type: EventType.VerdictDrafted,
        actorId: actor.id,
        articleId: claim.articleId,
        claimId,
        data: { verdictId: verdict.id, version: verdict.version, rating: verdict.rating, changed: writes },
      });
      return viewOfVerdict(manager, verdict);
    });
  }
}
