import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';

/** Send the verdict submitted on a claim back to research, with a comment for the fact-checker. */
export class RejectVerdictCommand {
  /** The comment, trimmed. */
  readonly comment: string;

  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    comment: string,
  ) {
    assertUuid('claim', claimId);
    this.comment = comment.trim();
    if (!this.comment) {
      throw WorkflowError.invalid('a rejection needs a comment for the fact-checker', [
        { field: 'comment', message: 'must not be empty' },
      ]);
    }
  }
}
