import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';
import { idempotentRequest, IdempotentRequest } from '../../idempotency/idempotency';

/** The longest note kept: a paragraph or a few, not a document. */
export const MAX_NOTE_LENGTH = 4000;

/** Add an internal note to a claim's thread: for the desk only, never published. */
export class AddClaimNoteCommand {
  readonly text: string;
  /** The Idempotency-Key, when the caller sent one: a retry of the same request gets the note it added. */
  readonly idempotency?: IdempotentRequest;

  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    text: string,
    idempotencyKey?: string,
  ) {
    assertUuid('claim', claimId);
    this.text = text.trim();
    if (!this.text) {
      throw WorkflowError.invalid('a note needs text', [{ field: 'text', message: 'must not be empty' }]);
    }
    if (this.text.length > MAX_NOTE_LENGTH) {
      throw WorkflowError.invalid('the note is too long', [
        { field: 'text', message: `must be at most ${MAX_NOTE_LENGTH} characters` },
      ]);
    }
    this.idempotency = idempotentRequest(actor.id, idempotencyKey, 'add-claim-note', { claimId, text: this.text });
  }
}
