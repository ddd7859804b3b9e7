import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkflowError } from '../common/workflow-error';

export interface ListEventsQuery {
  /** Event types, e.g. verdict.published; several allowed. */
  type?: string[];
  actorId?: string;
  claimId?: string;
  articleId?: string;
  since?: Date;
  until?: Date;
  limit?: number;
  /** The nextCursor of the previous page. */
  cursor?: string;
}

/** The desk's audit trail, newest first, filterable by type, actor, claim, article and time. */
@Injectable()
export class ListEventsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: ListEventsQuery) {
    const limit = query.limit ?? 50;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (query.type?.length) add('event.type = ANY(?)', query.type);
    if (query.actorId) add('event.actor_id = ?', query.actorId);
    if (query.claimId) add('event.claim_id = ?', query.claimId);
    if (query.articleId) add('event.article_id = ?', query.articleId);
    if (query.since) add('event.created_at >= ?', query.since);
    if (query.until) add('event.created_at < ?', query.until);
    if (query.cursor) {
      // Event ids are bigints: a longer number would not fit and fail in Postgres rather than here.
      if (!/^\d{1,18}$/.test(query.cursor)) {
        throw WorkflowError.invalid('cursor is not one this service gave out', [
          { field: 'cursor', message: 'use nextCursor' },
        ]);
      }
      add('event.id < ?', query.cursor);
    }
    params.push(limit + 1);
    const rows: Record<string, any>[] = await this.dataSource.query(
      `SELECT event.id, event.type, event.actor_id, actor.name AS actor_name, event.article_id, event.claim_id,
              event.data, event.created_at
         FROM events event LEFT JOIN users actor ON actor.id = event.actor_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY event.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => ({
        id: String(row.id),
        type: row.type,
        actor: { id: row.actor_id, name: row.actor_name },
        articleId: row.article_id,
        claimId: row.claim_id,
        data: row.data,
        at: new Date(row.created_at).toISOString(),
      })),
      nextCursor: rows.length > limit ? String(page[page.length - 1].id) : null,
    };
  }
}
