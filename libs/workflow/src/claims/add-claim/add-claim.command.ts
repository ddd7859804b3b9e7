import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';
import { SpeakerChoice, speakerChoice } from '../../articles/speaker-choice';
import { idempotentRequest, IdempotentRequest } from '../../idempotency/idempotency';

/** What a person sends to add a claim: a span of the article's text, and who said it when it is not the article. */
export interface AddClaimInput {
  start: number;
  end: number;
  speaker?: { speakerId?: string; name?: string; type?: string; title?: string | null };
}

/** Add a claim by hand from any span of an article, quoted or not. */
export class AddClaimCommand {
  readonly start: number;
  readonly end: number;
  readonly speaker: SpeakerChoice | null;
  /** The Idempotency-Key, when the caller sent one: a retry of the same request gets the claim it added. */
  readonly idempotency?: IdempotentRequest;

  constructor(
    readonly actor: Actor,
    readonly articleId: string,
    input: AddClaimInput,
    idempotencyKey?: string,
  ) {
    assertUuid('article', articleId);
    for (const field of ['start', 'end'] as const) {
      if (!Number.isInteger(input[field]) || input[field] < 0) {
        throw WorkflowError.invalid(`${field} is not an offset`, [
          { field, message: 'must be an offset into the article’s text (an integer from 0)' },
        ]);
      }
    }
    if (input.end <= input.start) {
      throw WorkflowError.invalid('the span is empty', [{ field: 'end', message: 'must be after start' }]);
    }
    this.start = input.start;
    this.end = input.end;
    this.speaker = input.speaker === undefined ? null : speakerChoice(input.speaker, 'speaker');
    this.idempotency = idempotentRequest(actor.id, idempotencyKey, 'add-claim', {
      articleId,
      start: this.start,
      end: this.end,
      speaker: this.speaker,
    });
  }
}
