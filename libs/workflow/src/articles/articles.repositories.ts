import { ArticleListQuery } from './article-list.query';
import { ArticleViewQuery } from './article-view.query';
import { ArticlesRepository } from './articles.repository';

/** The repositories and query classes of articles: each the one place that owns its SQL. */
export const ARTICLES_REPOSITORIES = [ArticlesRepository, ArticleViewQuery, ArticleListQuery];
