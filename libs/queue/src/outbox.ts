import { EntityManager } from 'typeorm';
import { JobRequest, QUEUE_OF_JOB } from './queue-names';

/**
 * Records jobs in the outbox inside the caller's transaction: they reach BullMQ if and only if the state change
 * that caused them commits.
 */
export async function enqueueInTransaction(manager: EntityManager, ...jobs: JobRequest[]): Promise<void> {
  if (jobs.length === 0) return;
  const values: unknown[] = [];
  const rows = jobs.map((job, index) => {
    values.push(QUEUE_OF_JOB[job.name], job.name, job.id, JSON.stringify(job.payload), job.runAt ?? null);
    const at = index * 5;
    return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}::jsonb, $${at + 5}::timestamptz)`;
  });
  await manager.query(`INSERT INTO outbox (queue, job_name, job_id, payload, run_at) VALUES ${rows.join(', ')}`, values);
}
