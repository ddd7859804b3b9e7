import { EntityManager } from 'typeorm';
import { currentRequestId } from '@app/observability/request-context';
import { JobRequest, QUEUE_OF_JOB } from './queue-names';

/**
 * Records jobs in the outbox inside the caller's transaction: they reach BullMQ if and only if the state change
 * that caused them commits.
 */
export async function enqueueInTransaction(manager: EntityManager, ...jobs: JobRequest[]): Promise<void> {
  if (jobs.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (queue, job_name, job_id, payload, run_at, request_id)
     SELECT queue, job_name, job_id, payload, run_at, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])
       AS job(queue, job_name, job_id, payload, run_at)`,
    [
      jobs.map((job) => QUEUE_OF_JOB[job.name]),
      jobs.map((job) => job.name),
      jobs.map((job) => job.id),
      jobs.map((job) => JSON.stringify(job.payload)),
      jobs.map((job) => job.runAt ?? null),
      currentRequestId() ?? null,
    ],
  );
}
