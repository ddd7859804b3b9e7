import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestDatabase, freePort, TEST_POSTGRES_URL, TEST_REDIS_URL, TestDatabase } from '@app/testing';
import { startTestService, TestService } from './support';

/** What a newcomer meets: starting without Postgres or Redis, a bad setting, and `curl localhost:3000/`. */
const ROOT = join(__dirname, '..');
const TS_NODE = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];
// Each start is a Node process compiling TypeScript: seconds alone, more while other suites load the machine.
jest.setTimeout(120000);

function start(entry: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [...TS_NODE, join(ROOT, entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, ADMIN_API_KEY: `admin-${randomBytes(12).toString('hex')}`, ...env },
    encoding: 'utf8',
    timeout: 90000,
  });
}

describe('starting without Postgres or Redis', () => {
  let database: TestDatabase;
  /** Loopback addresses the OS handed out as free and that were closed again at once: nothing listens there. */
  let postgresDown: string;
  let redisDown: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    postgresDown = `postgres://factcheck:pg-SECRET@127.0.0.1:${await freePort()}/factcheck`;
    redisDown = `redis://:redis-SECRET@127.0.0.1:${await freePort()}`;
  });

  afterAll(() => database?.drop());

  const expectRefusal = (result: ReturnType<typeof start>, message: RegExp) => {
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 1,
      stderr: expect.stringMatching(message),
    });
    expect(result.stderr + result.stdout).not.toContain('SECRET');
    // A sentence for a person, not a stack.
    expect(result.stderr).not.toMatch(/^\s+at /m);
  };
  const postgresMessage = () =>
    new RegExp(
      `^Cannot reach Postgres at ${escape(postgresDown.replace('pg-SECRET', '[redacted]'))} \\(ECONNREFUSED\\)\\.\\n` +
        'Start it \\(on Debian: `[^`]+`; with Docker: `docker run [^`]+`\\), or set DATABASE_URL\\.\\n$',
    );
  const redisMessage = () =>
    new RegExp(
      `^Cannot reach Redis at ${escape(redisDown.replace('redis-SECRET', '[redacted]'))} \\(ECONNREFUSED\\)\\.\\n` +
        'Start it \\(on Debian: `[^`]+`; with Docker: `docker run [^`]+`\\), or set REDIS_URL\\.\\n$',
    );

  it('npm run start:api names the Postgres it cannot reach, and how to start it', () => {
    expectRefusal(
      start('apps/api/src/main.ts', [], { DATABASE_URL: postgresDown, REDIS_URL: TEST_REDIS_URL }),
      postgresMessage(),
    );
  });

  it('npm run start:worker names the Redis it cannot reach, and how to start it', () => {
    expectRefusal(
      start('apps/worker/src/main.ts', [], {
        DATABASE_URL: database.url,
        REDIS_URL: redisDown,
        WORKER_HEALTH_PORT: '0',
      }),
      redisMessage(),
    );
  });

  it('factcheck migrate names the Postgres it cannot reach', () => {
    expectRefusal(start('apps/cli/src/main.ts', ['migrate'], { DATABASE_URL: postgresDown }), postgresMessage());
  });

  it('npm start (factcheck serve) names the Redis it cannot reach before it migrates or starts anything', () => {
    const fresh = new URL(TEST_POSTGRES_URL);
    fresh.pathname = `/factcheck_never_${randomBytes(4).toString('hex')}`;
    const result = start('apps/cli/src/main.ts', ['serve'], { DATABASE_URL: fresh.toString(), REDIS_URL: redisDown });
    expectRefusal(result, redisMessage());
    expect(result.stdout).not.toMatch(/created database|listening on|processing queues/);
  });

  it('npm run start:api on a database not yet created says to migrate', () => {
    const missing = new URL(database.url);
    missing.pathname = `/factcheck_missing_${randomBytes(4).toString('hex')}`;
    expectRefusal(
      start('apps/api/src/main.ts', [], { DATABASE_URL: missing.toString(), REDIS_URL: TEST_REDIS_URL }),
      /^Postgres at postgres:\/\/.+ has no database "factcheck_missing_\w+" \(3D000\)\.\nCreate it and its tables with `npx factcheck migrate`/,
    );
  });

  it('refuses a bad RATING_SCALE with a message naming it', () => {
    const result = start('apps/api/src/main.ts', [], {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      RATING_SCALE: '[{"name": "Only", "value": 0}]',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'Invalid configuration:\n  - RATING_SCALE is not a valid rating scale: invalid rating scale: ' +
        'rating 1 ("Only"): value must be an integer of at least 1\n',
    );
  });
});

describe('GET / (curl localhost:3000/)', () => {
  const folders: string[] = [];
  const folder = (files: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-desk-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    folders.push(dir);
    return dir;
  };
  const services: TestService[] = [];
  const service = async (deskDir: string) => {
    const started = await startTestService({ worker: false, env: { WEB_DESK_DIR: deskDir } });
    services.push(started);
    return started;
  };

  afterAll(async () => {
    await Promise.all(services.map((started) => started.stop()));
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('without the desk built: a short index of where things are and how to build the desk, for curl and browsers', async () => {
    const api = await service(folder());
    for (const accept of ['*/*', 'text/html,application/xhtml+xml,*/*;q=0.8', 'application/json']) {
      const response = await api.http(null).get('/').set('Accept', accept);
      expect({ accept, status: response.status, type: response.headers['content-type'] }).toEqual({
        accept,
        status: 200,
        type: expect.stringMatching(/^application\/json/),
      });
      expect(response.body).toEqual({
        service: 'factcheck',
        desk: expect.stringContaining('npm run build:web'),
        paths: {
          '/docs': expect.any(String),
          '/docs-json': expect.any(String),
          '/v1/...': expect.stringContaining('Authorization: Bearer'),
          '/health/live': expect.any(String),
          '/health/ready': expect.any(String),
          '/metrics': expect.any(String),
          '/admin/queues': expect.any(String),
        },
      });
    }
    // Every address it names answers (the API's, without a key: 401, not 404).
    for (const path of ['/docs', '/docs-json', '/health/live', '/metrics']) await api.http(null).get(path).expect(200);
    await api.http(null).get('/v1/me').expect(401);
    await request(api.api.getHttpServer()).head('/').expect(200);
  });

  it('with the desk built: the desk’s page for a browser, the index (pointing at the desk) for curl', async () => {
    const api = await service(folder({ 'index.html': '<!doctype html><title>factcheck desk</title>' }));
    const page = await api.http(null).get('/').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<title>factcheck desk</title>');
    const index = await api.http(null).get('/').set('Accept', '*/*').expect(200);
    expect(index.body.desk).toMatch(/^Open \/ in a browser/);
    expect(index.body.paths['/']).toBe('the web desk (in a browser)');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
