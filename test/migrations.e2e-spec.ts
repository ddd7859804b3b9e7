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
});
