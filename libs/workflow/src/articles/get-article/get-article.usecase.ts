import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { WorkflowError } from '../../common/workflow-error';
import { ArticleViewQuery } from '../article-view.query';
import { ArticleDto } from '../dto/article.dto';
import { GetArticleCommand } from './get-article.command';

/** An article with its text, its quotes (each with its claims) and all its claims, read in one round trip. */
@Injectable()
export class GetArticleUseCase {
  constructor(
    private readonly database: Database,
    private readonly articleView: ArticleViewQuery,
  ) {}

  async execute({ articleId }: GetArticleCommand): Promise<ArticleDto> {
    const article = await this.articleView.get(this.database, articleId);
    if (!article) throw WorkflowError.notFound('article', articleId);
    return article;
  }
}
