import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ClaimStage, Database, Queryable } from '@app/database';
import { ClaimsRepository } from '../../claims/claims.repository';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { LeasesRepository } from '../../leases/leases.repository';
import { UsersRepository } from '../../users/users.repository';
import type { VerdictDto } from '../dto/verdict.dto';
import { lockForDecision, requireEditor } from '../review-rules';
import { sentBackWords, verdictView } from '../verdict.views';
import { VerdictsRepository } from '../verdicts.repository';
import { RejectVerdictCommand } from './reject-verdict.command';

/**
 * An editor sends a submitted verdict back to research under their review lease, with a comment shown with it; the
 * claim is kept for the verdict's author for a while (RETURN_RESERVE_HOURS), first in their take-next.
 * Nobody who wrote part of the verdict decides on it. Rejecting writes nothing of the verdict's words, so the editor
 * who sent it back may approve it once it returns, unless they change it in between. The words sent back are kept in
 * the event (`sentBack`): the version is a draft again and its rewrite replaces them, and the claim page shows the
 * resubmission against them.
 */
@Injectable()
export class RejectVerdictUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
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
      const reservation = await this.reserveForAuthor(tx, claimId, rejected.authorId);
      await this.events.record(tx, [
        {
          type: EventType.VerdictRejected,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: { verdictId: rejected.id, version: rejected.version, comment, sentBack: sentBackWords(submitted) },
        },
        ...(reservation
          ? [
              {
                type: EventType.ClaimReserved,
                actorId: actor.id,
                articleId: claim.articleId,
                claimId,
                data: reservation,
              },
            ]
          : []),
      ]);
      return verdictView(rejected, rejected.authors);
    });
  }

  /**
   * The claim goes back to the author who submitted the verdict: kept for them for RETURN_RESERVE_HOURS, unless
   * reservations are off or their key was revoked meanwhile (then it is an ordinary claim at once).
   */
  private async reserveForAuthor(
    tx: Queryable,
    claimId: string,
    authorId: string,
  ): Promise<{ userId: string; name: string; until: string } | null> {
    const hours = this.config.RETURN_RESERVE_HOURS;
    if (hours <= 0) return null;
    // Held against a revocation under way, which would otherwise miss this reservation and leave it to a revoked key.
    const author = await this.users.holdAgainstRevoke(tx, authorId);
    if (!author || author.revokedAt || !author.keyPrefix) return null;
    const until = await this.claims.reserve(tx, claimId, author.id, hours);
    return { userId: author.id, name: author.name, until: until.toISOString() };
  }
}
