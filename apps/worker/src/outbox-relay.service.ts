import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { JobName, OutboxRelay, ServiceQueues } from '@app/queue';

/** Runs the outbox relay for the life of the worker process. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;

  constructor(@InjectDataSource() dataSource: DataSource, config: AppConfig, queues: ServiceQueues) {
    this.relay = new OutboxRelay(dataSource, queues.byName, {
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
