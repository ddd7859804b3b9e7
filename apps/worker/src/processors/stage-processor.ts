import { WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobOutcome } from '@app/workflow';

/** What every stage processor shares: configured concurrency, and a log line per outcome. */
export abstract class StageProcessor extends WorkerHost implements OnApplicationBootstrap {
  protected readonly logger = new Logger(this.constructor.name);

  constructor(protected readonly config: AppConfig) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job): Promise<JobOutcome> {
    const outcome = await this.handle(job);
    this.logger.debug(
      `${job.name} ${job.id}: ${outcome.status === 'done' ? `done ${outcome.detail ?? ''}` : `skipped (${outcome.reason})`}`,
    );
    return outcome;
  }

  protected abstract handle(job: Job): Promise<JobOutcome>;

  /** True on the last try BullMQ will make, after which a failure is final. */
  protected isLastAttempt(job: Job): boolean {
    return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  }
}
