import { Injectable } from '@nestjs/common';
import { sql, SQLQuery } from '@app/database';

/** One entry of the audit trail. */
export interface NewEvent {
  type: string;
  /** Who did it: a user, or the system user for the service's own stages. */
  actorId: string;
  articleId?: string | null;
  claimId?: string | null;
  data?: object;
}

export interface RecordedEvent {
  id: string;
  createdAt: Date;
}

/** The append-only audit trail (a trigger refuses updates and deletes): every action, who did it and when. */
@Injectable()
export class EventsRepository {
  /**
   * Appends events in the caller's transaction (one row per event, whatever their number); its rows are their ids
   * (bigint, as text) and times, in order.
   */
  insertSql(events: NewEvent[]): SQLQuery {
    return sql`
      INSERT INTO events (type, actor_id, article_id, claim_id, data)
      SELECT * FROM unnest(${events.map((event) => event.type)}::text[], ${events.map((event) => event.actorId)}::uuid[],
                           ${events.map((event) => event.articleId ?? null)}::uuid[],
                           ${events.map((event) => event.claimId ?? null)}::uuid[],
                           ${events.map((event) => JSON.stringify(event.data ?? {}))}::jsonb[])
      RETURNING id::text, created_at AS "createdAt"`;
  }

  /**
   * One event for each row of `from` (an earlier step of the same statement, with the claim's `id` and
   * `article_id`), for an action whose claims that statement chooses: take-next's take.
   */
  insertForClaimsSql(type: string, actorId: string, from: SQLQuery, data: SQLQuery): SQLQuery {
    return sql`
      INSERT INTO events (type, actor_id, article_id, claim_id, data)
      SELECT ${type}, ${actorId}::uuid, article_id, id, ${data} FROM ${from}`;
  }
}
