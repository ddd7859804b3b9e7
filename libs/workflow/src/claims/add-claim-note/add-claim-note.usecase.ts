import { Injectable } from '@nestjs/common';
import { WorkflowError } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { Idempotency } from '../../idempotency/idempotency';
import { ClaimsRepository } from '../claims.repository';
import { HistoryEntryDto } from '../dto/claim-history.dto';
import { AddClaimNoteCommand } from './add-claim-note.command';

/** The note added, or for a retry with the same Idempotency-Key, the note the first request added. */
export interface AddClaimNoteResult {
  replayed: boolean;
  note: HistoryEntryDto;
}

/**
 * Adds a note to a claim's thread, at any stage: an entry of its history (`claim.noted`, the text in `data.note`)
 * with who wrote it. Notes are the desk's own: no webhook announces them and no ClaimReview or public page shows
 * them. With an Idempotency-Key, a retry gets the note the first request added instead of a second one.
 */
@Injectable()
export class AddClaimNoteUseCase {
  constructor(
    private readonly idempotency: Idempotency,
    private readonly claims: ClaimsRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, claimId, text, idempotency }: AddClaimNoteCommand): Promise<AddClaimNoteResult> {
    const result = await this.idempotency.runOnce(idempotency, async (tx) => {
      const articleId = await this.claims.articleOf(tx, claimId);
      if (!articleId) throw WorkflowError.notFound('claim', claimId);
      const [event] = await this.events.record(tx, [
        { type: EventType.ClaimNoted, actorId: actor.id, articleId, claimId, data: { note: text } },
      ]);
      const entry: HistoryEntryDto = {
        id: event.id,
        type: EventType.ClaimNoted,
        actor: { id: actor.id, name: actor.name },
        data: { note: text },
        at: event.createdAt.toISOString(),
      };
      return { first: entry, replay: { outcome: 'created', body: entry } };
    });
    return result.replayed ? { replayed: true, note: result.answer.body } : { replayed: false, note: result.answer };
  }
}
