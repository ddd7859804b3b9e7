import { Injectable } from '@nestjs/common';
import { Queryable, sql } from '@app/database';

/** Which answer a retry replays: the thing was created by the first request, or was already there. */
export type ReplayOutcome = 'created' | 'existing';

/** The answer kept for a request sent with an Idempotency-Key: a digest of the request, and what a retry of it gets. */
export interface StoredAnswer {
  requestHash: string;
  outcome: ReplayOutcome;
  response: unknown;
}

/** The answers kept for Idempotency-Keys (`idempotency_keys`), per caller and key. */
@Injectable()
export class IdempotencyRepository {
  async find(db: Queryable, userId: string, key: string): Promise<StoredAnswer | null> {
    const [row] = await db.query<StoredAnswer>(sql`
      SELECT request_hash AS "requestHash", outcome, response
        FROM idempotency_keys WHERE user_id = ${userId} AND key = ${key}`);
    return row ?? null;
  }

  /** Keeps the answer; a concurrent request that kept one for the same key first makes this a unique violation. */
  async insert(db: Queryable, userId: string, key: string, answer: StoredAnswer): Promise<void> {
    await db.query(sql`
      INSERT INTO idempotency_keys (user_id, key, request_hash, outcome, response)
      VALUES (${userId}, ${key}, ${answer.requestHash}, ${answer.outcome}, ${JSON.stringify(answer.response)}::jsonb)`);
  }
}
