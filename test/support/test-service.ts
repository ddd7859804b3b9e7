import { randomBytes } from 'node:crypto';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { Pool } from 'pg';
import request from 'supertest';
import { AppConfig, loadConfig } from '@app/config';
import { ratingScaleProblems } from '@app/publishing';
import { createTestDatabase, TEST_REDIS_URL, TestDatabase } from '@app/testing';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';

export interface TestService {
  config: AppConfig;
  database: TestDatabase;
  api: INestApplication;
  worker?: INestApplicationContext;
  adminKey: string;
  /** Direct SQL on the suite's database, to check what was (not) stored. */
  query<Row = Record<string, any>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** A supertest request against the API, with a key (the admin key unless another is given). */
  http(key?: string | null): {
    get: (path: string) => request.Test;
    post: (path: string) => request.Test;
    put: (path: string) => request.Test;
    patch: (path: string) => request.Test;
    delete: (path: string) => request.Test;
  };
  startWorker(): Promise<INestApplicationContext>;
  stopWorker(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The API (and by default the worker) in this process, on a fresh database and a queue prefix of their own, with
 * the real Postgres and Redis.
 */
export async function startTestService(
  options: { worker?: boolean; env?: Record<string, string> } = {},
): Promise<TestService> {
  const database = await createTestDatabase();
  const adminKey = `admin-${randomBytes(16).toString('hex')}`;
  const prefix = `factcheck-test-${randomBytes(6).toString('hex')}`;
  const config = loadConfig(
    {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      ADMIN_API_KEY: adminKey,
      WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
      WEBHOOK_RETRY_SCALE: '0.001',
      WEBHOOK_TIMEOUT_MS: '2000',
      OUTBOX_POLL_MS: '50',
      LOG_LEVEL: 'warn',
      // Suites poll the API while they wait; the rate limit has a suite of its own (test/security.e2e-spec.ts).
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...options.env,
    },
    [ratingScaleProblems],
  );
  const api = await createApiApp(config, { logger: false });
  const pool = new Pool({ connectionString: database.url, max: 2 });
  pool.on('error', () => undefined);
  const service: TestService = {
    config,
    database,
    api,
    adminKey,
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    http: (key = adminKey) => {
      const agent = request(api.getHttpServer());
      const withKey = (test: request.Test) => (key ? test.set('Authorization', `Bearer ${key}`) : test);
      return {
        get: (path) => withKey(agent.get(path)),
        post: (path) => withKey(agent.post(path)),
        put: (path) => withKey(agent.put(path)),
        patch: (path) => withKey(agent.patch(path)),
        delete: (path) => withKey(agent.delete(path)),
      };
    },
    startWorker: async () => {
      service.worker ??= await createWorkerApp(config, { logger: false });
      return service.worker;
    },
    stopWorker: async () => {
      await service.worker?.close();
      service.worker = undefined;
    },
    stop: async () => {
      await service.stopWorker();
      await api.close();
      await pool.end();
      await database.drop();
      await deleteRedisPrefix(prefix);
    },
  };
  if (options.worker !== false) await service.startWorker();
  return service;
}

async function deleteRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Creates a user with the role and returns their API key. */
export async function createUserKey(
  service: TestService,
  role: string,
  name = `${role} ${randomBytes(3).toString('hex')}`,
) {
  const response = await service.http().post('/v1/users').send({ name, role }).expect(201);
  return response.body as { id: string; name: string; role: string; apiKey: string };
}
