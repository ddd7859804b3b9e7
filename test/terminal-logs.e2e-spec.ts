import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createTestDatabase, freePort, TEST_REDIS_URL, TestDatabase, waitFor } from '@app/testing';

/**
 * The API started from a terminal (a pseudo-terminal made by util-linux's `script`): its log lines, Nest's own
 * start-up lines among them, are pretty-printed for a person rather than written as JSON, and still keep no secret.
 */
const ROOT = join(__dirname, '..');
jest.setTimeout(120000);

describe('logs in a terminal', () => {
  let database: TestDatabase;
  let terminal: ChildProcess;
  let output = '';
  let port: number;
  const adminKey = `admin-${randomBytes(16).toString('hex')}`;
  /** What a person reads: the terminal's output without its colours and carriage returns. */
  const screen = () => output.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r/g, ''); // eslint-disable-line no-control-regex

  beforeAll(async () => {
    database = await createTestDatabase();
    port = await freePort();
    // The shell says its pid, then becomes the API (exec), so the test can signal the API itself.
    const command = `echo "pid $$"; exec ${process.execPath} -r ts-node/register/transpile-only -r tsconfig-paths/register apps/api/src/main.ts`;
    terminal = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: `factcheck-tty-${randomBytes(4).toString('hex')}`,
        ADMIN_API_KEY: adminKey,
        PORT: String(port),
        LOG_LEVEL: 'log',
      },
    });
    terminal.stdout!.on('data', (chunk) => (output += chunk));
    terminal.stderr!.on('data', (chunk) => (output += chunk));
    await waitFor(() => screen().includes('listening on'), { timeoutMs: 60000, what: 'the API to start' });
  });

  afterAll(async () => {
    if (terminal?.exitCode === null) terminal.kill('SIGKILL');
    await database?.drop();
  });

  it('pretty-prints every line, Nest’s start-up lines in the same form as the service’s own', () => {
    const lines = screen()
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('pid '));
    expect(lines.filter((line) => line.startsWith('{'))).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: api \[InstanceLoader\] ApiModule dependencies initialized$/,
        ),
        expect.stringMatching(
          /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: api \[NestApplication\] Nest application successfully started$/,
        ),
        expect.stringMatching(new RegExp(`^\\[[\\d:.]+\\] INFO: api \\[API\\] listening on http://localhost:${port}$`)),
      ]),
    );
  });

  it('says each request in one line, with the request id beneath it and no secret from the address', async () => {
    const secret = `secret-${randomBytes(8).toString('hex')}`;
    const response = await fetch(`http://127.0.0.1:${port}/v1/claims?api_key=${secret}&page=2`, {
      headers: { 'x-request-id': 'tty-request' },
    });
    expect(response.status).toBe(401);
    await waitFor(() => screen().includes('requestId: "tty-request"'), { what: 'the request line' });
    expect(screen()).toMatch(
      /INFO: api GET \/v1\/claims\?api_key=\[redacted\]&page=2 401 in \d+ ms\n\s+requestId: "tty-request"/,
    );
    expect(output).not.toContain(secret);
    expect(output).not.toContain(adminKey);
  });

  it('still writes the last lines when it stops on SIGTERM', async () => {
    const pid = Number(/^pid (\d+)/m.exec(screen())![1]);
    const exited = new Promise<number | null>((resolve) => terminal.once('exit', resolve));
    process.kill(pid, 'SIGTERM');
    expect(await exited).toBe(0);
    expect(screen()).toMatch(/INFO: api \[API\] SIGTERM: shutting down\n.*INFO: api \[API\] stopped/);
  });
});
