import { assertUuid } from '../../common/workflow-error';

/** Extract the quotes, speakers and claims of a received article (the job ingest scheduled). */
export class ExtractArticleCommand {
  constructor(readonly articleId: string) {
    assertUuid('article', articleId);
  }
}
