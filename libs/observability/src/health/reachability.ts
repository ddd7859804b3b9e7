import { existsSync, readdirSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig, redisOptionsFromUrl, StartupError } from '@app/config';
import { redactUrlSecrets } from '../logger';

/** A server a process needs. */
export type Dependency = 'postgres' | 'redis';

/** How long a server has to answer at start-up. */
const TIMEOUT_MS = 3000;

/** A server the process needs did not answer or refused it; the message says which, where, and what to do. */
export class UnreachableError extends StartupError {
  constructor(message: string) {
    super(message);
    this.name = 'UnreachableError';
  }
}

/**
 * Checks, before the process starts anything, that the servers it needs answer: whoever starts the service (npm
 * start, start:api, start:worker, factcheck migrate) learns which one is missing, at which address (never with its
 * password) and how to start it, instead of reading a connection error's stack. Once running, the service rides
 * out their outages as before. `migrate` creates the database, so it may not exist yet.
 */
export async function checkReachable(
  config: AppConfig,
  needs: readonly Dependency[],
  { databaseMayBeMissing = false }: { databaseMayBeMissing?: boolean } = {},
): Promise<void> {
  const problems = await Promise.all(
    needs.map((dependency) =>
      dependency === 'postgres'
        ? postgresProblem(config.DATABASE_URL, databaseMayBeMissing)
        : redisProblem(config.REDIS_URL),
    ),
  );
  const found = problems.filter((problem): problem is string => problem !== null);
  if (found.length > 0) throw new UnreachableError(found.join('\n\n'));
}

async function postgresProblem(url: string, databaseMayBeMissing: boolean): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    const { code, message } = describe(error);
    if (code === '3D000') {
      return databaseMayBeMissing
        ? null
        : `Postgres at ${shown(url)} has no database ${JSON.stringify(new URL(url).pathname.slice(1))} (3D000).\n` +
            'Create it and its tables with `npx factcheck migrate` (`npm start` does this itself).';
    }
    if (code === '28P01' || code === '28000') {
      return `Postgres at ${shown(url)} refused the login (${code}: ${message}).\nCheck the user and password in DATABASE_URL.`;
    }
    return unreachableMessage('postgres', url, code ?? message);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisProblem(url: string): Promise<string | null> {
  let cause: Error | undefined;
  let timer: NodeJS.Timeout | undefined;
  // One time limit for connecting and for the answer to PING (a port where something else listens may never answer).
  const redis = new Redis({
    ...redisOptionsFromUrl(url),
    lazyConnect: true,
    connectTimeout: 0,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // ioredis rejects connect() with "Connection is closed." and reports the reason as an event.
  redis.on('error', (error: Error) => (cause ??= error));
  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('no answer'), { code: 'ETIMEDOUT' })), TIMEOUT_MS);
      }),
    ]);
    return null;
  } catch (error) {
    const { code, message } = describe(cause ?? error);
    if (/^(NOAUTH|WRONGPASS)/.test(message)) {
      return `Redis at ${shown(url)} refused the login (${message}).\nCheck the user and password in REDIS_URL.`;
    }
    return unreachableMessage('redis', url, code ?? message);
  } finally {
    clearTimeout(timer);
    // Closing a connection that already ended starts a timer that nothing clears.
    if (redis.status !== 'end') redis.disconnect();
  }
}

/** What to tell a person whose server does not answer: where it was looked for, why not, how to start one. */
export function unreachableMessage(dependency: Dependency, url: string, reason: string): string {
  if (dependency === 'postgres') {
    const version = debianPostgresVersion();
    const debian = version ? `sudo pg_ctlcluster ${version} main start` : 'sudo apt-get install postgresql';
    return (
      `Cannot reach Postgres at ${shown(url)} (${reason}).\n` +
      `Start it (on Debian: \`${debian}\`; with Docker: ` +
      '`docker run -d -p 127.0.0.1:5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16`), or set DATABASE_URL.'
    );
  }
  const debian = existsSync('/usr/bin/redis-server')
    ? 'sudo service redis-server start'
    : 'sudo apt-get install redis-server';
  return (
    `Cannot reach Redis at ${shown(url)} (${reason}).\n` +
    `Start it (on Debian: \`${debian}\`; with Docker: \`docker run -d -p 127.0.0.1:6379:6379 redis:7\`), or set REDIS_URL.`
  );
}

/** The newest PostgreSQL installed from Debian's packages, whose cluster pg_ctlcluster starts. */
function debianPostgresVersion(): string | undefined {
  if (!existsSync('/etc/postgresql')) return undefined;
  return readdirSync('/etc/postgresql')
    .filter((entry) => /^\d+$/.test(entry))
    .sort((a, b) => Number(b) - Number(a))[0];
}

/** An address as it may be printed: without its password. */
function shown(url: string): string {
  return redactUrlSecrets(url);
}

function describe(error: unknown): { code?: string; message: string } {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message ? message : String(error);
  // pg's own timeout has no code; say it as the network would.
  if (/timeout/i.test(text) && typeof code !== 'string') return { code: 'ETIMEDOUT', message: text };
  return { code: typeof code === 'string' ? code : undefined, message: text };
}
