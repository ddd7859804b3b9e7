import { randomBytes } from 'node:crypto';
import { INestApplication, Injectable, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig, loadConfig, redisOptionsFromUrl, StartupError } from '@app/config';
import { QueueName } from '@app/queue';
import { TEST_REDIS_URL, waitFor } from '@app/testing';
import type { JobOutcome } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './processors/stage-processor';
import { processorOfEachQueue, StageWorkers } from './stage-workers';

/** A processor that records the jobs it ran; `hold` keeps each job running until it is released. */
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
@QueueProcessor(QueueName.Triage)
class SecondTriage extends Recorder {}

const EVERY_QUEUE = [Extract, Triage, Publish, Deliver, Leases, Deadlines];

async function startWorkers(config: AppConfig, processors: Type[]): Promise<INestApplication> {
  const module = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [{ provide: AppConfig, useValue: config }, StageWorkers, ...processors],
  }).compile();
  return module.createNestApplication({ logger: false }).init();
}

describe('processorOfEachQueue', () => {
  const declared = (processors: Type[]) =>
    processors.map((processor) => ({
      queue: queueOf.get(processor)!,
      name: processor.name,
      instance: Object.create(processor.prototype as object) as unknown,
    }));
  const queueOf = new Map<Type, QueueName>([
    [Extract, QueueName.Extract],
    [Triage, QueueName.Triage],
    [Publish, QueueName.Publish],
    [Deliver, QueueName.Deliver],
    [Leases, QueueName.Leases],
    [Deadlines, QueueName.Deadlines],
    [SecondTriage, QueueName.Triage],
  ]);

  it('gives each queue its one processor', () => {
    const processors = processorOfEachQueue(declared(EVERY_QUEUE));
    expect([...processors.keys()].sort()).toEqual(Object.values(QueueName).sort());
    expect(processors.get(QueueName.Deliver)).toBeInstanceOf(Deliver);
  });

  it('names every queue without a processor and every queue with two', () => {
    const problems = () => processorOfEachQueue(declared([Extract, Triage, SecondTriage, Publish, Deliver]));
    expect(problems).toThrow(StartupError);
    expect(problems).toThrow(
      [
        'The worker cannot start:',
        '  - queue "triage" has 2 processors (Triage, SecondTriage)',
        '  - queue "leases" has no processor: add a class with @QueueProcessor(QueueName.Leases) to the worker module',
        '  - queue "deadlines" has no processor: add a class with @QueueProcessor(QueueName.Deadlines) to the worker module',
      ].join('\n'),
    );
  });

  it('refuses a processor that does not extend StageProcessor', () => {
    const declaredAll = declared(EVERY_QUEUE);
    declaredAll[0] = { ...declaredAll[0], name: 'Plain', instance: {} };
    expect(() => processorOfEachQueue(declaredAll)).toThrow(/Plain, the processor of queue "extract", does not extend/);
  });
});

describe('StageWorkers', () => {
  const prefix = `factcheck-test-workers-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    WORKER_LOCK_MS: '4321',
    WORKER_STALLED_INTERVAL_MS: '1234',
    WORKER_MAX_STALLED: '5',
    WORKER_CONCURRENCY: '3',
  });

  afterAll(async () => {
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('refuses to start, before any worker runs, when a queue has no processor or two', async () => {
    await expect(startWorkers(config, [Extract, Triage, SecondTriage, Publish, Deliver, Leases])).rejects.toThrow(
      /queue "triage" has 2 processors \(Triage, SecondTriage\)[\s\S]*queue "deadlines" has no processor/,
    );
  });

  it('runs a worker for each queue with the configured lock, stall and concurrency settings', async () => {
    const app = await startWorkers(config, EVERY_QUEUE);
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

  it('processes jobs, and on shutdown finishes the one it holds before it stops', async () => {
    const app = await startWorkers(config, EVERY_QUEUE);
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
