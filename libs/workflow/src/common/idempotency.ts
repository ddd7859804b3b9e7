import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { IdempotencyRecord, isUniqueViolation } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from './workflow-error';

/** A request sent with an Idempotency-Key: whose key it is (keys are per caller) and a digest of what it asked. */
export interface IdempotentRequest {
  actorId: string;
  key: string;
  requestHash: string;
}

/** An HTTP-neutral answer: what the caller gets, and with which status. */
export interface Answer<Body> {
  statusCode: number;
  body: Body;
}

/** The request for `key` on `operation` with `input`, or none when the caller sent no key. */
export function idempotentRequest(
  actorId: string,
  key: string | undefined,
  operation: string,
  input: unknown,
): IdempotentRequest | undefined {
  if (key === undefined) return undefined;
  return {
    actorId,
    key,
    requestHash: createHash('sha256')
      .update(JSON.stringify([operation, input]))
      .digest('hex'),
  };
}

/**
 * Does a creation at most once per Idempotency-Key. `work` writes in the transaction it is given and returns the
 * first answer and the answer every retry gets; the retry's answer is stored in the same transaction, so the
 * creation and its record are both there or both not. A retry of the same request gets that stored answer, the same
 * key for another request a 422. Concurrent retries race for the key's row: the losers' transactions roll back and
 * they read the winner's answer.
 *
 * The retry's answer may differ from the first: a secret shown once (an API key, a webhook secret) is in the first
 * only. The stored answer is no place for it: an API key is otherwise kept only as its hash.
 */
export async function runOnce<First, Replay extends object>(
  dataSource: DataSource,
  request: IdempotentRequest | undefined,
  work: (manager: EntityManager) => Promise<{ first: Answer<First>; replay: Answer<Replay> }>,
): Promise<{ replayed: false; answer: Answer<First> } | { replayed: true; answer: Answer<Replay> }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await dataSource.transaction(async (manager) => {
        const stored = request && (await storedAnswer<Replay>(manager, request));
        if (stored) return { replayed: true as const, answer: stored };
        const { first, replay } = await work(manager);
        if (request) {
          await manager.insert(IdempotencyRecord, {
            userId: request.actorId,
            key: request.key,
            requestHash: request.requestHash,
            statusCode: replay.statusCode,
            response: replay.body as never,
          });
        }
        return { replayed: false as const, answer: first };
      });
    } catch (error) {
      if (request && attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

async function storedAnswer<Body>(manager: EntityManager, request: IdempotentRequest): Promise<Answer<Body> | null> {
  const record = await manager.findOneBy(IdempotencyRecord, { userId: request.actorId, key: request.key });
  if (!record) return null;
  if (record.requestHash !== request.requestHash) {
    throw new WorkflowError(
      WorkflowErrorCode.IdempotencyKeyReused,
      'this Idempotency-Key was already used for a different request',
    );
  }
  return { statusCode: record.statusCode, body: record.response as Body };
}
