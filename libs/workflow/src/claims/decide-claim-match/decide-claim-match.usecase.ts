import { Injectable } from '@nestjs/common';
import { Database, Queryable, VerdictStatus } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { claimFingerprint } from '@app/extraction';
import { ClaimMatchesRepository } from '../claim-matches.repository';
import { repeatBands } from '../claim-matching';
import { ClaimsRepository } from '../claims.repository';
import { MatchDecisionDto } from '../dto/match-decision.dto';
import { SameClaimRepository } from '../../verdicts/same-claim.repository';
import { VerdictsRepository } from '../../verdicts/verdicts.repository';
import { DecideClaimMatchCommand } from './decide-claim-match.command';

/**
 * A person decides on a suggested match: the same claim (confirmed) or not (rejected). A decided match is not
 * decided again (409). The claim keeps its repeat bands only while it repeats no earlier claim: confirming takes it
 * out of the repeat index, rejecting its only link puts it back. A verdict not yet published that was started from
 * the verdict of the claim a rejected match named ("same verdict") is no longer linked to it: that claim is not one
 * this one repeats.
 */
@Injectable()
export class DecideClaimMatchUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly claimMatches: ClaimMatchesRepository,
    private readonly events: EventLog,
    private readonly verdicts: VerdictsRepository,
    private readonly sameClaim: SameClaimRepository,
  ) {}

  async execute({ actor, claimId, matchId, decision }: DecideClaimMatchCommand): Promise<MatchDecisionDto> {
    return this.database.transaction(async (tx) => {
      const match = await this.claimMatches.lock(tx, claimId, matchId);
      if (!match) throw WorkflowError.notFound('match', matchId);
      if (match.status === 'confirmed' || match.status === 'rejected') {
        throw new WorkflowError(WorkflowErrorCode.Conflict, `this match was already ${match.status}`);
      }
      await this.claimMatches.decide(tx, matchId, decision, actor.id);
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      const bands = repeatBands(
        claimFingerprint(claim.standalone || claim.text).bands,
        await this.claimMatches.ofClaim(tx, claimId),
      );
      await this.claims.setMatchBands(tx, claimId, bands);
      const unlinkedFrom = decision === 'rejected' ? await this.unlinkReuse(tx, claimId) : null;
      await this.events.record(tx, [
        {
          type: decision === 'confirmed' ? EventType.MatchConfirmed : EventType.MatchRejected,
          actorId: actor.id,
          claimId,
          data: {
            matchId,
            matchedClaimId: match.matchedClaimId,
            similarity: match.similarity,
            ...(unlinkedFrom ? { unlinkedFrom } : {}),
          },
        },
      ]);
      return { id: matchId, status: decision, matchedClaimId: match.matchedClaimId };
    });
  }

  /** Ends the link of the claim's unpublished verdict to an original it no longer repeats; that original, if so. */
  private async unlinkReuse(tx: Queryable, claimId: string): Promise<string | null> {
    const latest = await this.verdicts.latest(tx, claimId);
    // Only a draft or a verdict in review: what was approved is the editor's decision, published or about to be.
    const unpublished = latest?.status === VerdictStatus.Draft || latest?.status === VerdictStatus.Submitted;
    if (!latest?.reusedFrom || !unpublished) return null;
    const source = await this.sameClaim.reuseSource(tx, claimId, latest.reusedFrom.claimId);
    if (source?.matched) return null;
    await this.verdicts.unlinkReuse(tx, latest.id);
    return latest.reusedFrom.claimId;
  }
}
