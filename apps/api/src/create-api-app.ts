import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
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
  // JSON answers carry <, > and & as \u escapes, so stored text can never close a <script> block that embeds them.
  app.set('json escape', true);
  app.use(securityHeaders());
  app.use(jsonBodyParser());
  await app.init();
  return app;
}

/** A JSON API renders nothing: no scripts, frames, forms or referrers, and browsers must not guess content types. */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

function levelsFrom(level: AppConfig["LOG_LEVEL"]): AppConfig["LOG_LEVEL"][] {
  const order: AppConfig['LOG_LEVEL'][] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
  return order.slice(order.indexOf(level));
}
