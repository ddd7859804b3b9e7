import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation, Queryable } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { IdempotencyRepository, ReplayOutcome } from './idempotency.repository';

/** A request sent with an Idempotency-Key: whose key it is (keys are per caller) and a digest of what it asked. */
export interface IdempotentRequest {
  actorId: string;
  key: string;
  requestHash: string;
}

/** The request for `key` on `operation` with `input`, or none when the caller sent no key. */
export function idempotentRequest(
  actorId: string,
  key: string | undefined,
  operation: string,
  input: unknown,
): IdempotentRequest | undefined {
  if (key === undefined) return undefined;
  return { actorId, key, requestHash: sha256(JSON.stringify([operation, input])) };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What a retry is answered with: which outcome it replays, and its body. */
export interface Replay<Body> {
  outcome: ReplayOutcome;
  body: Body;
}

export type RunOnceResult<First, Replayed> =
  { replayed: false; answer: First } | { replayed: true; answer: Replay<Replayed> };

/**
 * Does a creation at most once per Idempotency-Key. `work` writes in the transaction it is given and returns the
 * first answer and the answer every retry gets; the retry's answer is kept in the same transaction, so the creation
 * and its record are both there or both not. A retry of the same request gets that kept answer, the same key for
 * another request a 422. Concurrent requests race for the key's row (or for a unique row the work writes, such as an
 * article's url): the losers' transactions roll back and run again, and find the winner's answer (or row).
 *
 * The retry's answer may differ from the first: a secret shown once (an API key, a webhook secret) is in the first
 * only. The kept answer is no place for it: an API key is otherwise kept only as its hash.
 */
@Injectable()
export class Idempotency {
  constructor(
    private readonly database: Database,
    private readonly answers: IdempotencyRepository,
  ) {}

  async runOnce<First, Replayed>(
    request: IdempotentRequest | undefined,
    work: (tx: Queryable) => Promise<{ first: First; replay: Replay<Replayed> }>,
  ): Promise<RunOnceResult<First, Replayed>> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.database.transaction(async (tx): Promise<RunOnceResult<First, Replayed>> => {
          const kept = await this.keptAnswer<Replayed>(tx, request);
          if (kept) return { replayed: true, answer: kept };
          const { first, replay } = await work(tx);
          if (request) {
            await this.answers.insert(tx, request.actorId, request.key, {
              requestHash: request.requestHash,
              outcome: replay.outcome,
              response: replay.body,
            });
          }
          return { replayed: false, answer: first };
        });
      } catch (error) {
        if (attempt < 3 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  /**
   * The answer kept for a retry, read before work too slow or too changeable to do again only to be replayed (a page
   * fetched from its site): a retry is answered as the first request was, even when the site has gone away since.
   * runOnce still decides, in its transaction, for requests that race.
   */
  replayOf<Replayed>(request: IdempotentRequest | undefined): Promise<Replay<Replayed> | null> {
    return this.keptAnswer(this.database, request);
  }

  private async keptAnswer<Replayed>(
    db: Queryable,
    request: IdempotentRequest | undefined,
  ): Promise<Replay<Replayed> | null> {
    const kept = request && (await this.answers.find(db, request.actorId, request.key));
    if (!kept) return null;
    if (kept.requestHash !== request.requestHash) {
      throw new WorkflowError(
        WorkflowErrorCode.IdempotencyKeyReused,
        'this Idempotency-Key was already used for a different request',
      );
    }
    return { outcome: kept.outcome, body: kept.response as Replayed };
  }
}
