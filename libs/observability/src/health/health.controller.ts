import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../public.decorator';
import { PostgresHealthIndicator } from './postgres-health.indicator';
import { RedisHealthIndicator } from './redis-health.indicator';

/** Liveness and readiness, the same on the api and on each worker (WORKER_HEALTH_PORT). */
@Controller('health')
@Public()
@SkipThrottle()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: PostgresHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** The process is up and answering. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Postgres and Redis answer and the schema is current: the process can take work. */
  @Get('ready')
  async ready() {
    try {
      return summarise(
        await this.health.check([
          () => this.postgres.ping('postgres'),
          () => this.redis.check('redis'),
          () => this.postgres.migrations('migrations'),
        ]),
      );
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const { status: health, ...result } = summarise(error.getResponse() as HealthCheckResult);
      throw new ServiceUnavailableException({
        health,
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: `The service is not ready: ${Object.entries(result.checks)
          .filter(([, state]) => state !== 'up' && state !== 'current')
          .map(([name]) => name)
          .join(', ')} down.`,
        ...result,
      });
    }
  }
}

/** terminus's result, plus a one-word state per dependency. */
function summarise(result: HealthCheckResult) {
  const state = (name: string) => (result.details?.[name]?.status === 'up' ? 'up' : 'down');
  return {
    ...result,
    checks: {
      postgres: state('postgres'),
      redis: state('redis'),
      migrations: result.details?.migrations?.status === 'up' ? 'current' : 'pending',
    },
  };
}
