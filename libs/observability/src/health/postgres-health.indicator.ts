import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@app/config';
import { Database, pendingMigrations, sql } from '@app/database';

/**
 * Postgres answers within two seconds, and every migration this build knows has run (a process newer than its
 * schema is not ready). Its own connection, so a busy pool can neither hide an outage nor fake one.
 */
@Injectable()
export class PostgresHealthIndicator implements OnApplicationShutdown {
  private readonly database: Database;

  constructor(
    config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.database = new Database(Object.assign(Object.create(config) as AppConfig, { DATABASE_POOL_SIZE: 1 }));
  }

  async ping(key: string) {
    const indicator = this.indicators.check(key);
    try {
      await withinTwoSeconds(this.database.query(sql`SELECT 1`));
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  async migrations(key: string) {
    const indicator = this.indicators.check(key);
    try {
      const pending = await withinTwoSeconds(pendingMigrations(this.database));
      return pending.length
        ? indicator.down({ message: `migrations are pending: ${pending.join(', ')}` })
        : indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.database.onApplicationShutdown();
  }
}

function withinTwoSeconds<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer in 2 s')), 2000).unref()),
  ]);
}
