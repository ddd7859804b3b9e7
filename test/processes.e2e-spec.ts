import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TEST_REDIS_URL, TestDatabase, waitFor } from '@app/testing';

/** The apps as processes, as users run them: the CLI's commands and the worker's graceful stop. */
const ROOT = join(__dirname, '..');
// Each case starts Node with ts-node: seconds alone, more while other suites load the machine.
jest.setTimeout(120000);
const TS_NODE = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

function run(entry: string, args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  return spawnSync(process.execPath, [...TS_NODE, join(ROOT, entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    input: options.input,
    encoding: 'utf8',
    timeout: 60000,
  });
}

describe('the factcheck command', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(() => database?.drop());

  it('extracts quotes from stdin and from files, one JSON line each, without a database', () => {
    const result = run('apps/cli/src/main.ts', ['extract'], {
      input: '“Jobs grew 5 percent this year,” Mayor Ann Lee said.',
      env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1' },
    });
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0].file).toBe('<stdin>');
    expect(lines[0].quotes[0]).toMatchObject({
      kind: 'direct',
      speaker: { name: 'Ann Lee', type: 'person', title: 'Mayor' },
    });
    expect(lines[0].quotes[0].claims[0]).toMatchObject({
      checkworthiness: expect.any(Number),
      checkworthy: expect.any(Boolean),
    });

    const dir = mkdtempSync(join(tmpdir(), 'factcheck-'));
    writeFileSync(join(dir, 'a.txt'), '“Taxes doubled,” Governor Bo Kim said.');
    writeFileSync(join(dir, 'b.txt'), 'No quotes here at all.');
    const files = run('apps/cli/src/main.ts', ['extract', join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(files.status).toBe(0);
    const perFile = files.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(perFile.map((line) => line.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(perFile[0].quotes[0].speaker.name).toBe('Bo Kim');
    expect(perFile[1].quotes).toEqual([]);
  });

  it('scores one sentence a line', () => {
    const result = run('apps/cli/src/main.ts', ['checkworthy'], {
      input:
        'Unemployment fell to 3.1 percent in 2024, the lowest in twenty years.\n\nThank you all for coming tonight!\n',
    });
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.text)).toEqual([
      'Unemployment fell to 3.1 percent in 2024, the lowest in twenty years.',
      'Thank you all for coming tonight!',
    ]);
    expect(lines[0].checkworthiness).toBeGreaterThan(lines[1].checkworthiness);
    expect(lines[0].checkworthy).toBe(true);
    expect(lines[1].checkworthy).toBe(false);
  });

  it('creates a user and prints a key that authenticates', () => {
    const result = run('apps/cli/src/main.ts', ['users', 'create', '--name', 'Desk Editor', '--role', 'editor'], {
      env: { DATABASE_URL: database.url },
    });
    expect(result.status).toBe(0);
    const key = result.stdout.trim();
    expect(key).toMatch(/^fck_[A-Za-z0-9_-]{43}$/);
    expect(result.stderr).toContain('Desk Editor');
    const bad = run('apps/cli/src/main.ts', ['users', 'create', '--name', 'X', '--role', 'overlord'], {
      env: { DATABASE_URL: database.url },
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--role must be one of');
  });

  it('refuses a bad configuration with a message naming the variable', () => {
    const result = run('apps/cli/src/main.ts', ['migrate'], { env: { LEASE_SECONDS: '-1' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('LEASE_SECONDS');
  });
});

describe('the worker process', () => {
  let database: TestDatabase;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    worker?.kill('SIGKILL');
    await database?.drop();
  });

  it('stops gracefully on SIGTERM', async () => {
    let output = '';
    worker = spawn(process.execPath, [...TS_NODE, join(ROOT, 'apps/worker/src/main.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: `factcheck-test-${process.pid}`,
        WORKER_HEALTH_PORT: '0',
      },
    });
    worker.stdout!.on('data', (chunk) => (output += chunk));
    worker.stderr!.on('data', (chunk) => (output += chunk));
    await waitFor(() => output.includes('processing queues'), { timeoutMs: 30000, what: 'the worker to start' });
    const exited = new Promise<number | null>((resolve) => worker!.on('exit', (code) => resolve(code)));
    const stoppedAt = Date.now();
    worker.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) process.stderr.write(output); // what the worker said is the diagnosis
    expect(code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10000);
    expect(output).toContain('SIGTERM: shutting down');
    expect(output).toContain('stopped');
    expect(output).not.toMatch(/Error|ERROR/);
  }, 60000);
});
