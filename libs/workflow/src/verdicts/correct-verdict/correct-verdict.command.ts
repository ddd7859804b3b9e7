import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';
import type { VerdictDraft } from '../save-verdict-draft/save-verdict-draft.command';

/** A correction: the fields to change (the rest is kept from the published version) and why. */
export interface VerdictCorrection extends VerdictDraft {
  /** What changed and why; shown with the new version. */
  note: string;
}

/** Correct the verdict published on a claim with a new version. */
export class CorrectVerdictCommand {
  /** The note, trimmed. */
  readonly note: string;

  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly correction: VerdictCorrection,
  ) {
    assertUuid('claim', claimId);
    this.note = correction.note.trim();
    if (!this.note) {
      throw WorkflowError.invalid('a correction needs a note saying what changed', [
        { field: 'note', message: 'must not be empty' },
      ]);
    }
    if (correction.sources !== undefined && correction.sources.length === 0) {
      throw WorkflowError.invalid('a verdict needs at least one source', [
        { field: 'sources', message: 'must not be empty' },
      ]);
    }
  }
}
