import { Injectable } from '@nestjs/common';
import { ClaimStage, Database, VerdictStatus } from '@app/database';
import { ClaimListQuery } from '../../claims/claim-list.query';
import { ClaimsRepository } from '../../claims/claims.repository';
import { WorkflowError } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { requireLease } from '../../leases/lease-rules';
import { LeasesRepository } from '../../leases/leases.repository';
import type { VerdictDto } from '../dto/verdict.dto';
import { verdictView } from '../verdict.views';
import type { VerdictRow } from '../verdicts.columns';
import { VerdictsRepository } from '../verdicts.repository';
import { SubmitVerdictCommand } from './submit-verdict.command';

/**
 * Sends a complete draft to review: the claim moves to the review queue, the researcher's lease ends and
 * `verdict.submitted` goes out. Submitting puts one's name to the words, whoever drafted them: the submitter is one of
 * the verdict's authors.
 */
@Injectable()
export class SubmitVerdictUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly claimList: ClaimListQuery,
    private readonly leases: LeasesRepository,
    private readonly verdicts: VerdictsRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId }: SubmitVerdictCommand): Promise<VerdictDto> {
    return this.database.transaction(async (tx) => {
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      requireLease(claim, actor.id, ClaimStage.Research);
      const draft = await this.verdicts.latest(tx, claimId);
      if (!draft || draft.status !== VerdictStatus.Draft) {
        throw WorkflowError.invalid('there is no draft verdict to submit; save one first', [
          { field: 'verdict', message: 'PUT /v1/claims/:id/verdict first' },
        ]);
      }
      const missing = missingForReview(draft);
      if (missing.length > 0) throw WorkflowError.invalid('the draft is not complete enough to submit', missing);

      await this.verdicts.addAuthor(tx, draft.id, actor.id);
      const submitted = await this.verdicts.submit(tx, draft.id, actor.id);
      await this.leases.close(tx, claimId, claim.leaseId!, 'submitted');
      await this.claims.moveToStage(tx, [claimId], ClaimStage.Review);
      const [summary] = await this.claimList.summaries(tx, [claimId]);
      const view = verdictView(submitted, submitted.authors);
      await this.events.record(tx, [
        {
          type: EventType.VerdictSubmitted,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: { verdictId: submitted.id, version: submitted.version, rating: submitted.rating },
          webhook: { claim: summary, verdict: view },
        },
      ]);
      return view;
    });
  }
}

/** What a reviewer needs that the draft lacks: a rating, a summary and at least one source. */
function missingForReview(draft: VerdictRow): { field: string; message: string }[] {
  return [
    ...(draft.rating ? [] : [{ field: 'rating', message: 'a rating is required' }]),
    ...(draft.summary?.trim() ? [] : [{ field: 'summary', message: 'a summary is required' }]),
    ...(draft.sources.length > 0 ? [] : [{ field: 'sources', message: 'at least one source with a url is required' }]),
  ];
}
