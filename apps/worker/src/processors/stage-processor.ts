import { applyDecorators, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { QueueName } from '@app/queue';
import { jobDuration, jobsCompleted, jobsFailed, jobWait, runWithRequestId } from '@app/observability';
import { JobOutcome } from '@app/workflow';

/** The metadata StageWorkers finds processors by (Nest's discovery): the queue each one processes. */
export const ProcessesQueue = DiscoveryService.createDecorator<QueueName>();

/**
 * Declares the processor of a queue. The worker module lists it once among its providers; at start-up StageWorkers
 * finds every one, refuses to start unless each queue has exactly one, and runs a BullMQ worker for each.
 */
export const QueueProcessor = (queue: QueueName): ClassDecorator =>
  applyDecorators(Injectable(), ProcessesQueue(queue));

/** What every stage processor shares: the request id of the work, metrics, and a log line per outcome. */
export abstract class StageProcessor {
  protected readonly logger = new Logger(this.constructor.name);

  constructor(protected readonly config: AppConfig) {}

  /** Jobs of this queue one process runs at once. */
  concurrency(): number {
    return this.config.WORKER_CONCURRENCY;
  }

  /** Runs a job inside the request id that caused it, and counts and times it. */
  async process(job: Job, token?: string): Promise<JobOutcome> {
    return runWithRequestId(requestIdOf(job), async () => {
      const queue = job.queueName;
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
  onFailed(queue: QueueName, job: Job | undefined, error: Error): void {
    if (error?.name === 'DelayedError') return;
    jobsFailed.inc({ queue });
    runWithRequestId(requestIdOf(job), () =>
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

/** The request that caused a job (the relay adds its id to the payload), or the job itself. */
function requestIdOf(job: Job | undefined): string {
  return (job?.data as { requestId?: string } | undefined)?.requestId ?? `job:${job?.id}`;
}
