import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The request id of the work in progress, carried through async calls: set for each HTTP request, written into the
 * jobs that request causes (outbox → BullMQ), and set again while a worker runs such a job, so one id follows an
 * article from its POST through extraction, triage and every webhook delivery it causes.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

const ACCEPTABLE = /^[\w.:-]{1,128}$/;

/** A request id sent by the client (X-Request-Id) when it is sane, else a new one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && ACCEPTABLE.test(header) ? header : randomUUID();
}
