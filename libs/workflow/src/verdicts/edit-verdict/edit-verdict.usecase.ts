import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { ClaimsRepository } from '../../claims/claims.repository';
import { WorkflowError } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import type { VerdictDto } from '../dto/verdict.dto';
import { RatingScaleProvider } from '../rating-scale.provider';
import { lockForDecision, requireEditor } from '../review-rules';
import { changedWords } from '../verdict-authors';
import { verdictView } from '../verdict.views';
import { VerdictsRepository, VerdictWords } from '../verdicts.repository';
import { EditVerdictCommand } from './edit-verdict.command';

/**
 * The editor holding the review lease makes small edits to the submitted verdict before deciding on it: its wording
 * and sources, in place. The edit is recorded as theirs (`verdict.edited` with what each field was and became, and the
 * version's `editors`), but it does not make them an author: the fact-checker who wrote and submitted it stays its
 * author, and the editor may still approve it. So that the two-person rule keeps its meaning, the rating is not theirs
 * to change: a different rating is a 400, and the way to it is sending the verdict back with a comment. What is
 * edited must stay complete enough to publish (a summary, a source).
 */
@Injectable()
export class EditVerdictUseCase {
  constructor(
    private readonly database: Database,
    private readonly ratings: RatingScaleProvider,
    private readonly claims: ClaimsRepository,
    private readonly verdicts: VerdictsRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, edit }: EditVerdictCommand): Promise<VerdictDto> {
    requireEditor(actor, 'edit verdicts in review');
    const rating = edit.rating === undefined ? undefined : this.ratings.level(edit.rating);
    const words: Partial<VerdictWords> = {
      ...(edit.summary === undefined ? {} : { summary: edit.summary.trim() }),
      ...(edit.explanation === undefined ? {} : { explanation: edit.explanation }),
      ...(edit.sources === undefined
        ? {}
        : { sources: edit.sources.map(({ url, title }) => ({ url, ...(title ? { title } : {}) })) }),
    };
    const missing = [
      ...(words.summary === '' ? [{ field: 'summary', message: 'a published verdict needs a summary' }] : []),
      ...(words.sources?.length === 0 ? [{ field: 'sources', message: 'a published verdict needs a source' }] : []),
    ];
    if (missing.length > 0) throw WorkflowError.invalid('the edit would leave the verdict incomplete', missing);
    return this.database.transaction(async (tx) => {
      const { claim, submitted } = await lockForDecision(tx, this.claims, this.verdicts, actor, claimId);
      if (rating && rating.name !== submitted.rating) {
        throw WorkflowError.invalid('an editor does not change the rating in review: send the verdict back instead', [
          { field: 'rating', message: `must stay "${submitted.rating}"; send the verdict back to change it` },
        ]);
      }
      const changed = changedWords(submitted, words);
      if (changed.length === 0) return verdictView(submitted, submitted.authors);

      await this.verdicts.editWords(tx, submitted.id, words);
      await this.verdicts.addEditor(tx, submitted.id, actor.id);
      const edited = (await this.verdicts.get(tx, submitted.id))!;
      await this.events.record(tx, [
        {
          type: EventType.VerdictEdited,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId,
          data: {
            verdictId: edited.id,
            version: edited.version,
            fields: changed,
            before: Object.fromEntries(changed.map((field) => [field, submitted[field]])),
            after: Object.fromEntries(changed.map((field) => [field, edited[field]])),
          },
        },
      ]);
      return verdictView(edited, edited.authors);
    });
  }
}
