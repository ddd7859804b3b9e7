import { Injectable } from '@nestjs/common';
import { Queryable, sql } from '@app/database';
import { CLAIM_COLUMNS, ClaimRow } from '../claims/claims.repository';
import { articleView } from './article.views';
import { ARTICLE_COLUMNS, ArticleRow, ArticlesRepository, QuoteRow } from './articles.repository';
import { ArticleDto } from './dto/article.dto';

/** An article with its text, its quotes (each with its claims) and all its claims: three statements, one round trip. */
@Injectable()
export class ArticleViewQuery {
  constructor(private readonly articles: ArticlesRepository) {}

  async get(db: Queryable, articleId: string): Promise<ArticleDto | null> {
    const [[article], quotes, claims] = (await db.pipeline([
      sql`SELECT ${ARTICLE_COLUMNS}, article.body FROM articles article WHERE article.id = ${articleId}`,
      this.articles.quotesSql(articleId),
      sql`SELECT ${CLAIM_COLUMNS} FROM claims claim WHERE claim.article_id = ${articleId}
           ORDER BY claim.start_offset, claim.position`,
    ])) as [(ArticleRow & { body: string })[], QuoteRow[], ClaimRow[]];
    return article ? articleView(article, quotes, claims) : null;
  }
}
