import { assertUuid } from '../../common/workflow-error';

/** An article with its quotes and claims. */
export class GetArticleCommand {
  constructor(readonly articleId: string) {
    assertUuid('article', articleId);
  }
}
