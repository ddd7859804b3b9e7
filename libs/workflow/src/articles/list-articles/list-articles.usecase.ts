import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { keysetPage } from '../../common/keyset-page';
import { ArticleListQuery } from '../article-list.query';
import { ArticlePageDto } from '../dto/article-page.dto';
import { encodeCursor, ListArticlesCommand } from './list-articles.command';

/** Everything ingested, newest first, filtered, paged with an opaque keyset cursor. */
@Injectable()
export class ListArticlesUseCase {
  constructor(
    private readonly database: Database,
    private readonly articleList: ArticleListQuery,
  ) {}

  async execute({ filter, limit, after }: ListArticlesCommand): Promise<ArticlePageDto> {
    const { rows, nextCursor } = await keysetPage(
      limit,
      (count) => this.articleList.page(this.database, filter, count, after),
      (last) => encodeCursor(last.position),
    );
    return { items: rows.map(({ item }) => item), nextCursor };
  }
}
