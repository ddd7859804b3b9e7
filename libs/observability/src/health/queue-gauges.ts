import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { queueDepth, queueOldestAge } from '../metrics';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/** The queues /metrics reports on: the app gives its own (see HealthModule.forRoot), so this lib names none. */
export abstract class MonitoredQueues {
  abstract readonly all: readonly Queue[];
}

/** Reads queue depths and the age of the oldest waiting job from Redis, for /metrics. */
@Injectable()
export class QueueGauges {
  constructor(private readonly queues: MonitoredQueues) {}

  async refresh(): Promise<void> {
    await Promise.all(
      this.queues.all.map(async (queue) => {
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
}
