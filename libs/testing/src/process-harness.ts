import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { ensureDatabase, runMigrations } from '@app/database';
import { waitFor } from './wait-for';

/**
 * The service as real processes, for the fault-injection suite and the benchmarks: private Redis and Postgres
 * servers that can be killed and restarted, the compiled apps as child processes, a small API client.
 */

export const PROJECT_ROOT = join(__dirname, '../../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A Redis server of the test's own, so it can be killed, flushed and restarted without touching anything else. */
export class RedisServer {
  private process?: ChildProcess;

  constructor(readonly port: number) {}

  get pid(): number | undefined {
    return this.process?.pid;
  }

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await waitFor(
      () => spawnSync('redis-cli', ['-p', String(this.port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG',
      {
        what: 'redis to start',
      },
    );
  }

  /** Dies at once, losing everything in memory. */
  async kill(): Promise<void> {
    const exited = new Promise((resolve) => this.process?.once('exit', resolve));
    this.process?.kill('SIGKILL');
    await exited;
    this.process = undefined;
  }

  flushAll(): void {
    spawnSync('redis-cli', ['-p', String(this.port), 'FLUSHALL']);
  }

  async stop(): Promise<void> {
    if (this.process) await this.kill();
  }
}

/** A PostgreSQL cluster of the test's own (initdb in a temporary folder), so it can be restarted mid-run. */
export class PostgresServer {
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<PostgresServer> {
    const bin = PostgresServer.bin();
    const dir = mkdtempSync(join(tmpdir(), 'factcheck-pg-'));
    if (process.getuid?.() === 0) chownSync(dir, postgresUid(), postgresUid());
    const server = new PostgresServer(await freePort(), dir);
    server.run(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    server.start();
    return server;
  }

  private static bin(): string {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    return join('/usr/lib/postgresql', versions[0], 'bin');
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Returns once the server accepts connections (`pg_ctl -w` waits). */
  start(): void {
    this.run(join(PostgresServer.bin(), 'pg_ctl'), [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  }

  /** A fast shutdown: every connection is cut, as in a real restart. Returns once the server is down. */
  stop(): void {
    this.run(join(PostgresServer.bin(), 'pg_ctl'), ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  }

  destroy(): void {
    try {
      this.stop();
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private run(command: string, args: string[]): void {
    const asPostgres = process.getuid?.() === 0;
    const result = asPostgres
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  }
}

function postgresUid(): number {
  return Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
}

/** One of the apps as a real process (compiled, as in production), with its output kept for assertions. */
export class ServiceProcess {
  output = '';
  private process?: ChildProcess;
  private exit?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly name: string,
    private readonly entry: 'api' | 'worker',
    private readonly env: Record<string, string>,
    private readonly preload?: string,
    private readonly nodeArgs: string[] = [],
  ) {}

  get pid(): number | undefined {
    return this.process?.pid;
  }

  async start(): Promise<this> {
    const args = [
      ...this.nodeArgs,
      ...(this.preload ? ['-r', this.preload] : []),
      join(PROJECT_ROOT, `dist/apps/${this.entry}/src/main.js`),
    ];
    this.process = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...this.env } });
    const append = (chunk: Buffer) => {
      const text = chunk.toString();
      this.output += text;
      if (process.env.FAULTS_VERBOSE) process.stderr.write(`[${this.name}] ${text}`);
    };
    this.process.stdout!.on('data', append);
    this.process.stderr!.on('data', append);
    this.exit = new Promise((resolve) => this.process!.once('exit', (code, signal) => resolve({ code, signal })));
    const ready = this.entry === 'api' ? /listening on/ : /processing queues/;
    // Several processes starting at once on a small, busy machine (the bench's three workers) take a while.
    await waitFor(() => ready.test(this.output) || this.process?.exitCode !== null, {
      timeoutMs: 60000,
      what: `${this.name} to start`,
    });
    if (!ready.test(this.output)) throw new Error(`${this.name} exited at start:\n${this.output}`);
    return this;
  }

  signal(signal: NodeJS.Signals): void {
    this.process?.kill(signal);
  }

  async waitForExit(timeoutMs = 30000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${this.name} did not exit in ${timeoutMs} ms`)), timeoutMs).unref(),
    );
    return Promise.race([this.exit!, timeout]);
  }

  async kill9(): Promise<void> {
    this.signal('SIGKILL');
    await this.waitForExit();
  }

  async stop(): Promise<void> {
    if (!this.process || this.process.exitCode !== null || this.process.signalCode !== null) return;
    this.signal('SIGTERM');
    await this.waitForExit(30000).catch(() => this.kill9());
  }
}

/** A database of the test's own on a server, migrated. */
export async function createDatabase(serverUrl: (database: string) => string): Promise<{ url: string; pool: Pool }> {
  const url = serverUrl(`factcheck_fault_${randomBytes(5).toString('hex')}`);
  await ensureDatabase(url);
  await runMigrations(url);
  const pool = new Pool({ connectionString: url, max: 3 });
  pool.on('error', () => undefined);
  return { url, pool };
}

/** A JSON answer as the API sent it; the test that reads it asserts its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the data under test, as in the tests themselves
type JsonAnswer = any;

/** A small client of the running API. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly key: string,
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    key = this.key,
  ): Promise<{ status: number; body: JsonAnswer; headers: Headers }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null, headers: response.headers };
  }

  /** Posts an article as a newsroom's client should: a 503 (every connection busy) is tried again after Retry-After. */
  async postArticle(body: string, extra: Record<string, unknown> = {}): Promise<string> {
    let response = await this.request('POST', '/v1/articles', { body, ...extra });
    for (let retry = 0; response.status === 503 && retry < 5; retry++) {
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
      response = await this.request('POST', '/v1/articles', { body, ...extra });
    }
    if (response.status !== 202)
      throw new Error(`POST /v1/articles answered ${response.status}: ${JSON.stringify(response.body)}`);
    return (response.body as { id: string }).id;
  }
}
