import { Pool, PoolClient } from 'pg';
import { waitFor } from '@app/testing';
import { startTestService, TestService } from './support';

/**
 * Every connection busy (a burst, or a request stuck behind a lock): the next request is told to come back, with a
 * 503 problem and Retry-After, and stores nothing; the requests already in hand finish.
 */
describe('a database with no free connection', () => {
  let service: TestService;
  let locker: Pool;
  let lock: PoolClient;

  beforeAll(async () => {
    service = await startTestService({
      worker: false,
      env: { DATABASE_POOL_SIZE: '1', DATABASE_CONNECT_TIMEOUT_MS: '200' },
    });
    locker = new Pool({ connectionString: service.database.url, max: 1 });
  });

  afterAll(async () => {
    lock?.release();
    await locker.end();
    await service.stop();
  });

  it('answers 503 with Retry-After and stores nothing; the request holding the connection goes through', async () => {
    lock = await locker.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE articles IN ACCESS EXCLUSIVE MODE');
    // The first request takes the only connection and waits behind the lock.
    const first = service.http().post('/v1/articles').send({ body: '“Fares fell 3 percent,” the mayor said.' }).then();
    await waitFor(
      async () =>
        (
          await service.query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
        ).length === 1,
      { what: 'the first request to wait behind the lock' },
    );
    const second = await service
      .http()
      .post('/v1/articles')
      .send({ body: '“Rents rose 9 percent,” the governor said.' })
      .expect(503);
    expect(second.headers['retry-after']).toBe('2');
    expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(second.body).toMatchObject({ status: 503, detail: expect.stringMatching(/nothing was stored/) });
    expect(second.text).not.toMatch(/timeout exceeded|pg-pool/);
    await lock.query('COMMIT');
    expect((await first).status).toBe(202);
    expect(await service.query(`SELECT body FROM articles`)).toEqual([
      { body: '“Fares fell 3 percent,” the mayor said.' },
    ]);
  });
});
