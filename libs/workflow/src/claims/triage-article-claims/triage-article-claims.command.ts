import { assertUuid } from '../../common/workflow-error';

/** Rank, match and route the new claims of an extracted article (the job extraction scheduled). */
export class TriageArticleClaimsCommand {
  constructor(readonly articleId: string) {
    assertUuid('article', articleId);
  }
}
