import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { QueueName, redisOptionsFromUrl } from '@app/queue';

/**
 * The service's BullMQ queues, for the dashboard to read and manage; the API never consumes jobs. One Redis
 * connection serves them all and the dashboard's sign-in sessions. While Redis is down the API still starts and
 * takes articles; the dashboard answers 503 until Redis is back.
 */
@Injectable()
export class BoardQueues implements OnApplicationShutdown {
  readonly redis: Redis;
  readonly queues: Queue[];

  constructor(config: AppConfig) {
    // Fail a command at once rather than queue it while Redis is away, so the dashboard answers instead of hanging.
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
    this.redis.on('error', () => undefined);
    this.queues = Object.values(QueueName).map(
      (name) => new Queue(name, { connection: this.redis, prefix: config.QUEUE_PREFIX }),
    );
    for (const queue of this.queues) queue.on('error', () => undefined);
  }

  /** Whether the dashboard can ask Redis anything now. */
  get redisReady(): boolean {
    return this.redis.status === 'ready';
  }

  onApplicationShutdown(): void {
    // Closing a queue of a shared connection only lets go of the connection, and drops the queue's error listener:
    // a queue still setting up (Redis slow or down) then fails with nobody listening, an unhandled error. Left
    // open, each keeps its listener for the attempt the disconnect ends.
    this.redis.disconnect();
  }
}
