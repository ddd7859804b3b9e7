import { LoggerService } from '@nestjs/common';
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

/**
 * Structured JSON logs (pino) for the api and the worker: one object a line, naming the process, and carrying the
 * request id of the work it is about.
 */
export function createLogger(level: LogLevel, processName: 'api' | 'worker'): Logger {
  // Written off the main thread: a synchronous write per line cost the API about a tenth of its CPU. Flushed when
  // the process exits, so the last lines are not lost.
  const destination = pino.destination({ dest: 1, sync: false });
  process.once('exit', () => destination.flushSync());
  return pino(
    {
      level: PINO_LEVEL[level],
      base: { process: processName },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Every line, whatever wrote it, just before it is written.
      hooks: { streamWrite: redactUrlSecrets },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

/** One line per HTTP request (health and metrics scrapes left out), without credentials. */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    // The request id was chosen by the request-context middleware, which runs first.
    genReqId: (request) => (request as { id?: string }).id ?? 'none',
    autoLogging: { ignore: (request) => /^\/(health|metrics)/.test(request.url ?? '') },
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

/** Nest's logger calls (`log(message, context)`, objects or strings) written through pino. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]) {
    // Nest passes the context (the class name) last; an error's stack comes before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message && typeof message === 'object' && !(message instanceof Error))
      this.logger[level]({ ...fields, ...message });
    else if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else this.logger[level](fields, String(message));
  }
}
