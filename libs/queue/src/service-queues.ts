import { Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig, redisOptionsFromUrl } from '@app/config';
import { QueueName } from './queue-names';

/** How long start-up waits for Redis before it goes on without it. */
const CONNECT_WAIT_MS = 3000;

/**
 * Every BullMQ queue of the service, opened in this one place, once per process, on one Redis connection under
 * QUEUE_PREFIX: the relay and the reconciler add to them, the queue dashboard and the metrics read them. While Redis
 * is away a command fails at once rather than wait (BullMQ's advice for producers): the relay and the reconciler
 * try again later, the dashboard answers 503. Workers, which must ride out an outage, open their own connections.
 */
@Injectable()
export class ServiceQueues implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly redis: Redis;
  readonly byName: Readonly<Record<QueueName, Queue>>;

  constructor(config: AppConfig) {
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
    // Who uses a queue learns of an outage from the command that fails; the connection's own events say nothing more.
    this.redis.on('error', () => undefined);
    const byName = {} as Record<QueueName, Queue>;
    for (const name of Object.values(QueueName)) {
      byName[name] = new Queue(name, { connection: this.redis, prefix: config.QUEUE_PREFIX });
      byName[name].on('error', () => undefined);
    }
    this.byName = byName;
  }

  get all(): Queue[] {
    return Object.values(this.byName);
  }

  /**
   * The connection is opened while the app starts, so that the first request finds it ready rather than refused
   * (commands fail at once while it connects). Bounded: with Redis down the app still starts, and answers 503s.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, CONNECT_WAIT_MS);
      this.redis.once('ready', done);
    });
  }

  /** Whether Redis can be asked anything now. */
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

/** Provides ServiceQueues (AppConfig comes from the global ConfigModule). */
@Module({ providers: [ServiceQueues], exports: [ServiceQueues] })
export class QueueModule {}
