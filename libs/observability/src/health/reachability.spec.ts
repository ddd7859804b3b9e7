import { createServer } from 'node:net';
import { loadConfig, StartupError } from '@app/config';
import { checkReachable, unreachableMessage, UnreachableError } from './reachability';

/** A loopback port the OS handed out as free and that was closed again at once: nothing listens there. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function failure(check: Promise<void>): Promise<UnreachableError> {
  try {
    await check;
  } catch (error) {
    return error as UnreachableError;
  }
  throw new Error('expected the check to fail');
}

describe('checkReachable', () => {
  it('says which Postgres and which Redis do not answer, how to start them, and no password', async () => {
    const [postgresPort, redisPort] = [await closedPort(), await closedPort()];
    const config = loadConfig({
      DATABASE_URL: `postgres://factcheck:pg-SECRET@127.0.0.1:${postgresPort}/factcheck`,
      REDIS_URL: `redis://:redis-SECRET@127.0.0.1:${redisPort}/2`,
    });
    const error = await failure(checkReachable(config, ['postgres', 'redis']));
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toContain(
      `Cannot reach Postgres at postgres://factcheck:[redacted]@127.0.0.1:${postgresPort}/factcheck (ECONNREFUSED).\n`,
    );
    expect(error.message).toContain(
      `Cannot reach Redis at redis://:[redacted]@127.0.0.1:${redisPort}/2 (ECONNREFUSED).\n`,
    );
    expect(error.message).toMatch(/or set DATABASE_URL\.[\s\S]*or set REDIS_URL\.$/);
    expect(error.message).not.toContain('SECRET');
  });

  it('checks only what it is asked to', async () => {
    const config = loadConfig({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    await expect(checkReachable(config, [])).resolves.toBeUndefined();
    const error = await failure(checkReachable(config, ['redis']));
    expect(error.message).toMatch(/^Cannot reach Redis at/);
    expect(error.message).not.toContain('Postgres');
  });
});

describe('unreachableMessage', () => {
  it('tells how to start Postgres on Debian and with Docker, or where else to look', () => {
    const message = unreachableMessage('postgres', 'postgres://postgres@localhost:5432/factcheck', 'ETIMEDOUT');
    const [first, second] = message.split('\n');
    expect(first).toBe('Cannot reach Postgres at postgres://postgres@localhost:5432/factcheck (ETIMEDOUT).');
    expect(second).toMatch(/^Start it \(on Debian: `sudo (pg_ctlcluster \d+ main start|apt-get install postgresql)`; /);
    expect(second).toContain('`docker run -d -p 127.0.0.1:5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16`');
    expect(second).toMatch(/, or set DATABASE_URL\.$/);
  });

  it('tells how to start Redis on Debian and with Docker, or where else to look', () => {
    const [first, second] = unreachableMessage('redis', 'redis://localhost:6379', 'ENOTFOUND').split('\n');
    expect(first).toBe('Cannot reach Redis at redis://localhost:6379 (ENOTFOUND).');
    expect(second).toMatch(/^Start it \(on Debian: `sudo (service redis-server start|apt-get install redis-server)`; /);
    expect(second).toContain('`docker run -d -p 127.0.0.1:6379:6379 redis:7`');
    expect(second).toMatch(/, or set REDIS_URL\.$/);
  });
});
