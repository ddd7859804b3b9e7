import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ClaimStage, Database, VerdictStatus } from '@app/database';
import { ClaimsRepository } from '../../claims/claims.repository';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { requireLease } from '../../leases/lease-rules';
import type { VerdictDto } from '../dto/verdict.dto';
import { SameClaimRepository } from '../same-claim.repository';
import { verdictView } from '../verdict.views';
import { VerdictsRepository, VerdictWords } from '../verdicts.repository';
import { ReuseVerdictCommand } from './reuse-verdict.command';

/**
 * "Same verdict": the research lease holder of a claim that repeats a published one (a match linked by triage or
 * confirmed by a person) starts its verdict from the published verdict: rating, summary, explanation and sources are
 * copied into the draft, which is linked to the original and then goes through review like any other. The original is
 * the first fact check of the claim: naming a repeat that itself reused a verdict copies that repeat's original. The
 * holder becomes the draft's author (they decided it is the same verdict; the original's authors' words were reviewed).
 */
@Injectable()
export class ReuseVerdictUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly verdicts: VerdictsRepository,
    private readonly sameClaim: SameClaimRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, fromClaimId }: ReuseVerdictCommand): Promise<VerdictDto> {
    return this.database.transaction(async (tx) => {
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      requireLease(claim, actor.id, ClaimStage.Research);
      const source = await this.sameClaim.reuseSource(tx, claimId, fromClaimId);
      if (!source?.matched) {
        throw new WorkflowError(
          WorkflowErrorCode.NotARepeat,
          `claim ${fromClaimId} is not a claim this one repeats: only a match linked by triage or confirmed by a person ` +
            'can lend its verdict',
          { fromClaimId },
        );
      }
      const original = source.verdict;
      if (!original) {
        throw new WorkflowError(
          WorkflowErrorCode.NotPublished,
          `claim ${source.originalClaimId} has no published verdict to reuse yet`,
          { fromClaimId },
        );
      }
      const words: VerdictWords = {
        rating: original.rating,
        ratingValue: original.ratingValue,
        summary: original.summary,
        explanation: original.explanation,
        sources: original.sources,
      };
      const latest = await this.verdicts.latest(tx, claimId);
      let verdictId: string;
      if (latest?.status === VerdictStatus.Draft) {
        verdictId = latest.id;
        await this.verdicts.reuseInDraft(tx, verdictId, words, original.id, actor.id);
      } else {
        verdictId = randomUUID();
        await this.verdicts.insertDraft(tx, {
          id: verdictId,
          claimId,
          version: (latest?.version ?? 0) + 1,
          authorId: actor.id,
          words,
          reusedFrom: original.id,
        });
      }
      await this.verdicts.addAuthor(tx, verdictId, actor.id);
      const verdict = (await this.verdicts.get(tx, verdictId))!;
      await this.events.record(tx, [
        {
          type: EventType.VerdictReused,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: {
            verdictId,
            version: verdict.version,
            rating: verdict.rating,
            fromClaimId: source.originalClaimId,
            fromVerdictId: original.id,
          },
        },
      ]);
      return verdictView(verdict, verdict.authors);
    });
  }
}
