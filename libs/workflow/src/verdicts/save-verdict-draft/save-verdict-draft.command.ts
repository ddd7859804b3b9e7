import { Actor } from '../../common/actor';
import { assertUuid } from '../../common/workflow-error';
import type { VerdictSourceDto } from '../dto/verdict.dto';

/** The fields a draft save writes; those not given are left as they are. */
export interface VerdictDraft {
  /** A rating name of the scale, matched ignoring case. */
  rating?: string;
  summary?: string;
  explanation?: string;
  sources?: VerdictSourceDto[];
}

/** Save the research lease holder's draft verdict on a claim. */
export class SaveVerdictDraftCommand {
  constructor(
    readonly actor: Actor,
    readonly claimId: string,
    readonly draft: VerdictDraft,
  ) {
    assertUuid('claim', claimId);
  }
}
