import { Injectable } from '@nestjs/common';
import { ClaimStage, Database } from '@app/database';
import { ClaimsRepository } from '../../claims/claims.repository';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { LeasesRepository } from '../../leases/leases.repository';
import type { VerdictDto } from '../dto/verdict.dto';
import { lockForDecision, requireEditor } from '../review-rules';
import { sentBackWords, verdictView } from '../verdict.views';
import { VerdictsRepository } from '../verdicts.repository';
import { RejectVerdictCommand } from './reject-verdict.command';

/**
 * An editor sends a submitted verdict back to research under their review lease, with a comment shown with it.
 * Nobody who wrote part of the verdict decides on it. Rejecting writes nothing of the verdict's words, so the editor
 * who sent it back may approve it once it returns, unless they change it in between. The words sent back are kept in
 * the event (`sentBack`): the version is a draft again and its rewrite replaces them, and the claim page shows the
 * resubmission against them.
 */
@Injectable()
export class RejectVerdictUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly verdicts: VerdictsRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, comment }: RejectVerdictCommand): Promise<VerdictDto> {
    requireEditor(actor, 'review verdicts');
    return this.database.transaction(async (tx) => {
      const { claim, submitted } = await lockForDecision(tx, this.claims, this.verdicts, actor, claimId);

      const rejected = await this.verdicts.reject(tx, submitted.id, actor.id, comment);
      await this.leases.close(tx, claimId, claim.leaseId!, 'rejected');
      await this.claims.moveToStage(tx, [claimId], ClaimStage.Research);
      await this.events.record(tx, [
        {
          type: EventType.VerdictRejected,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: { verdictId: rejected.id, version: rejected.version, comment, sentBack: sentBackWords(submitted) },
        },
      ]);
      return verdictView(rejected, rejected.authors);
    });
  }
}
