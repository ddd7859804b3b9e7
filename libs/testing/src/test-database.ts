import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ensureDatabase, MIGRATIONS, runMigrations } from '@app/database';

/** Where test databases are created; each suite gets its own, copied from a migrated template, and dropped after. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@localhost:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://localhost:6379';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * Names of the test databases begin with this; checkouts that share one Postgres while their migrations differ give
 * each a prefix of its own, so that one's cleanup of stale templates never drops the template another is copying.
 */
const PREFIX = process.env.TEST_DATABASE_PREFIX ?? 'factcheck';

/** The template's name follows the migrations: a new migration makes a new template. */
const TEMPLATE = `${PREFIX}_template_${createHash('sha256')
  .update(MIGRATIONS.map((migration) => migration.name).join(','))
  .digest('hex')
  .slice(0, 12)}`;

/**
 * A database of the suite's own: a copy of the migrated template (CREATE DATABASE … TEMPLATE copies files, far
 * faster than running every migration again). The template is made once, by whichever jest worker comes first.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${PREFIX}_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (admin) => {
    await ensureTemplate(admin);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

async function ensureTemplate(admin: Client): Promise<void> {
  // One worker builds it while the others wait on the lock, then find it there.
  await admin.query('SELECT pg_advisory_lock(hashtext($1))', [TEMPLATE]);
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate', [
      TEMPLATE,
    ]);
    if (rowCount) return;
    const stale = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2`,
      [`${PREFIX.replace(/[\\%_]/g, '\\$&')}\\_template\\_%`, TEMPLATE],
    );
    for (const { datname } of stale.rows) {
      await admin.query(`ALTER DATABASE "${datname}" WITH IS_TEMPLATE false`).catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    }
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
    await ensureDatabase(databaseUrl(TEMPLATE));
    await runMigrations(databaseUrl(TEMPLATE));
    await admin.query(`ALTER DATABASE "${TEMPLATE}" WITH IS_TEMPLATE true`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [TEMPLATE]);
  }
}

function databaseUrl(name: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
