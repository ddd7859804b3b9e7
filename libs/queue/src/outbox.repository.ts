import { Injectable } from '@nestjs/common';
import { prepare, Queryable, sql, SQLQuery } from '@app/database';
import { currentRequestId } from '@app/observability/request-context';
import { JobName, JobRequest, QUEUE_OF_JOB, QueueName } from './queue-names';

/** A job waiting in the outbox for the relay. */
export interface OutboxRow {
  id: string;
  queue: QueueName;
  jobName: JobName;
  jobId: string;
  payload: Record<string, unknown>;
  runAt: Date | null;
  requestId: string | null;
}

/** The outbox: jobs written in the transaction of the change that causes them, moved to BullMQ by the relay. */
@Injectable()
export class OutboxRepository {
  /** Records jobs; they reach BullMQ if and only if the caller's transaction commits. */
  async enqueue(db: Queryable, jobs: JobRequest[]): Promise<void> {
    if (jobs.length > 0) await db.query(prepare(this.insertSql(jobs)));
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

  /**
   * The oldest jobs not yet moved to BullMQ, locked until the caller's transaction ends; rows another relay holds are
   * skipped, so several relays split the work.
   */
  async lockUndispatched(db: Queryable, limit: number): Promise<OutboxRow[]> {
    return db.query<OutboxRow>(sql`
      SELECT id, queue, job_name AS "jobName", job_id AS "jobId", payload, run_at AS "runAt", request_id AS "requestId"
        FROM outbox
       WHERE dispatched_at IS NULL
       ORDER BY id
       LIMIT ${limit}
         FOR UPDATE SKIP LOCKED`);
  }

  async markDispatched(db: Queryable, ids: string[]): Promise<void> {
    await db.query(sql`UPDATE outbox SET dispatched_at = now() WHERE id = ANY(${ids}::bigint[])`);
  }

  /** Dispatched rows are kept an hour, for inspection; the domain tables are the record. */
  async deleteDispatched(db: Queryable): Promise<void> {
    await db.query(sql`DELETE FROM outbox WHERE dispatched_at < now() - interval '1 hour'`);
  }
}
