import { DynamicModule, LoggerService } from '@nestjs/common';
import { Logger as NestPinoLogger, LoggerModule, Params, PinoLogger } from 'nestjs-pino';
import pino, { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { currentRequestId } from './request-context';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' | 'silent';
const PINO_LEVEL: Record<LogLevel, pino.LevelWithSilent> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
  silent: 'silent',
};

/** Fields that must never reach a log line: keys, secrets, cookies. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.apiKey',
  '*.secret',
  '*.password',
];

/**
 * Names of URL query parameters that carry credentials: `api_key`, `apiKey`, `access_token`, `X-Signature`,
 * `password`, `sig`… (any case, anywhere in the name, percent-decoded).
 */
const CREDENTIAL_NAME = /key|token|secret|passw(or)?d|pwd|signature|credential|session|jwt|^(auth|sig)$/i;
/**
 * A query (or fragment) parameter in a serialized log line. Its value ends where the URL or the JSON string does;
 * a JSON escape inside it (`\"`, `\\`, `\n`) belongs to it, so no part of a value is left behind.
 */
const QUERY_PARAMETER = /([?&#])([^=&#\s"\\?]+)=((?:\\.|[^&#\s"\\])*)/g;
/** The password of a URL's userinfo (`postgres://user:password@host`). */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:@/\s"\\]*:)[^@/\s"\\]+@/gi;

/**
 * Removes credentials from a log line wherever a URL appears in it: the request line, an error's message or stack,
 * a job's detail. Clients do send keys as `?api_key=`; the answer is a 401, but the line must not keep the key.
 */
export function redactUrlSecrets(line: string): string {
  return line
    .replace(QUERY_PARAMETER, (whole, separator: string, name: string, value: string) =>
      value && CREDENTIAL_NAME.test(decodedName(name)) ? `${separator}${name}=[redacted]` : whole,
    )
    .replace(URL_PASSWORD, '$1[redacted]@');
}

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** The process a log line comes from: `npm start` runs all three in one terminal. */
export type ProcessName = 'api' | 'worker' | 'cli';

/**
 * How a line reads in a terminal: time, level, process, the class that wrote it and the message; a request's line
 * says the request in its message, so its req/res objects are left out; the fields of a job line follow it.
 */
const PRETTY = {
  colorize: true,
  translateTime: 'SYS:HH:MM:ss.l',
  ignore: 'pid,hostname,process,context,req,res,responseTime',
  messageFormat: '{process} {if context}[{context}] {end}{msg}',
  destination: 1,
};

/**
 * The logs of a process (pino): one JSON object a line, naming the process and carrying the request id of the work
 * it is about; pretty-printed instead when standard output is a terminal. Either way written off the main thread
 * (asynchronous writes for JSON, a worker thread for the pretty printer) and flushed when the process exits, and
 * every line passes redactUrlSecrets just before it is written.
 */
export function createLogger(
  level: LogLevel,
  processName: ProcessName,
  { pretty = process.stdout.isTTY === true }: { pretty?: boolean } = {},
): Logger {
  const options: pino.LoggerOptions = {
    level: PINO_LEVEL[level],
    base: { process: processName },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Every line, whatever wrote it, just before it is written.
    hooks: { streamWrite: redactUrlSecrets },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  if (level === 'silent') return pino(options);
  if (pretty)
    return pino(options, pino.transport({ target: 'pino-pretty', options: PRETTY }) as pino.DestinationStream);
  // A synchronous write per line cost the API about a tenth of its CPU.
  const destination = pino.destination({ dest: 1, sync: false });
  process.once('exit', () => destination.flushSync());
  return pino(options, destination);
}

/** Nest's logger as nestjs-pino's LoggerModule provides it, writing through `logger`; `app.useLogger(app.get(Logger))`. */
export function loggingModule(logger: Logger): DynamicModule {
  return LoggerModule.forRoot({
    ...nestLoggerParams(logger),
    // The request line is written by httpLogger, mounted ahead of everything that may answer (the web desk, the
    // body parser), and the request id reaches every line through the mixin: no middleware of its own here.
    forRoutes: [],
  });
}

/** Nest's logger writing through `logger`, for a process that runs no Nest application (the CLI). */
export function nestLogger(logger: Logger): LoggerService {
  const params = nestLoggerParams(logger);
  return new NestPinoLogger(new PinoLogger(params), params);
}

function nestLoggerParams(logger: Logger): Params {
  return { pinoHttp: { logger }, useExisting: true };
}

/** One line per HTTP request (health and metrics scrapes left out), without credentials. */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    // The request id was chosen by the request-context middleware, which runs first.
    genReqId: (request) => (request as { id?: string }).id ?? 'none',
    autoLogging: { ignore: (request) => /^\/(health|metrics)/.test(request.url ?? '') },
    customSuccessMessage: (request, response, responseTime) =>
      `${request.method} ${request.url} ${response.statusCode} in ${Math.round(responseTime)} ms`,
    customErrorMessage: (request, response, error) =>
      `${request.method} ${request.url} ${response.statusCode}: ${error.message}`,
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: request.url,
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
}
