import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ClaimStage, Database, VerdictStatus } from '@app/database';
import { ClaimsRepository } from '../../claims/claims.repository';
import { WorkflowError } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { requireLease } from '../../leases/lease-rules';
import type { VerdictDto } from '../dto/verdict.dto';
import { RatingScaleProvider } from '../rating-scale.provider';
import { draftChanges } from '../verdict-authors';
import { verdictView } from '../verdict.views';
import { VerdictsRepository, VerdictWords } from '../verdicts.repository';
import { SaveVerdictDraftCommand } from './save-verdict-draft.command';

/**
 * Saves the research lease holder's draft; a draft may be incomplete, submitting is what requires it whole. A save
 * that starts or changes the draft makes the holder one of its authors; saving someone else's draft unchanged (a form
 * that saves what it loaded) does not make it theirs. A draft started from the verdict of the claim it repeats ("same
 * verdict") stays linked to it while it keeps its rating: another rating is another verdict, not one more appearance of
 * that one, so a save that changes the rating ends the link.
 */
@Injectable()
export class SaveVerdictDraftUseCase {
  constructor(
    private readonly database: Database,
    private readonly ratings: RatingScaleProvider,
    private readonly claims: ClaimsRepository,
    private readonly verdicts: VerdictsRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, draft }: SaveVerdictDraftCommand): Promise<VerdictDto> {
    const rating = draft.rating === undefined ? undefined : this.ratings.level(draft.rating);
    const words: Partial<VerdictWords> = {
      ...(rating ? { rating: rating.name, ratingValue: rating.value } : {}),
      ...(draft.summary === undefined ? {} : { summary: draft.summary }),
      ...(draft.explanation === undefined ? {} : { explanation: draft.explanation }),
      ...(draft.sources === undefined
        ? {}
        : { sources: draft.sources.map(({ url, title }) => ({ url, ...(title ? { title } : {}) })) }),
    };
    return this.database.transaction(async (tx) => {
      const claim = await this.claims.lock(tx, claimId);
      if (!claim) throw WorkflowError.notFound('claim', claimId);
      requireLease(claim, actor.id, ClaimStage.Research);
      const latest = await this.verdicts.latest(tx, claimId);
      let verdictId: string;
      let writes: boolean;
      let unlinkedFrom: string | null = null;
      if (!latest || latest.status !== VerdictStatus.Draft) {
        // No draft yet: this save starts one, the version after the latest if there is one.
        verdictId = randomUUID();
        writes = true;
        await this.verdicts.insertDraft(tx, {
          id: verdictId,
          claimId,
          version: (latest?.version ?? 0) + 1,
          authorId: actor.id,
          words: { rating: null, ratingValue: null, summary: null, explanation: null, sources: [], ...words },
        });
      } else {
        verdictId = latest.id;
        writes = draftChanges(latest, words);
        if (writes) await this.verdicts.updateDraft(tx, verdictId, words, actor.id);
        if (latest.reusedFrom && words.rating !== undefined && words.rating !== latest.reusedFrom.rating) {
          unlinkedFrom = latest.reusedFrom.claimId;
          await this.verdicts.unlinkReuse(tx, verdictId);
        }
      }
      if (writes) await this.verdicts.addAuthor(tx, verdictId, actor.id);
      const verdict = (await this.verdicts.get(tx, verdictId))!;
      await this.events.record(tx, [
        {
          type: EventType.VerdictDrafted,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: {
            verdictId,
            version: verdict.version,
            rating: verdict.rating,
            changed: writes,
            ...(unlinkedFrom ? { unlinkedFrom } : {}),
          },
        },
      ]);
      return verdictView(verdict, verdict.authors);
    });
  }
}
