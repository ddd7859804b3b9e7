import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createTestDatabase, freePort, TEST_REDIS_URL, TestDatabase, waitFor } from '@app/testing';

/** The api and the worker as processes: JSON logs that follow a request id into the worker, health on both. */
const ROOT = join(__dirname, '..');
const TS_NODE = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];
jest.setTimeout(120000);

class App {
  output = '';
  readonly process: ChildProcess;

  constructor(entry: string, env: Record<string, string>) {
    this.process = spawn(process.execPath, [...TS_NODE, join(ROOT, entry)], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    this.process.stdout!.on('data', (chunk) => (this.output += chunk));
    this.process.stderr!.on('data', (chunk) => (this.output += chunk));
  }

  lines(): Record<string, any>[] {
    return this.output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
  }
}

describe('logs and health of the running processes', () => {
  let database: TestDatabase;
  let api: App;
  let worker: App;
  let port: number;
  const adminKey = `admin-${randomBytes(16).toString('hex')}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    port = await freePort();
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `factcheck-logs-${randomBytes(4).toString('hex')}`,
      ADMIN_API_KEY: adminKey,
      PORT: String(port),
      WORKER_HEALTH_PORT: '0',
      LOG_LEVEL: 'log',
    };
    api = new App('apps/api/src/main.ts', env);
    worker = new App('apps/worker/src/main.ts', env);
    await waitFor(() => api.output.includes('listening on') && worker.output.includes('processing queues'), {
      timeoutMs: 60000,
      what: 'the api and the worker to start',
    });
  });

  afterAll(async () => {
    for (const app of [api, worker]) app?.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await database?.drop();
  });

  it('logs JSON lines in which a request id follows an article from the API into the worker, and never a key', async () => {
    const requestId = `trace-${randomBytes(6).toString('hex')}`;
    const response = await fetch(`http://127.0.0.1:${port}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ body: '“Exports rose 9 percent last year,” Minister Ada Vale said.' }),
    });
    expect(response.status).toBe(202);
    const { id } = await response.json();
    const workerLines = await waitFor(
      () => {
        const lines = worker.lines().filter((line) => line.requestId === requestId);
        return lines.some((line) => String(line.msg).startsWith('ExtractArticle done')) && lines;
      },
      { timeoutMs: 30000, what: "the worker's log lines for the article" },
    );
    expect(workerLines.find((line) => String(line.msg).startsWith('ExtractArticle done'))).toMatchObject({
      articleId: id,
      process: 'worker',
      level: 30,
    });
    const apiLine = api.lines().find((line) => line.req?.id === requestId);
    expect(apiLine).toMatchObject({
      process: 'api',
      req: { method: 'POST', url: '/v1/articles' },
      res: { statusCode: 202 },
    });
    expect(api.output + worker.output).not.toContain(adminKey);
  });

  it("writes Nest's own start-up lines into the same stream: every line is JSON, naming its process", () => {
    for (const [app, name] of [
      [api, 'api'],
      [worker, 'worker'],
    ] as const) {
      const lines = app.output.split('\n').filter((line) => line.trim());
      expect({ name, notJson: lines.filter((line) => !line.startsWith('{')) }).toEqual({ name, notJson: [] });
      expect(app.lines().find((line) => line.context === 'NestApplication')).toMatchObject({
        process: name,
        level: 30,
        msg: 'Nest application successfully started',
      });
      expect(app.lines().find((line) => line.context === 'InstanceLoader')).toMatchObject({ process: name });
    }
  });

  it('writes no key, token, secret or signature from an address, and no Authorization or Cookie header', async () => {
    const secret = (name: string) => `${name}-${randomBytes(8).toString('hex')}`;
    const [apiKey, token, signature, password, bearer, cookie] = [
      'apikey',
      'token',
      'signature',
      'password',
      'bearer',
      'cookie',
    ].map(secret);
    const requestId = `redact-${randomBytes(6).toString('hex')}`;
    const refused = await fetch(`http://127.0.0.1:${port}/v1/claims?api_key=${apiKey}&token=${token}&page=2`, {
      headers: { 'x-request-id': requestId },
    });
    expect(refused.status).toBe(401);
    const others = [
      `/v1/claims?apiKey=${apiKey}&access_token=${token}&X-Signature=${signature}&page=2`,
      `/v1/nothing-here?PASSWORD=${password}&page=2`,
    ];
    for (const path of others) {
      await fetch(`http://127.0.0.1:${port}${path}`, {
        headers: { authorization: `Bearer ${bearer}`, cookie: `session=${cookie}` },
      });
    }
    const lines = await waitFor(
      () => {
        const found = api.lines().filter((line) => /[?&]page=2\b/.test(String(line.req?.url)));
        return found.length === 3 && found;
      },
      { what: 'the three request lines' },
    );
    expect(lines.find((line) => line.req.id === requestId)).toMatchObject({
      req: { method: 'GET', url: '/v1/claims?api_key=[redacted]&token=[redacted]&page=2' },
      res: { statusCode: 401 },
    });
    for (const value of [apiKey, token, signature, password, bearer, cookie]) expect(api.output).not.toContain(value);
  });

  it('serves health and metrics on the worker’s own port', async () => {
    const line = worker.lines().find((entry) => /health and metrics on /.test(String(entry.msg)));
    const base = String(line!.msg)
      .split('health and metrics on ')[1]
      .replace('[::1]', '127.0.0.1')
      .replace('[::]', '127.0.0.1');
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).checks).toEqual({ postgres: 'up', redis: 'up', migrations: 'current' });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/factcheck_jobs_completed_total\{queue="extract",outcome="done"\} [1-9]/);
  });

  it.each([
    ['apps/api/src/main.ts', { DATABASE_URL: 'mysql://somewhere/db' }, 'DATABASE_URL'],
    ['apps/worker/src/main.ts', { LEASE_SECONDS: '-5' }, 'LEASE_SECONDS'],
  ])('%s refuses to start on a bad %o', (entry, env, variable) => {
    const result = spawnSync(process.execPath, [...TS_NODE, join(ROOT, entry)], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain(variable);
  });
});
