import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database } from '@app/database';
import { JobName, OutboxRelay, ServiceQueues } from '@app/queue';

/** Runs the outbox relay for the life of the worker process. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;

  constructor(database: Database, config: AppConfig, queues: ServiceQueues) {
    this.relay = new OutboxRelay(database, queues.byName, {
      databaseUrl: config.DATABASE_URL,
      pollMs: config.OUTBOX_POLL_MS,
      attempts: { [JobName.ExtractArticle]: config.EXTRACT_ATTEMPTS },
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
