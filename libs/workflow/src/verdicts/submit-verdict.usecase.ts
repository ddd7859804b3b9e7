import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Claim, ClaimStage, Verdict, VerdictStatus } from '@app/database';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError } from '../common/workflow-error';
import { claimSummary } from '../claims/claim-views';
import { requireLease } from '../leases/lease-rules';
import { closeLease } from '../leases/lease-writer';
import { moveToStage } from '../claims/claim-stage';
import { addVerdictAuthor, viewOfVerdict } from './verdict-authors';

/** Sends a complete draft to review: the claim moves to the review queue and the researcher's lease ends. */
@Injectable()
export class SubmitVerdictUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(claimId: string, actor: Actor) {
    assertUuid('claim', claimId);
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(Claim, { where: { id: claimId }, lock: { mode: 'for_no_key_update' } });
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      requireLease(claim, actor.id, ClaimStage.Research);
      const verdict = await manager.findOne(Verdict, { where: { claimId }, order: { version: 'DESC' } });
      if (!verdict || verdict.status !== VerdictStatus.Draft) {
        throw WorkflowError.invalid('there is no draft verdict to submit; save one first', [
          { field: 'verdict', message: 'PUT /v1/claims/:id/verdict first' },
        ]);
      }
      const missing = [
        !verdict.rating && { field: 'rating', message: 'a rating is required' },
        !verdict.summary?.trim() && { field: 'summary', message: 'a summary is required' },
        verdict.sources.length === 0 && { field: 'sources', message: 'at least one source with a url is required' },
      ].filter(Boolean) as { field: string; message: string }[];
      if (missing.length > 0) throw WorkflowError.invalid('the draft is not complete enough to submit', missing);

      verdict.status = VerdictStatus.Submitted;
      verdict.submittedAt = new Date();
      verdict.authorId = actor.id;
      await manager.save(verdict);
      // Submitting puts one's name to the words, whoever drafted them: the submitter is an author too.
      await addVerdictAuthor(manager, verdict.id, actor.id);
      await closeLease(manager, claim, 'submitted');
      await moveToStage(manager, claim, ClaimStage.Review);
      claim.version += 1;
      await manager.save(claim);
      const view = await viewOfVerdict(manager, verdict);
      await recordEvent(manager, {
        type: EventType.VerdictSubmitted,
        actorId: actor.id,
        articleId: claim.articleId,
        claimId,
        data: { verdictId: verdict.id, version: verdict.version, rating: verdict.rating },
        webhook: { claim: await claimSummary(manager, claim), verdict: view },
      });
      return view;
    });
  }
}
