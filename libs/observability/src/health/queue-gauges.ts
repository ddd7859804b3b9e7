import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '@app/config';
import { QueueName, redisOptionsFromUrl } from '@app/queue';
import { queueDepth, queueOldestAge } from '../metrics';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/** Reads queue depths and the age of the oldest waiting job from Redis, for /metrics. */
@Injectable()
export class QueueGauges implements OnApplicationShutdown {
  private readonly queues: Queue[];

  constructor(config: AppConfig) {
    const connection = { ...redisOptionsFromUrl(config.REDIS_URL), enableOfflineQueue: false, maxRetriesPerRequest: 1 };
    this.queues = Object.values(QueueName).map((name) => new Queue(name, { connection, prefix: config.QUEUE_PREFIX }));
    for (const queue of this.queues) queue.on('error', () => undefined);
  }

  async refresh(): Promise<void> {
    await Promise.all(
      this.queues.map(async (queue) => {
        try {
          const counts = await queue.getJobCounts(...STATES);
          for (const state of STATES) queueDepth.set({ queue: queue.name, state }, counts[state] ?? 0);
          const [oldest] = await queue.getJobs(['wait'], 0, 0, true);
          queueOldestAge.set({ queue: queue.name }, oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0);
        } catch {
          // Redis down: the gauges keep their last values; /health/ready says what is wrong.
        }
      }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close().catch(() => undefined)));
  }
}
