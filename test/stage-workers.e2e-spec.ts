import { randomBytes } from 'node:crypto';
import { INestApplication, Injectable, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig, loadConfig, redisOptionsFromUrl } from '@app/config';
import { QueueName } from '@app/queue';
import { TEST_REDIS_URL, waitFor } from '@app/testing';
import type { JobOutcome } from '@app/workflow';
import { QueueProcessor, StageProcessor } from '../apps/worker/src/processors/stage-processor';
import { StageWorkers } from '../apps/worker/src/stage-workers';

/** A processor that records the jobs it ran; while `hold` is set each job runs until it is released. */
@Injectable()
abstract class Recorder extends StageProcessor {
  static ran: string[] = [];
  static hold?: Promise<void>;
  static started?: () => void;

  constructor(config: AppConfig) {
    super(config);
  }

  protected async handle(job: Job): Promise<JobOutcome> {
    Recorder.started?.();
    await Recorder.hold;
    Recorder.ran.push(`${job.queueName}:${job.id}`);
    return { status: 'done' };
  }
}

@QueueProcessor(QueueName.Extract)
class Extract extends Recorder {}
@QueueProcessor(QueueName.Triage)
class Triage extends Recorder {}
@QueueProcessor(QueueName.Publish)
class Publish extends Recorder {}
@QueueProcessor(QueueName.Deliver)
class Deliver extends Recorder {
  concurrency(): number {
    return 7;
  }
}
@QueueProcessor(QueueName.Leases)
class Leases extends Recorder {}
@QueueProcessor(QueueName.Deadlines)
class Deadlines extends Recorder {}
@QueueProcessor(QueueName.Models)
class Models extends Recorder {}

const EVERY_QUEUE: Type[] = [Extract, Triage, Publish, Deliver, Leases, Deadlines, Models];

/** The worker's StageWorkers with these processors, on the real Redis under a prefix of this suite's own. */
describe('the stage workers', () => {
  const prefix = `factcheck-test-workers-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    WORKER_LOCK_MS: '4321',
    WORKER_STALLED_INTERVAL_MS: '1234',
    WORKER_MAX_STALLED: '5',
    WORKER_CONCURRENCY: '3',
  });

  async function startWorkers(): Promise<INestApplication> {
    const module = await Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [{ provide: AppConfig, useValue: config }, StageWorkers, ...EVERY_QUEUE],
    }).compile();
    return module.createNestApplication({ logger: false }).init();
  }

  afterAll(async () => {
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('run a worker for each queue with the configured lock, stall and concurrency settings', async () => {
    const app = await startWorkers();
    try {
      const workers = app.get(StageWorkers).workers;
      expect(
        workers
          .map((worker) => ({
            queue: worker.name,
            lockDuration: worker.opts.lockDuration,
            lockRenewTime: worker.opts.lockRenewTime,
            stalledInterval: worker.opts.stalledInterval,
            maxStalledCount: worker.opts.maxStalledCount,
            concurrency: worker.concurrency,
            prefix: worker.opts.prefix,
          }))
          .sort((a, b) => a.queue.localeCompare(b.queue)),
      ).toEqual(
        Object.values(QueueName)
          .sort()
          .map((queue) => ({
            queue,
            lockDuration: 4321,
            lockRenewTime: 4321 / 2,
            stalledInterval: 1234,
            maxStalledCount: 5,
            concurrency: queue === QueueName.Deliver ? 7 : 3,
            prefix,
          })),
      );
    } finally {
      await app.close();
    }
  });

  it('process jobs, and on shutdown finish the one they hold before they stop', async () => {
    const app = await startWorkers();
    const queue = new Queue(QueueName.Publish, { connection: redisOptionsFromUrl(TEST_REDIS_URL), prefix });
    try {
      Recorder.ran = [];
      await queue.add('job', {}, { jobId: 'first' });
      await waitFor(() => Recorder.ran.includes('publish:first'), { what: 'the first job to run' });

      let release!: () => void;
      Recorder.hold = new Promise<void>((resolve) => (release = resolve));
      const started = new Promise<void>((resolve) => (Recorder.started = resolve));
      await queue.add('job', {}, { jobId: 'held' });
      await started;
      let closed = false;
      const closing = app.close().then(() => (closed = true));
      // The job is still running: the shutdown waits for it.
      expect(await queue.getJobState('held')).toBe('active');
      expect(closed).toBe(false);
      release();
      await closing;
      expect(Recorder.ran).toContain('publish:held');
      expect(await queue.getJobState('held')).toBe('completed');
      expect(app.get(StageWorkers).workers.every((worker) => !worker.isRunning())).toBe(true);
    } finally {
      Recorder.hold = undefined;
      Recorder.started = undefined;
      await queue.close();
    }
  });
});
