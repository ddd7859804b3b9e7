import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';
import { SpeakerChoice, speakerChoice } from '../../articles/speaker-choice';

/** A speaker as a request gives one: `{speakerId}` (one of the article's speakers) or `{name, type, title?}`. */
type SpeakerInput = Parameters<typeof speakerChoice>[0];

/** The longest mention: the words naming a speaker, with their title, are a phrase, never a passage. */
const MAX_MENTION_LENGTH = 300;

/** What a person corrects in a quote's attribution; each optional, `notAQuote` only on its own. */
export interface QuoteCorrectionInput {
  speaker?: SpeakerInput;
  mention?: { start: number; end: number };
  notAQuote?: boolean;
}

/**
 * Correct a quote's attribution: who said it, the words that name them (`mention`, offsets into the article), or that
 * it is nobody's quote at all.
 */
export class CorrectQuoteCommand {
  readonly speaker?: SpeakerChoice;
  readonly mention?: { start: number; end: number };
  readonly notAQuote: boolean;

  constructor(
    readonly actor: Actor,
    readonly quoteId: string,
    input: QuoteCorrectionInput,
  ) {
    assertUuid('quote', quoteId);
    const errors: { field: string; message: string }[] = [];
    if (input.mention !== undefined) {
      const { start, end } = input.mention;
      if (!Number.isInteger(start) || start < 0) {
        errors.push({ field: 'mention.start', message: 'must be an offset into the article' });
      } else if (!Number.isInteger(end) || end <= start) {
        errors.push({ field: 'mention.end', message: 'must be an offset after start' });
      } else if (end - start > MAX_MENTION_LENGTH) {
        errors.push({ field: 'mention.end', message: `a mention covers at most ${MAX_MENTION_LENGTH} characters` });
      } else this.mention = { start, end };
    }
    if (input.notAQuote !== undefined && input.notAQuote !== true) {
      errors.push({ field: 'notAQuote', message: 'can only be true (a quote cannot be made one again)' });
    }
    this.notAQuote = input.notAQuote === true;
    if (this.notAQuote && (input.speaker !== undefined || input.mention !== undefined)) {
      errors.push({ field: 'notAQuote', message: 'a quote that is nobody’s has no speaker or mention to correct' });
    }
    if (errors.length > 0) throw WorkflowError.invalid('the correction is not valid', errors);
    if (input.speaker !== undefined) this.speaker = speakerChoice(input.speaker, 'speaker');
    if (input.speaker === undefined && input.mention === undefined && input.notAQuote === undefined) {
      throw WorkflowError.invalid('nothing to correct', [
        { field: 'speaker', message: 'give speaker, mention or notAQuote' },
      ]);
    }
  }
}
