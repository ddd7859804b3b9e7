import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Worker } from 'bullmq';
import { AppConfig, redisOptionsFromUrl, StartupError } from '@app/config';
import { QueueName } from '@app/queue';
import { ProcessesQueue, StageProcessor } from './processors/stage-processor';

/** A provider that declared itself the processor of a queue. */
export interface DeclaredProcessor {
  queue: QueueName;
  name: string;
  instance: unknown;
}

/**
 * The processor of each queue, or a StartupError naming every queue without one and every queue with more than
 * one: a job of a queue nobody processes would wait forever, and two processors of one queue would split its jobs.
 */
export function processorOfEachQueue(declared: readonly DeclaredProcessor[]): Map<QueueName, StageProcessor> {
  const problems: string[] = [];
  const processors = new Map<QueueName, StageProcessor>();
  for (const [key, queue] of Object.entries(QueueName)) {
    const found = declared.filter((processor) => processor.queue === queue);
    if (found.length === 0) {
      problems.push(
        `queue "${queue}" has no processor: add a class with @QueueProcessor(QueueName.${key}) to the worker module`,
      );
    } else if (found.length > 1) {
      problems.push(`queue "${queue}" has ${found.length} processors (${found.map(({ name }) => name).join(', ')})`);
    } else if (!(found[0].instance instanceof StageProcessor)) {
      problems.push(`${found[0].name}, the processor of queue "${queue}", does not extend StageProcessor`);
    } else processors.set(queue, found[0].instance);
  }
  if (problems.length > 0) throw new StartupError(`The worker cannot start:\n  - ${problems.join('\n  - ')}`);
  return processors;
}

/**
 * Runs a BullMQ worker for each queue with its processor, set up from the configuration through BullMQ's public
 * options: lock duration, stall checks, concurrency. (@nestjs/bullmq's @Processor takes only options fixed when the
 * class is declared; its maintainers advise BullMQ itself for workers configured at run time.) On shutdown the
 * workers stop taking jobs and finish (or hand back) the ones they hold before Nest closes the queues and the
 * database connections those jobs use.
 */
@Injectable()
export class StageWorkers implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private processors = new Map<QueueName, StageProcessor>();
  private readonly running: Worker[] = [];
  private lastError = { message: '', at: 0 };

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
  ) {}

  /** The BullMQ workers, once started. */
  get workers(): readonly Worker[] {
    return this.running;
  }

  /** Before anything starts: the start-up check of one processor per queue. */
  onModuleInit(): void {
    this.processors = processorOfEachQueue(
      this.discovery.getProviders({ metadataKey: ProcessesQueue.KEY }).map((wrapper) => ({
        queue: this.discovery.getMetadataByDecorator(ProcessesQueue, wrapper) as QueueName,
        name: String(wrapper.name),
        instance: wrapper.instance as unknown,
      })),
    );
  }

  onApplicationBootstrap(): void {
    for (const [queue, processor] of this.processors) {
      const worker = new Worker(queue, (job, token) => processor.process(job, token), {
        connection: redisOptionsFromUrl(this.config.REDIS_URL),
        prefix: this.config.QUEUE_PREFIX,
        concurrency: processor.concurrency(),
        lockDuration: this.config.WORKER_LOCK_MS,
        stalledInterval: this.config.WORKER_STALLED_INTERVAL_MS,
        maxStalledCount: this.config.WORKER_MAX_STALLED,
      });
      worker.on('failed', (job, error) => processor.onFailed(queue, job, error));
      worker.on('error', (error) => this.reportError(queue, error));
      this.running.push(worker);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.running.map((worker) => worker.close()));
  }

  /** While Redis is away every connection reports each reconnect attempt: one line per reason every 30 s is enough. */
  private reportError(queue: QueueName, error: Error): void {
    const now = Date.now();
    if (error.message === this.lastError.message && now - this.lastError.at < 30_000) return;
    this.lastError = { message: error.message, at: now };
    this.logger.warn(`queue ${queue}: ${error.message}`);
  }
}
