import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { ApiModule } from './api.module';
import { jsonBodyParser } from './problems/body-parser';

/** Builds the API application (used by main and by the tests, so both run the same thing). */
export async function createApiApp(config: AppConfig, options: { logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger === false ? false : levelsFrom(config.LOG_LEVEL),
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(jsonBodyParser());
  await app.init();
  return app;
}

function levelsFrom(level: AppConfig["LOG_LEVEL"]): AppConfig["LOG_LEVEL"][] {
  const order: AppConfig['LOG_LEVEL'][] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
  return order.slice(order.indexOf(level));
}

