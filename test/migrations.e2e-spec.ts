import { DataSource } from 'typeorm';
import { migrationDataSourceOptions, MIGRATIONS } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';

/** Every migration can be undone and done again: an upgrade that goes wrong can be rolled back. */
describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(migrationDataSourceOptions(database.url)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const schema = async () =>
    dataSource.query(
      `SELECT tablename AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public'
       UNION ALL SELECT table_name, column_name || ' ' || data_type FROM information_schema.columns WHERE table_schema = 'public'
       ORDER BY 1, 2`,
    );

  it('go all the way down and up again to the same schema', async () => {
    const migrated = await schema();
    for (let step = 0; step < MIGRATIONS.length; step++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(
      await dataSource.query(
        `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      ),
    ).toEqual([{ n: 0 }]);
    expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(MIGRATIONS.length);
    expect(await schema()).toEqual(migrated);
  });

  it('keeps which answer an Idempotency-Key replays when its HTTP status becomes an outcome, and back', async () => {
    const ran = async () =>
      (await dataSource.query<{ name: string }[]>(`SELECT name FROM migrations`)).map((row) => row.name);
    while ((await ran()).includes('IdempotencyOutcome1765450000000')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const [{ id }] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO users (name, role, api_key_hash, api_key_prefix) VALUES ('Kept', 'ingester', 'hash-kept', 'kept')
       RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, response)
       VALUES ($1, 'created-before', 'h1', 202, '{}'), ($1, 'existing-before', 'h2', 200, '{}')`,
      [id],
    );
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.query(`SELECT key, outcome FROM idempotency_keys ORDER BY key`)).toEqual([
      { key: 'created-before', outcome: 'created' },
      { key: 'existing-before', outcome: 'existing' },
    ]);
    while ((await ran()).includes('IdempotencyOutcome1765450000000')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await dataSource.query(`SELECT key, status_code FROM idempotency_keys ORDER BY key`)).toEqual([
      { key: 'created-before', status_code: 202 },
      { key: 'existing-before', status_code: 200 },
    ]);
    await dataSource.runMigrations({ transaction: 'each' });
  });
});
