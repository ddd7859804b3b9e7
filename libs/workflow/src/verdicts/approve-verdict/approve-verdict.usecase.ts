import { Injectable } from '@nestjs/common';
import { ClaimStage, Database } from '@app/database';
import { jobId, jobRequest, JobName, OutboxRepository } from '@app/queue';
import { ClaimsRepository } from '../../claims/claims.repository';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { LeasesRepository } from '../../leases/leases.repository';
import type { VerdictDto } from '../dto/verdict.dto';
import { lockForDecision, requireEditor } from '../review-rules';
import { verdictView } from '../verdict.views';
import { VerdictsRepository } from '../verdicts.repository';
import { ApproveVerdictCommand } from './approve-verdict.command';

/**
 * An editor approves a submitted verdict under their review lease: the claim is published, and the publish stage
 * builds its ClaimReview and tells subscribers. Nobody who wrote part of the verdict approves it.
 */
@Injectable()
export class ApproveVerdictUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly verdicts: VerdictsRepository,
    private readonly outbox: OutboxRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, reviewUrl }: ApproveVerdictCommand): Promise<VerdictDto> {
    requireEditor(actor, 'review verdicts');
    return this.database.transaction(async (tx) => {
      const { claim, submitted } = await lockForDecision(tx, this.claims, this.verdicts, actor, claimId);

      const approved = await this.verdicts.approve(tx, submitted.id, actor.id, reviewUrl);
      await this.leases.close(tx, claimId, claim.leaseId!, 'approved');
      await this.claims.moveToStage(tx, [claimId], ClaimStage.Published);
      await this.outbox.enqueue(tx, [
        jobRequest(JobName.PublishVerdict, jobId.publish(approved.id), { verdictId: approved.id }),
      ]);
      await this.events.record(tx, [
        {
          type: EventType.VerdictApproved,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: { verdictId: approved.id, version: approved.version },
        },
      ]);
      return verdictView(approved, approved.authors);
    });
  }
}
