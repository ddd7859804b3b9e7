import { BullModule } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, DynamicModule, Injectable, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueName, redisOptionsFromUrl } from '@app/queue';
import { HealthModule } from '@app/observability';
import { WorkflowModule } from '@app/workflow';
import { OutboxRelayService } from './outbox-relay.service';
import { DeadlineProcessor } from './processors/deadline.processor';
import { DeliverProcessor } from './processors/deliver.processor';
import { ExtractProcessor } from './processors/extract.processor';
import { LeaseProcessor } from './processors/lease.processor';
import { PublishProcessor } from './processors/publish.processor';
import { TriageProcessor } from './processors/triage.processor';
import { ReconcilerService } from './reconciler.service';
import { StageQueues } from './stage-queues';

const PROCESSORS = [
  ExtractProcessor,
  TriageProcessor,
  PublishProcessor,
  DeliverProcessor,
  LeaseProcessor,
  DeadlineProcessor,
];

/**
 * On shutdown the workers stop taking jobs and finish (or hand back) the ones they hold before Nest closes the
 * queues and the database connections they use.
 */
@Injectable()
class GracefulWorkers implements BeforeApplicationShutdown {
  constructor(
    private readonly extract: ExtractProcessor,
    private readonly triage: TriageProcessor,
    private readonly publish: PublishProcessor,
    private readonly deliver: DeliverProcessor,
    private readonly leases: LeaseProcessor,
    private readonly deadlines: DeadlineProcessor,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(
      [this.extract, this.triage, this.publish, this.deliver, this.leases, this.deadlines].map((processor) =>
        processor.worker?.close(),
      ),
    );
  }
}

/** The worker: every BullMQ processor of the service, the outbox relay and the reconciler. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        HealthModule,
        DatabaseModule,
        WorkflowModule,
        BullModule.forRoot({
          connection: redisOptionsFromUrl(config.REDIS_URL),
          prefix: config.QUEUE_PREFIX,
        }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [...PROCESSORS, GracefulWorkers, StageQueues, OutboxRelayService, ReconcilerService],
    };
  }
}
