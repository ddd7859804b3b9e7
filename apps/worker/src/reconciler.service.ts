import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { JobType } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, JobRequest, QUEUE_OF_JOB, QueueName, ServiceQueues } from '@app/queue';
import { ListUnfinishedWorkUseCase, RequeueWorkCommand, RequeueWorkUseCase } from '@app/workflow';

/** Every state a job can be in while Redis holds it (BullMQ's job types). */
const HELD: JobType[] = [
  'waiting',
  'paused',
  'active',
  'delayed',
  'prioritized',
  'waiting-children',
  'completed',
  'failed',
];
/** The id of the deadline sweep's schedule in the deadlines queue. */
export const DEADLINE_SWEEP = 'deadline-sweep';
/** The id of the check-worthiness model's retraining schedule in the models queue. */
const CHECKWORTHINESS_RETRAIN = 'checkworthiness-retrain';

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
    private readonly listUnfinishedWork: ListUnfinishedWorkUseCase,
    private readonly requeueWork: RequeueWorkUseCase,
    private readonly config: AppConfig,
    private readonly queues: ServiceQueues,
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
    // The schedules live in Redis: set again every round, in case Redis lost them (idempotent).
    await this.queues.byName[QueueName.Deadlines].upsertJobScheduler(
      DEADLINE_SWEEP,
      { every: Math.round(this.config.DEADLINE_SWEEP_SECONDS * 1000) },
      { name: JobName.SweepDeadlines, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    await this.queues.byName[QueueName.Models].upsertJobScheduler(
      CHECKWORTHINESS_RETRAIN,
      { every: Math.round(this.config.CHECKWORTHINESS_RETRAIN_CHECK_MINUTES * 60_000) },
      { name: JobName.RetrainCheckworthiness, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    const candidates = await this.listUnfinishedWork.execute();
    const held = await this.heldJobs(new Set(candidates.map((job) => QUEUE_OF_JOB[job.name])));
    const missing: JobRequest[] = [];
    let retried = 0;
    for (const job of candidates) {
      const queue = QUEUE_OF_JOB[job.name];
      if (!held.get(queue)!.ids.has(job.id)) missing.push(job);
      else if (held.get(queue)!.failed.has(job.id)) {
        await (await this.queues.byName[queue].getJob(job.id))?.retry('failed');
        retried++;
      }
    }
    await this.requeueWork.execute(new RequeueWorkCommand(missing));
    const enqueued: Record<string, number> = {};
    for (const job of missing) enqueued[job.name] = (enqueued[job.name] ?? 0) + 1;
    if (missing.length > 0 || retried > 0) {
      this.logger.log(`re-enqueued unfinished work ${JSON.stringify(enqueued)}, retried ${retried} failed jobs`);
    }
    return { enqueued, retried };
  }

  /**
   * The ids of the jobs each queue holds, and of those it gave up on: two reads a queue (BullMQ's getRanges, one
   * script each), however many jobs Postgres asks about. A job added just after the read looks missing and is
   * enqueued again under the same id, which BullMQ ignores.
   */
  private async heldJobs(queues: Set<QueueName>): Promise<Map<QueueName, { ids: Set<string>; failed: Set<string> }>> {
    const held = new Map<QueueName, { ids: Set<string>; failed: Set<string> }>();
    for (const name of queues) {
      const queue = this.queues.byName[name];
      const failed = new Set(await queue.getRanges(['failed'], 0, -1));
      held.set(name, { ids: new Set(await queue.getRanges(HELD, 0, -1)), failed });
    }
    return held;
  }
}
