import { SpeakerType } from '@app/database';
import { isUuid, WorkflowError } from '../common/workflow-error';
import { SPEAKER_TYPES } from './dto/quote.dto';

/** Who said something, as a person chooses: one of the article's speakers, or a name with its type (and title). */
export type SpeakerChoice = { speakerId: string } | { name: string; type: SpeakerType; title: string | null };

/**
 * The choice in `input` (`{speakerId}` or `{name, type, title?}`), its text trimmed; a problem naming the field
 * (under `field`) when it is neither.
 */
export function speakerChoice(
  input: { speakerId?: string; name?: string; type?: string; title?: string | null },
  field: string,
): SpeakerChoice {
  const invalid = (name: string, message: string) =>
    WorkflowError.invalid('the speaker is neither one of the article’s speakers nor a name with a type', [
      { field: `${field}.${name}`, message },
    ]);
  if (input.speakerId !== undefined) {
    if (input.name !== undefined || input.type !== undefined || input.title !== undefined) {
      throw invalid('speakerId', 'give either speakerId or name and type, not both');
    }
    if (!isUuid(input.speakerId)) throw invalid('speakerId', 'must be the id of one of the article’s speakers');
    return { speakerId: input.speakerId };
  }
  const name = input.name?.trim() ?? '';
  if (!name) throw invalid('name', 'a speaker needs a name (or a speakerId)');
  if (!input.type || !SPEAKER_TYPES.includes(input.type)) {
    throw invalid('type', `must be one of ${SPEAKER_TYPES.join(', ')}`);
  }
  return { name, type: input.type as SpeakerType, title: input.title?.trim() || null };
}
