import { Injectable } from '@nestjs/common';
import { ArticleStatus, Queryable, sql } from '@app/database';
import { ArticleListItemDto } from './dto/article-list-item.dto';
import { containing } from '../common/like-pattern';

/** Which articles a listing shows; every filter given must hold. */
export interface ArticleFilter {
  /** Words (and "phrases", -exclusions, or) to look for in the title and text, stemmed: web search syntax. */
  words?: string;
  status?: ArticleStatus;
  /** A part of the publisher's name (ignoring case). */
  publisher?: string;
  /** Received at or after this time. */
  since?: Date;
}

/**
 * Where a page starts: after this article, newest first. `receivedAt` is the arrival time to the microsecond as
 * Postgres keeps it (a Date keeps milliseconds, and the articles between would be skipped).
 */
export interface ArticlePosition {
  receivedAt: string;
  id: string;
}

interface ListedArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  status: ArticleStatus;
  receivedAt: Date;
  position: string;
  quoteCount: number;
  claimCount: number;
}

/** Articles as the article list shows them (ArticleListItemDto), with how many quotes and claims each has. */
@Injectable()
export class ArticleListQuery {
  /**
   * Articles newest first (arrival, then id), after `after` when given: at most `limit`. The page is chosen first,
   * on the arrival index (of one status, or all) or the full-text or publisher index, whichever the planner finds
   * cheaper; its quotes and claims are counted after, for the page's rows only.
   */
  async page(
    db: Queryable,
    filter: ArticleFilter,
    limit: number,
    after?: ArticlePosition,
  ): Promise<{ item: ArticleListItemDto; position: ArticlePosition }[]> {
    const conditions = [
      ...(filter.status ? [sql`article.status = ${filter.status}`] : []),
      ...(filter.since ? [sql`article.created_at >= ${filter.since}`] : []),
      ...(filter.words ? [sql`article.search_vector @@ websearch_to_tsquery('english', ${filter.words})`] : []),
      ...(filter.publisher ? [sql`lower(article.publisher) LIKE lower(${containing(filter.publisher)})`] : []),
      ...(after ? [sql`(article.created_at, article.id) < (${after.receivedAt}::timestamptz, ${after.id}::uuid)`] : []),
    ];
    const rows = await db.query<ListedArticleRow>(sql`
      WITH page AS MATERIALIZED (
        SELECT article.id, article.title, article.url, article.publisher, article.published_at, article.status,
               article.created_at
          FROM articles article
         WHERE ${conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`true`}
         ORDER BY article.created_at DESC, article.id DESC
         LIMIT ${limit})
      SELECT page.id, page.title, page.url, page.publisher, page.published_at AS "publishedAt", page.status,
             page.created_at AS "receivedAt",
             to_char(page.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position,
             (SELECT count(*) FROM quotes quote WHERE quote.article_id = page.id)::int AS "quoteCount",
             (SELECT count(*) FROM claims claim WHERE claim.article_id = page.id)::int AS "claimCount"
        FROM page
       ORDER BY page.created_at DESC, page.id DESC`);
    return rows.map(({ position, receivedAt, publishedAt, ...row }) => ({
      item: {
        id: row.id,
        title: row.title,
        url: row.url,
        publisher: row.publisher,
        publishedAt: publishedAt?.toISOString() ?? null,
        status: row.status,
        receivedAt: receivedAt.toISOString(),
        quoteCount: row.quoteCount,
        claimCount: row.claimCount,
      },
      position: { receivedAt: position, id: row.id },
    }));
  }
}
