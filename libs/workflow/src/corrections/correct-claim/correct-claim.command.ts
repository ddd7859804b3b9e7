import { MAX_CLAIM_LENGTH, MAX_STANDALONE_LENGTH } from '../../claims/claim-span';
import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';
import { SpeakerChoice, speakerChoice } from '../../articles/speaker-choice';

/** A speaker as a request gives one: `{speakerId}` (one of the article's speakers) or `{name, type, title?}`. */
type SpeakerInput = Parameters<typeof speakerChoice>[0];

/** The most each field may hold: the claim's words as any claim's span (MAX_CLAIM_LENGTH), its standalone form more. */
const MAX_LENGTH = { text: MAX_CLAIM_LENGTH, standalone: MAX_STANDALONE_LENGTH };

/** What a person corrects in a claim: its span's words, its standalone form, its speaker; each optional. */
export interface ClaimCorrectionInput {
  text?: string;
  standalone?: string;
  speaker?: SpeakerInput;
}

/**
 * Correct the extraction's output for one claim. `text` is the claim's words as the article has them (its span is
 * found in its quote); `standalone` reads on its own; `speaker` is who said it (the speaker of its quote).
 */
export class CorrectClaimCommand {
  readonly text?: string;
  readonly standalone?: string;
  readonly speaker?: SpeakerChoice;

  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    input: ClaimCorrectionInput,
  ) {
    assertUuid('claim', claimId);
    const errors: { field: string; message: string }[] = [];
    for (const field of ['text', 'standalone'] as const) {
      const value = input[field]?.trim();
      if (value === undefined) continue;
      if (!value) errors.push({ field, message: 'must not be empty' });
      else if (value.length > MAX_LENGTH[field]) {
        errors.push({ field, message: `must be at most ${MAX_LENGTH[field]} characters` });
      } else this[field] = value;
    }
    if (errors.length > 0) throw WorkflowError.invalid('the correction is not valid', errors);
    if (input.speaker !== undefined) this.speaker = speakerChoice(input.speaker, 'speaker');
    if (input.text === undefined && input.standalone === undefined && input.speaker === undefined) {
      throw WorkflowError.invalid('nothing to correct', [
        { field: 'text', message: 'give text, standalone or speaker' },
      ]);
    }
  }
}
