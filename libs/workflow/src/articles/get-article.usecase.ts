import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Article, Claim, Quote } from '@app/database';
import { articleView } from './article.views';
import { assertUuid, WorkflowError } from '../common/workflow-error';

@Injectable()
export class GetArticleUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string) {
    assertUuid('article', id);
    const article = await this.dataSource.manager.findOneBy(Article, { id });
    if (!article) throw WorkflowError.notFound('article', id);
    return this.view(this.dataSource.manager, article);
  }

  async view(manager: EntityManager, article: Article) {
    const [quotes, claims] = await Promise.all([
      manager.find(Quote, { where: { articleId: article.id }, order: { position: 'ASC' } }),
      manager.find(Claim, { where: { articleId: article.id }, order: { start: 'ASC', position: 'ASC' } }),
    ]);
    return articleView(article, quotes, claims);
  }
}
