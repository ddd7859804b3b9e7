import { Injectable } from '@nestjs/common';
import { Queryable, sql, SQLQuery } from '@app/database';

/** Which events to list; every filter given must hold. */
export interface EventFilter {
  /** Event types, e.g. verdict.published; any of them. */
  type?: string[];
  actorId?: string;
  claimId?: string;
  articleId?: string;
  /** From this time on (inclusive). */
  since?: Date;
  /** Before this time. */
  until?: Date;
}

/** One event of the audit trail, with its actor's name. */
export interface DeskEventRow {
  /** A bigint, as text. */
  id: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  articleId: string | null;
  claimId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** The desk's audit trail: events with who did them. */
@Injectable()
export class DeskEventsQuery {
  /** Up to `limit` events that pass the filter, newest first, older than the event `before` when given. */
  page(db: Queryable, filter: EventFilter, limit: number, before?: string): Promise<DeskEventRow[]> {
    const conditions: SQLQuery[] = [
      ...(filter.type?.length ? [sql`event.type = ANY(${filter.type}::text[])`] : []),
      ...(filter.actorId ? [sql`event.actor_id = ${filter.actorId}`] : []),
      ...(filter.claimId ? [sql`event.claim_id = ${filter.claimId}`] : []),
      ...(filter.articleId ? [sql`event.article_id = ${filter.articleId}`] : []),
      ...(filter.since ? [sql`event.created_at >= ${filter.since}`] : []),
      ...(filter.until ? [sql`event.created_at < ${filter.until}`] : []),
      ...(before ? [sql`event.id < ${before}`] : []),
    ];
    return db.query<DeskEventRow>(sql`
      SELECT event.id::text, event.type, event.actor_id AS "actorId", actor.name AS "actorName",
             event.article_id AS "articleId", event.claim_id AS "claimId", event.data, event.created_at AS "createdAt"
        FROM events event LEFT JOIN users actor ON actor.id = event.actor_id
       WHERE ${conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`true`}
       ORDER BY event.id DESC
       LIMIT ${limit}`);
  }
}
