import { AppConfig, loadConfig } from '@app/config';
import { createTestDatabase, freePort, TestDatabase } from '@app/testing';
import { Database, sql } from './database';
import { DatabaseUnavailableError } from './postgres-errors';

/** The one way to Postgres, on the real server: parameters, transactions, pipelines, and "not now" told apart. */
describe('Database', () => {
  let database: TestDatabase;
  let db: Database;
  const configFor = (env: Record<string, string>): AppConfig => loadConfig({ DATABASE_URL: database.url, ...env });

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Database(configFor({}));
    await db.query(sql`CREATE TABLE notes (id int PRIMARY KEY, text text NOT NULL)`);
  });

  afterAll(async () => {
    await db.onApplicationShutdown();
    await database.drop();
  });

  beforeEach(() => db.query(sql`TRUNCATE notes`));

  it('sends every value as a parameter, never as SQL', async () => {
    const hostile = `'); DROP TABLE notes; --`;
    await db.query(sql`INSERT INTO notes VALUES (${1}, ${hostile})`);
    expect(await db.query(sql`SELECT text FROM notes WHERE id = ${1}`)).toEqual([{ text: hostile }]);
  });

  it('undoes a whole transaction when its work throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(sql`INSERT INTO notes VALUES (1, 'kept?')`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.query(sql`SELECT * FROM notes`)).toEqual([]);
  });

  it('runs a pipeline as one transaction: each statement sees the ones before, a failure undoes them all', async () => {
    const [, counted] = await db.pipeline([
      sql`INSERT INTO notes VALUES (1, 'one')`,
      sql`SELECT count(*)::int AS n FROM notes`,
    ]);
    expect(counted).toEqual([{ n: 1 }]);
    await expect(
      db.pipeline([sql`INSERT INTO notes VALUES (2, 'two')`, sql`INSERT INTO notes VALUES (1, 'a duplicate')`]),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await db.query(sql`SELECT id FROM notes ORDER BY id`)).toEqual([{ id: 1 }]);
    // The failed pipeline's connection went back to the pool fit for use.
    expect(await db.query(sql`SELECT count(*)::int AS n FROM notes`)).toEqual([{ n: 1 }]);
  });

  it('prepares a prepared pipeline’s statements once per connection, and a failure in one leaves them usable', async () => {
    const single = new Database(configFor({ DATABASE_POOL_SIZE: '1' }));
    const insertAndCount = (id: number) => [
      sql`INSERT INTO notes VALUES (${id}, ${`note ${id}`})`,
      sql`SELECT count(*)::int AS n FROM notes WHERE id <= ${id}`,
    ];
    const preparedHere = () =>
      single.query<{ statement: string }>(sql`SELECT statement FROM pg_prepared_statements ORDER BY statement`);
    try {
      expect(await single.pipeline(insertAndCount(1), { prepared: true })).toEqual([[], [{ n: 1 }]]);
      expect(await single.pipeline(insertAndCount(2), { prepared: true })).toEqual([[], [{ n: 2 }]]);
      // Two statements, prepared once each (not BEGIN and COMMIT), whatever their values.
      expect((await preparedHere()).map((row) => row.statement)).toEqual([
        expect.stringContaining('INSERT INTO notes'),
        expect.stringContaining('SELECT count(*)'),
      ]);
      await expect(single.pipeline(insertAndCount(2), { prepared: true })).rejects.toMatchObject({ code: '23505' });
      expect(await single.pipeline(insertAndCount(3), { prepared: true })).toEqual([[], [{ n: 3 }]]);
      expect(await preparedHere()).toHaveLength(2);
    } finally {
      await single.onApplicationShutdown();
    }
  });

  it('says "unavailable" when no connection is free in time, and a failed statement is not that', async () => {
    const small = new Database(configFor({ DATABASE_POOL_SIZE: '1', DATABASE_CONNECT_TIMEOUT_MS: '100' }));
    try {
      let release!: () => void;
      const held = small.transaction(() => new Promise<void>((resolve) => (release = resolve)));
      await expect(small.query(sql`SELECT 1`)).rejects.toBeInstanceOf(DatabaseUnavailableError);
      release();
      await held;
      await expect(small.query(sql`SELECT * FROM no_such_table`)).rejects.toMatchObject({ code: '42P01' });
      expect(await small.query(sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    } finally {
      await small.onApplicationShutdown();
    }
  });

  it('keeps the connections a burst opened, however long they then stay idle', async () => {
    // Only the timers are fake (the pool's idle timeout is a setTimeout); the sockets' callbacks still run.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const pooled = new Database(configFor({ DATABASE_POOL_SIZE: '3' }));
    /** Three transactions holding a connection each at the same time: the backends that served them. */
    const burst = async () => {
      let release!: () => void;
      const together = new Promise<void>((resolve) => (release = resolve));
      const pids: number[] = [];
      const done = Array.from({ length: 3 }, () =>
        pooled.transaction(async (tx) => {
          const [{ pid }] = await tx.query<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`);
          pids.push(pid);
          if (pids.length === 3) release();
          await together;
        }),
      );
      await Promise.all(done);
      return new Set(pids);
    };
    try {
      const first = await burst();
      expect(first.size).toBe(3);
      // Far past pg's default idle timeout (10 s), after which the pool used to close them.
      jest.advanceTimersByTime(10 * 60_000);
      await new Promise((resolve) => setImmediate(resolve));
      expect(await burst()).toEqual(first);
    } finally {
      jest.useRealTimers();
      await pooled.onApplicationShutdown();
    }
  });

  it('says "unavailable" when nothing answers at the address', async () => {
    const url = new URL(database.url);
    url.port = String(await freePort());
    url.hostname = '127.0.0.1';
    const nowhere = new Database(loadConfig({ DATABASE_URL: url.toString() }));
    try {
      await expect(nowhere.query(sql`SELECT 1`)).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(nowhere.transaction((tx) => tx.query(sql`SELECT 1`))).rejects.toBeInstanceOf(
        DatabaseUnavailableError,
      );
    } finally {
      await nowhere.onApplicationShutdown();
    }
  });
});
