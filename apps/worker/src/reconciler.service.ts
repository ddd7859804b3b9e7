import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { enqueueInTransaction, jobId, JobName, jobRequest, JobRequest, QUEUE_OF_JOB, QueueName } from '@app/queue';
import { StageQueues } from './stage-queues';

/** Jobs whose state is read from Redis in one pipeline. */
const STATE_BATCH = 1000;
/** The id of the deadline sweep's schedule in the deadlines queue. */
export const DEADLINE_SWEEP = 'deadline-sweep';

/**
 * Rebuilds the queues from Postgres. Every piece of unfinished work the tables show is looked up in its queue by
 * its deterministic job id: a job Redis no longer has is enqueued again through the outbox, a job BullMQ gave up on
 * (failed after its attempts or stalls) is retried, and live jobs are left alone. Run at start-up and every
 * RECONCILE_SECONDS, it makes the loss of Redis, of a job or of a worker a delay rather than a loss.
 */
@Injectable()
export class ReconcilerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReconcilerService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly queues: StageQueues,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      if (this.running) return;
      this.running = this.reconcile()
        .catch((error) => this.logger.warn(`reconcile failed: ${(error as Error).message}`))
        .finally(() => (this.running = undefined));
    };
    tick();
    this.timer = setInterval(tick, this.config.RECONCILE_SECONDS * 1000);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Returns how many jobs it re-enqueued and retried. */
  async reconcile(): Promise<{ enqueued: Record<string, number>; retried: number }> {
    // The deadline sweep's schedule lives in Redis: set again every round, in case Redis lost it (idempotent).
    await this.queues.byName[QueueName.Deadlines].upsertJobScheduler(
      DEADLINE_SWEEP,
      { every: Math.round(this.config.DEADLINE_SWEEP_SECONDS * 1000) },
      { name: JobName.SweepDeadlines, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    const candidates = await this.unfinishedWork();
    const missing: JobRequest[] = [];
    let retried = 0;
    for (let start = 0; start < candidates.length; start += STATE_BATCH) {
      const batch = candidates.slice(start, start + STATE_BATCH);
      const states = await this.jobStates(batch);
      for (const [index, job] of batch.entries()) {
        if (states[index] === 'missing') missing.push(job);
        else if (states[index] === 'failed') {
          await (await this.queues.byName[QUEUE_OF_JOB[job.name]].getJob(job.id))?.retry('failed');
          retried++;
        }
      }
    }
    for (let start = 0; start < missing.length; start += 1000) {
      await this.dataSource.transaction((manager) =>
        enqueueInTransaction(manager, ...missing.slice(start, start + 1000)),
      );
    }
    const enqueued: Record<string, number> = {};
    for (const job of missing) enqueued[job.name] = (enqueued[job.name] ?? 0) + 1;
    if (missing.length > 0 || retried > 0) {
      this.logger.log(`re-enqueued unfinished work ${JSON.stringify(enqueued)}, retried ${retried} failed jobs`);
    }
    return { enqueued, retried };
  }

  /**
   * Whether each job is in its queue, failed there, or missing: two commands a job, sent in one pipeline a batch
   * (BullMQ's getJobState is a script a job, one round trip each).
   */
  private async jobStates(jobs: JobRequest[]): Promise<('live' | 'failed' | 'missing')[]> {
    const queues = jobs.map((job) => this.queues.byName[QUEUE_OF_JOB[job.name]]);
    // One Redis node (REDIS_URL) holds every queue, so one connection's pipeline can read them all.
    const pipeline = ((await queues[0].client) as unknown as Redis).pipeline();
    jobs.forEach((job, index) => {
      pipeline.exists(queues[index].toKey(job.id));
      pipeline.zscore(queues[index].keys.failed, job.id);
    });
    const replies = (await pipeline.exec()) ?? [];
    return jobs.map((_, index) => {
      const [[existsError, exists], [failedError, failedScore]] = [replies[index * 2], replies[index * 2 + 1]];
      if (existsError || failedError) throw existsError ?? failedError;
      return !exists ? 'missing' : failedScore !== null ? 'failed' : 'live';
    });
  }

  /** The jobs that Postgres says must still run. */
  private async unfinishedWork(): Promise<JobRequest[]> {
    const rows = async <Row>(sql: string): Promise<Row[]> => this.dataSource.query(sql);
    const jobs: JobRequest[] = [];
    for (const { id } of await rows<{ id: string }>(
      `SELECT id FROM articles WHERE status IN ('received', 'extracting')`,
    )) {
      jobs.push(jobRequest(JobName.ExtractArticle, jobId.extract(id), { articleId: id }));
    }
    for (const { article_id: articleId } of await rows<{ article_id: string }>(
      `SELECT DISTINCT article_id FROM claims WHERE triaged_at IS NULL`,
    )) {
      jobs.push(jobRequest(JobName.TriageArticleClaims, jobId.triage(articleId), { articleId }));
    }
    for (const { id } of await rows<{ id: string }>(`SELECT id FROM verdicts WHERE status = 'approved'`)) {
      jobs.push(jobRequest(JobName.PublishVerdict, jobId.publish(id), { verdictId: id }));
    }
    for (const delivery of await rows<{ id: string; round: number; attempts: number; next_attempt_at: Date | null }>(
      `SELECT id, round, attempts, next_attempt_at FROM webhook_deliveries WHERE status = 'pending'`,
    )) {
      jobs.push(
        jobRequest(
          JobName.DeliverWebhook,
          jobId.deliver(delivery.id, delivery.round, delivery.attempts),
          { deliveryId: delivery.id, round: delivery.round, attempt: delivery.attempts },
          delivery.next_attempt_at ? new Date(delivery.next_attempt_at) : undefined,
        ),
      );
    }
    for (const lease of await rows<{ lease_id: string; lease_expires_at: Date }>(
      `SELECT id AS lease_id, expires_at AS lease_expires_at FROM leases WHERE released_at IS NULL`,
    )) {
      const expiresAt = new Date(lease.lease_expires_at);
      jobs.push(
        jobRequest(
          JobName.ExpireLease,
          jobId.expireLease(lease.lease_id, expiresAt),
          { leaseId: lease.lease_id },
          expiresAt,
        ),
      );
    }
    return jobs;
  }
}
