import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@app/config';
import { WorkerModule } from './worker.module';

/** Builds the worker (used by main and by the tests). */
export async function createWorkerApp(config: AppConfig, options: { logger?: false } = {}): Promise<INestApplicationContext> {
  const levels: AppConfig['LOG_LEVEL'][] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: options.logger === false ? false : levels.slice(levels.indexOf(config.LOG_LEVEL)),
  });
  await app.init();
  return app;
}
