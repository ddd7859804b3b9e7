import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { extractQuotes } from '@app/extraction';
import { TEST_POSTGRES_URL, waitFor } from '@app/testing';
import {
  ApiClient,
  createDatabase,
  faultEnv,
  FAULT_HOOKS,
  freePort,
  PostgresServer,
  RedisServer,
  ServiceProcess,
} from './harness';

/** A whole deployment for one fault test: its own Redis (and optionally Postgres), the API and workers as processes. */
export interface Stack {
  env: Record<string, string>;
  redis: RedisServer;
  postgres?: PostgresServer;
  pool: Pool;
  api: ServiceProcess;
  client: ApiClient;
  /** A worker process (not started), with the fault hooks preloaded. */
  worker(name: string, env?: Record<string, string>): ServiceProcess;
  count(sql: string, params?: unknown[]): Promise<number>;
  stop(): Promise<void>;
}

export async function startStack(
  options: { env?: Record<string, string>; ownPostgres?: boolean } = {},
): Promise<Stack> {
  const redis = await RedisServer.start();
  const postgres = options.ownPostgres ? await PostgresServer.start() : undefined;
  const database = await createDatabase((name) =>
    postgres ? postgres.url(name) : TEST_POSTGRES_URL.replace(/\/[^/]*$/, `/${name}`),
  );
  const env = faultEnv({
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    PORT: String(await freePort()),
    ...options.env,
  });
  const api = await new ServiceProcess('api', 'api', env).start();
  const workers: ServiceProcess[] = [];
  const stack: Stack = {
    env,
    redis,
    postgres,
    pool: database.pool,
    api,
    client: new ApiClient(`http://127.0.0.1:${env.PORT}`, env.ADMIN_API_KEY),
    worker: (name, extra = {}) => {
      const worker = new ServiceProcess(name, 'worker', { ...env, WORKER_NAME: name, ...extra }, FAULT_HOOKS);
      workers.push(worker);
      return worker;
    },
    count: async (sql, params) => Number((await stack.pool.query(sql, params)).rows[0].count),
    stop: async () => {
      await Promise.all(workers.map((worker) => worker.stop().catch(() => undefined)));
      await api.stop().catch(() => undefined);
      await stack.pool.end().catch(() => undefined);
      if (postgres) postgres.destroy();
      else await dropDatabase(new URL(database.url).pathname.slice(1));
      await redis.stop();
    },
  };
  return stack;
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** What one correct extraction of these bodies stores: any duplicate or loss shows up as a different count. */
export function expectedCounts(bodies: string[]): { quotes: number; claims: number } {
  let quotes = 0;
  let claims = 0;
  for (const body of bodies) {
    const result = extractQuotes(body);
    quotes += result.quotes.length;
    claims += result.quotes.reduce((sum, quote) => sum + quote.claims.length, 0);
  }
  return { quotes, claims };
}

export async function waitForArticles(
  stack: Stack,
  ids: string[],
  status = 'extracted',
  timeoutMs = 90000,
): Promise<void> {
  await waitFor(
    async () =>
      (await stack.count(`SELECT count(*) FROM articles WHERE id = ANY($1) AND status = $2`, [ids, status])) ===
      ids.length,
    { timeoutMs, intervalMs: 200, what: `${ids.length} articles to be ${status}` },
  );
}

export async function waitForTriage(stack: Stack, ids: string[], timeoutMs = 60000): Promise<void> {
  await waitFor(
    async () =>
      (await stack.count(`SELECT count(*) FROM claims WHERE article_id = ANY($1) AND triaged_at IS NULL`, [ids])) === 0,
    { timeoutMs, intervalMs: 200, what: 'every claim to be triaged' },
  );
}

export const runId = () => randomBytes(6).toString('hex');
