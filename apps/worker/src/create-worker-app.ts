import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { createLogger, requestContext } from '@app/observability';
import { WorkerModule } from './worker.module';

/**
 * Builds the worker (used by main and by the tests): the BullMQ processors, the relay and the reconciler, plus a
 * small HTTP server of its own for /health and /metrics on WORKER_HEALTH_PORT when `listen` is set.
 */
export async function createWorkerApp(
  config: AppConfig,
  options: { logger?: false; listen?: boolean } = {},
): Promise<INestApplication> {
  const logger = createLogger(options.logger === false ? 'silent' : config.LOG_LEVEL, 'worker');
  // Nest's own lines (modules, start-up) are held until its logger is this one, so all go to one stream.
  const app = await NestFactory.create(WorkerModule.forRoot(config, logger), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.use(requestContext());
  if (options.listen) await app.listen(config.WORKER_HEALTH_PORT);
  else await app.init();
  return app;
}
