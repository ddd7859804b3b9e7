import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { PostgresHealthIndicator } from './postgres-health.indicator';
import { MonitoredQueues, QueueGauges } from './queue-gauges';
import { RedisHealthIndicator } from './redis-health.indicator';

/** /health/live, /health/ready and /metrics, for the api and for each worker. */
@Module({})
export class HealthModule {
  /** `queues`: the app's provider of the queues the metrics report on, and the module that provides it. */
  static forRoot(queues: { imports: ModuleMetadata['imports']; useExisting: Type<MonitoredQueues> }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false }), ...(queues.imports ?? [])],
      controllers: [HealthController, MetricsController],
      providers: [
        RedisHealthIndicator,
        PostgresHealthIndicator,
        QueueGauges,
        { provide: MonitoredQueues, useExisting: queues.useExisting },
      ],
    };
  }
}
