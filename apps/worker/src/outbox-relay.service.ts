import { InjectQueue } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { JobName, OutboxRelay, QueueName } from '@app/queue';

/** Runs the outbox relay for the life of the worker process. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    config: AppConfig,
    @InjectQueue(QueueName.Extract) extract: Queue,
    @InjectQueue(QueueName.Triage) triage: Queue,
    @InjectQueue(QueueName.Publish) publish: Queue,
    @InjectQueue(QueueName.Deliver) deliver: Queue,
    @InjectQueue(QueueName.Leases) leases: Queue,
    @InjectQueue(QueueName.Deadlines) deadlines: Queue,
  ) {
    this.relay = new OutboxRelay(
      dataSource,
      {
        [QueueName.Extract]: extract,
        [QueueName.Triage]: triage,
        [QueueName.Publish]: publish,
        [QueueName.Deliver]: deliver,
        [QueueName.Leases]: leases,
        [QueueName.Deadlines]: deadlines,
      },
      {
        databaseUrl: config.DATABASE_URL,
        pollMs: config.OUTBOX_POLL_MS,
        attempts: { [JobName.ExtractArticle]: config.EXTRACT_ATTEMPTS },
      },
    );
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
