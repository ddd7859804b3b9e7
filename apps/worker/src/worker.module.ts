import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Logger as PinoLogger } from 'pino';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { HealthModule, loggingModule } from '@app/observability';
import { QueueModule, ServiceQueues } from '@app/queue';
import { WorkflowModule } from '@app/workflow';
import { OutboxRelayService } from './outbox-relay.service';
import { DeadlineProcessor } from './processors/deadline.processor';
import { ModelsProcessor } from './processors/models.processor';
import { DeliverProcessor } from './processors/deliver.processor';
import { ExtractProcessor } from './processors/extract.processor';
import { LeaseProcessor } from './processors/lease.processor';
import { PublishProcessor } from './processors/publish.processor';
import { TriageProcessor } from './processors/triage.processor';
import { ReconcilerService } from './reconciler.service';
import { ShippedModelService } from './shipped-model.service';
import { StageWorkers } from './stage-workers';

/** The processor of each queue (@QueueProcessor); StageWorkers checks at start-up that each queue has one. */
const PROCESSORS = [
  ExtractProcessor,
  TriageProcessor,
  PublishProcessor,
  DeliverProcessor,
  LeaseProcessor,
  DeadlineProcessor,
  ModelsProcessor,
];

/** The worker: a BullMQ worker for each queue, the outbox relay and the reconciler. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: PinoLogger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        loggingModule(logger),
        HealthModule.forRoot({ imports: [QueueModule], useExisting: ServiceQueues }),
        DatabaseModule,
        WorkflowModule,
        QueueModule,
        DiscoveryModule,
      ],
      providers: [...PROCESSORS, StageWorkers, OutboxRelayService, ReconcilerService, ShippedModelService],
    };
  }
}
