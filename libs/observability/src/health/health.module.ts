import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { MigrationsHealthIndicator } from './migrations-health.indicator';
import { QueueGauges } from './queue-gauges';
import { RedisHealthIndicator } from './redis-health.indicator';

/** /health/live, /health/ready and /metrics, for the api and for each worker. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, MetricsController],
  providers: [RedisHealthIndicator, MigrationsHealthIndicator, QueueGauges],
})
export class HealthModule {}
