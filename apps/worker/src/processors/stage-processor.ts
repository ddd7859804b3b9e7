import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { QueueName } from '@app/queue';
import { jobDuration, jobsCompleted, jobsFailed, jobWait, runWithRequestId } from '@app/observability';
import { JobOutcome } from '@app/workflow';

/**
 * Declares the processor of a stage's queue. Workers are created stopped and started at bootstrap, once their
 * lock, stall and concurrency settings from the configuration are applied (decorator options are static).
 */
export const StageWorker = (queue: QueueName) => Processor(queue, { autorun: false });

/** What every stage processor shares: configured worker settings, and a log line per outcome. */
export abstract class StageProcessor extends WorkerHost implements OnApplicationBootstrap {
  protected readonly logger = new Logger(this.constructor.name);

  constructor(protected readonly config: AppConfig) {
    super();
  }

  onApplicationBootstrap(): void {
    Object.assign(this.worker.opts, {
      lockDuration: this.config.WORKER_LOCK_MS,
      // Derived from lockDuration at construction, so it must follow it here.
      lockRenewTime: this.config.WORKER_LOCK_MS / 2,
      stalledInterval: this.config.WORKER_STALLED_INTERVAL_MS,
      maxStalledCount: this.config.WORKER_MAX_STALLED,
    });
    this.worker.concurrency = this.concurrency();
    // The lock manager copies its timings when the worker is built; build it again with the ones set above.
    (this.worker as unknown as { createLockManager(): void }).createLockManager();
    this.worker.run().catch((error) => this.logger.error(`worker stopped: ${(error as Error).message}`));
  }

  /** Jobs of this queue one process runs at once. */
  protected concurrency(): number {
    return this.config.WORKER_CONCURRENCY;
  }

  /** Runs a job inside the request id that caused it, and counts and times it. */
  async process(job: Job, token?: string): Promise<JobOutcome> {
    return runWithRequestId(job.data?.requestId ?? `job:${job.id}`, async () => {
      const queue = this.worker.name;
      if (job.processedOn)
        jobWait.observe({ queue }, Math.max(0, job.processedOn - job.timestamp - (job.opts.delay ?? 0)) / 1000);
      const stop = jobDuration.startTimer({ queue });
      const outcome = await this.handle(job, token);
      stop();
      jobsCompleted.inc({ queue, outcome: outcome.status });
      this.logger.log({
        msg: `${job.name} ${outcome.status === 'done' ? 'done' : 'skipped'}: ${outcome.status === 'done' ? (outcome.detail ?? '') : outcome.reason}`,
        job: job.name,
        jobId: job.id,
        ...job.data,
      });
      return outcome;
    });
  }

  /** Every failed try is logged with its reason; BullMQ retries it, and the reconciler after the last. */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    if (error?.name === 'DelayedError') return;
    jobsFailed.inc({ queue: this.worker.name });
    runWithRequestId(job?.data?.requestId ?? `job:${job?.id}`, () =>
      this.logger.warn(
        `${job?.name ?? 'job'} ${job?.id ?? ''} failed (try ${job?.attemptsMade ?? '?'} of ${job?.opts.attempts ?? '?'}): ${error?.message}`,
      ),
    );
  }

  protected abstract handle(job: Job, token?: string): Promise<JobOutcome>;

  /** True on the last try BullMQ will make, after which a failure is final. */
  protected isLastAttempt(job: Job): boolean {
    return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  }
}
