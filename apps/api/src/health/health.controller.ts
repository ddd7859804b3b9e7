import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { problem } from '../problems/problem';
import { RedisHealth } from './redis-health';

/** Open and never rate-limited: orchestrators and load balancers poll these. */
@Controller('health')
@Public()
@SkipThrottle()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisHealth,
  ) {}

  /** The process is up. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Postgres and Redis answer and the schema is current: the service can take work. */
  @Get('ready')
  async ready() {
    const [postgres, redis, migrations] = await Promise.all([
      this.dataSource.query('SELECT 1').then(() => true, () => false),
      this.redis.ping(),
      this.dataSource.showMigrations().then((pending) => !pending, () => false),
    ]);
    const checks = { postgres: up(postgres), redis: up(redis), migrations: migrations ? 'current' : 'pending' };
    if (!postgres || !redis || !migrations) {
      throw new ServiceUnavailableException(problem(503, 'The service is not ready.', { checks }));
    }
    return { status: 'ok', checks };
  }
}

function up(ok: boolean): 'up' | 'down' {
  return ok ? 'up' : 'down';
}
