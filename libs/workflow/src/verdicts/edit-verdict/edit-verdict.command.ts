import { Actor } from '../../common/actor';
import { assertUuid, WorkflowError } from '../../common/workflow-error';
import type { VerdictDraft } from '../save-verdict-draft/save-verdict-draft.command';

/**
 * An editor's small edit of the verdict they are reviewing, before deciding on it: the summary, the explanation, the
 * sources. `rating` may be sent (a form sends what it shows) but not changed: see EditVerdictUseCase.
 */
export class EditVerdictCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly edit: VerdictDraft,
  ) {
    assertUuid('claim', claimId);
    const { rating, summary, explanation, sources } = edit;
    if ([rating, summary, explanation, sources].every((field) => field === undefined)) {
      throw WorkflowError.invalid('an edit changes the summary, the explanation or the sources: send at least one', [
        { field: 'summary', message: 'send summary, explanation or sources' },
      ]);
    }
  }
}
