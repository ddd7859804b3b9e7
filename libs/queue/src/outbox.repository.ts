import { Injectable } from '@nestjs/common';
import { Queryable, sql, SQLQuery } from '@app/database';
import { currentRequestId } from '@app/observability/request-context';
import { JobName, JobRequest, QUEUE_OF_JOB } from './queue-names';

/** The outbox: jobs written in the transaction of the change that causes them, moved to BullMQ by the relay. */
@Injectable()
export class OutboxRepository {
  /** Records jobs; they reach BullMQ if and only if the caller's transaction commits. */
  async enqueue(db: Queryable, jobs: JobRequest[]): Promise<void> {
    if (jobs.length > 0) await db.query(this.insertSql(jobs));
  }

  /** The INSERT of `enqueue`, for a statement that does more (one row per job, whatever their number). */
  insertSql(jobs: JobRequest[]): SQLQuery {
    return sql`
      INSERT INTO outbox (queue, job_name, job_id, payload, run_at, request_id)
      SELECT * FROM unnest(${jobs.map((job) => job.queue)}::text[], ${jobs.map((job) => job.name)}::text[],
                           ${jobs.map((job) => job.id)}::text[], ${jobs.map((job) => JSON.stringify(job.payload))}::jsonb[],
                           ${jobs.map((job) => job.runAt ?? null)}::timestamptz[], ${jobs.map((job) => job.requestId)}::text[])`;
  }

  /**
   * Jobs computed by Postgres, one for each row of `from` (an earlier step of the same statement), for a job whose
   * id, payload and time come from rows that statement writes: a lease's end, scheduled as the lease opens.
   */
  insertFromSql(name: JobName, from: SQLQuery, job: { id: SQLQuery; payload: SQLQuery; runAt: SQLQuery }): SQLQuery {
    return sql`
      INSERT INTO outbox (queue, job_name, job_id, payload, run_at, request_id)
      SELECT ${QUEUE_OF_JOB[name]}, ${name}, ${job.id}, ${job.payload}, ${job.runAt}, ${currentRequestId() ?? null}::text
        FROM ${from}`;
  }
}
