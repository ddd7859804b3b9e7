import { STATUS_CODES } from 'node:http';
import { Socket } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppConfig } from '@app/config';
import { Logger } from 'nestjs-pino';
import { createLogger, httpLogger, httpMetrics, requestContext } from '@app/observability';
import { ApiModule } from './api.module';
import { setupOpenApi } from './openapi/setup-openapi';
import { jsonBodyParser } from './problems/body-parser';
import { escapedJson, problem } from './problems/problem';
import { webDesk } from './web-desk/web-desk';

/** Builds the API application (used by main and by the tests, so both run the same thing). */
export async function createApiApp(config: AppConfig, options: { logger?: false } = {}): Promise<INestApplication> {
  const logger = createLogger(options.logger === false ? 'silent' : config.LOG_LEVEL, 'api');
  // Nest's own lines (modules, routes, start-up) are held until its logger is this one, so all go to one stream.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, logger), {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // JSON answers carry <, > and & as \u escapes, so stored text can never close a <script> block that embeds them.
  app.set('json escape', true);
  app.use(requestContext());
  app.use(httpLogger(logger));
  app.use(httpMetrics());
  app.use(securityHeaders());
  app.use(webDesk(config));
  app.use(jsonBodyParser());
  app.getHttpServer().on('clientError', answerUnparsableRequest);
  setupOpenApi(app);
  await app.init();
  return app;
}

/**
 * Requests Node cannot parse (a broken request line, headers over 16 KB) never reach express; Node's own answer is
 * a bare status line. This one is a problem document like every other error.
 */
function answerUnparsableRequest(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = escapedJson(
    problem(
      status,
      status === 431
        ? 'The request headers are larger than the server accepts (16 KB).'
        : 'The request is not valid HTTP.',
    ),
  );
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
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
