import { JobsOptions } from 'bullmq';
import { JobName } from './queue-names';

/** Retries with exponential backoff for transient failures; finished jobs are trimmed, Postgres keeps the record. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Per-job attempts for failures of our own infrastructure. A webhook endpoint's failures are not job failures:
 * each delivery attempt is its own job, scheduled by the processor on the webhook retry schedule.
 */
export function jobOptionsFor(name: JobName, attempts: Partial<Record<JobName, number>> = {}): JobsOptions {
  return { ...DEFAULT_JOB_OPTIONS, attempts: attempts[name] ?? DEFAULT_JOB_OPTIONS.attempts };
}
