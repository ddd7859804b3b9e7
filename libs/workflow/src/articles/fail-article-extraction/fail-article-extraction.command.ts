import { assertUuid } from '../../common/workflow-error';

/** End an article's extraction as failed, with the reason (refused by the bounds, or its last try failed). */
export class FailArticleExtractionCommand {
  readonly reason: string;

  constructor(
    readonly articleId: string,
    reason: string,
  ) {
    assertUuid('article', articleId);
    // Reasons come from errors, whose messages may quote the text: a failure reason stays readable.
    this.reason = reason.slice(0, 2000);
  }
}
