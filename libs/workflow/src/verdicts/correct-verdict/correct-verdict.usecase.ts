import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ClaimStage, Database, VerdictStatus } from '@app/database';
import { jobId, jobRequest, JobName, OutboxRepository } from '@app/queue';
import { ClaimsRepository } from '../../claims/claims.repository';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import type { VerdictDto } from '../dto/verdict.dto';
import { RatingScaleProvider } from '../rating-scale.provider';
import { requireEditor } from '../review-rules';
import { verdictView } from '../verdict.views';
import { VerdictsRepository } from '../verdicts.repository';
import { CorrectVerdictCommand } from './correct-verdict.command';

/**
 * An editor corrects a published verdict: a new version is approved at once and published by the publish stage,
 * which supersedes the old version (kept, with its ClaimReview), updates the ClaimReview and sends
 * `verdict.corrected`. Fields not given are carried over from the published version, and so are its authors, the
 * editor joining them. A correction is the editor's own decision, not reviewed by a second person.
 */
@Injectable()
export class CorrectVerdictUseCase {
  constructor(
    private readonly database: Database,
    private readonly ratings: RatingScaleProvider,
    private readonly claims: ClaimsRepository,
    private readonly verdicts: VerdictsRepository,
    private readonly outbox: OutboxRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, correction, note }: CorrectVerdictCommand): Promise<VerdictDto> {
    requireEditor(actor, 'correct published verdicts');
    const rating = correction.rating === undefined ? undefined : this.ratings.level(correction.rating);
    return this.database.transaction(async (tx) => {
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      if (claim.stage !== ClaimStage.Published) {
        throw new WorkflowError(
          WorkflowErrorCode.WrongStage,
          `claim ${claimId} is in ${claim.stage}; only published verdicts are corrected`,
          { stage: claim.stage },
        );
      }
      // The latest version is the one in force once published: each publication supersedes the versions before it.
      const published = await this.verdicts.latest(tx, claimId);
      if (!published || published.status !== VerdictStatus.Published) {
        throw new WorkflowError(
          WorkflowErrorCode.Conflict,
          'the latest version is still being published; try again in a moment',
        );
      }
      const verdictId = randomUUID();
      await this.verdicts.insertCorrection(
        tx,
        {
          id: verdictId,
          claimId,
          version: published.version + 1,
          authorId: actor.id,
          // A corrected repeat is still an appearance of the claim it repeats.
          reusedFrom: published.reusedFrom?.verdictId,
          words: {
            rating: rating?.name ?? published.rating,
            ratingValue: rating?.value ?? published.ratingValue,
            summary: correction.summary ?? published.summary,
            explanation: correction.explanation ?? published.explanation,
            sources:
              correction.sources?.map(({ url, title }) => ({ url, ...(title ? { title } : {}) })) ?? published.sources,
          },
        },
        note,
      );
      // What the correction keeps is the earlier authors' words; the editor's correction is theirs.
      await this.verdicts.copyAuthors(tx, published.id, verdictId);
      await this.verdicts.addAuthor(tx, verdictId, actor.id);
      await this.outbox.enqueue(tx, [jobRequest(JobName.PublishVerdict, jobId.publish(verdictId), { verdictId })]);
      const corrected = (await this.verdicts.get(tx, verdictId))!;
      await this.events.record(tx, [
        {
          type: EventType.VerdictCorrectionApproved,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: { verdictId, version: corrected.version, replaces: published.version, note },
        },
      ]);
      return verdictView(corrected, corrected.authors);
    });
  }
}
