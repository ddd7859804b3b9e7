import { DataSource, DataSourceOptions } from 'typeorm';
import { Client } from 'pg';
import { Queryable, sql } from './database';
import { InitialSchema1764100000000 } from './migrations/1764100000000-initial-schema';
import { ReviewDesk1764200000000 } from './migrations/1764200000000-review-desk';
import { DeliveryOrder1764300000000 } from './migrations/1764300000000-delivery-order';
import { ClaimFingerprints1764400000000 } from './migrations/1764400000000-claim-fingerprints';
import { GinWithoutPendingList1764500000000 } from './migrations/1764500000000-gin-without-pending-list';
import { ListingIndexes1764600000000 } from './migrations/1764600000000-listing-indexes';
import { OutboxRequestId1764700000000 } from './migrations/1764700000000-outbox-request-id';
import { SlackSubscriptions1764800000000 } from './migrations/1764800000000-slack-subscriptions';
import { RepeatBandsOnFirstOnly1764900000000 } from './migrations/1764900000000-repeat-bands-on-first-only';
import { ProminenceAndDeadlineIndexes1765000000000 } from './migrations/1765000000000-prominence-and-deadline-indexes';
import { HotLeaseUpdates1765100000000 } from './migrations/1765100000000-hot-lease-updates';
import { VerdictAuthors1765200000000 } from './migrations/1765200000000-verdict-authors';
import { OpenLeasesByHolder1765300000000 } from './migrations/1765300000000-open-leases-by-holder';
import { DropClaimVersion1765400000000 } from './migrations/1765400000000-drop-claim-version';
import { IdempotencyOutcome1765450000000 } from './migrations/1765450000000-idempotency-outcome';
import { FactCheckSlugs1765500000000 } from './migrations/1765500000000-fact-check-slugs';
import { ArticleSearch1765600000000 } from './migrations/1765600000000-article-search';
import { MachineCorrections1765700000000 } from './migrations/1765700000000-machine-corrections';
import { HandClaims1765710000000 } from './migrations/1765710000000-hand-claims';
import { ReturnReservations1765720000000 } from './migrations/1765720000000-return-reservations';
import { ReviewEdits1765730000000 } from './migrations/1765730000000-review-edits';
import { VerdictReuse1765740000000 } from './migrations/1765740000000-verdict-reuse';
import { NormalisedMatchKeys1765750000000 } from './migrations/1765750000000-normalised-match-keys';
import { DeliveryAnswerBody1765770000000 } from './migrations/1765770000000-delivery-answer-body';
import { CheckworthinessModels1765800000000 } from './migrations/1765800000000-checkworthiness-models';
import { ArticleClaimsFrom1765810000000 } from './migrations/1765810000000-article-claims-from';
import { NotifyDueWorkOnly1765830000000 } from './migrations/1765830000000-notify-due-work-only';
import { SearchPendingList1765850000000 } from './migrations/1765850000000-search-pending-list';
import { LexiconMatchKeys1765890000000 } from './migrations/1765890000000-lexicon-match-keys';

/** Listed, not globbed, so the compiled apps and the tests load exactly the same migrations. */
export const MIGRATIONS = [
  InitialSchema1764100000000,
  ReviewDesk1764200000000,
  DeliveryOrder1764300000000,
  ClaimFingerprints1764400000000,
  GinWithoutPendingList1764500000000,
  ListingIndexes1764600000000,
  OutboxRequestId1764700000000,
  SlackSubscriptions1764800000000,
  RepeatBandsOnFirstOnly1764900000000,
  ProminenceAndDeadlineIndexes1765000000000,
  HotLeaseUpdates1765100000000,
  VerdictAuthors1765200000000,
  OpenLeasesByHolder1765300000000,
  DropClaimVersion1765400000000,
  IdempotencyOutcome1765450000000,
  FactCheckSlugs1765500000000,
  ArticleSearch1765600000000,
  MachineCorrections1765700000000,
  HandClaims1765710000000,
  ReturnReservations1765720000000,
  ReviewEdits1765730000000,
  VerdictReuse1765740000000,
  NormalisedMatchKeys1765750000000,
  DeliveryAnswerBody1765770000000,
  CheckworthinessModels1765800000000,
  ArticleClaimsFrom1765810000000,
  NotifyDueWorkOnly1765830000000,
  SearchPendingList1765850000000,
  LexiconMatchKeys1765890000000,
];

/**
 * TypeORM runs the migrations (and only them: the service reads and writes through `Database`), each a class with
 * its `up` and `down`, recorded in the `migrations` table.
 */
export function migrationDataSourceOptions(
  databaseUrl: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: false,
    extra: { max: 20, connectionTimeoutMillis: 5000 },
    ...overrides,
  } as DataSourceOptions;
}

/** Creates the database named in the url when it does not exist yet (`npm start` on a fresh machine). */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } catch (error) {
    // Another process created it between our check and our create.
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await client.end();
  }
}

/** Runs pending migrations; returns the names of those it ran. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource(migrationDataSourceOptions(databaseUrl, { extra: { max: 1 } }));
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'all' });
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** The migrations this build knows that the database has not run: none, when the schema is current. */
export async function pendingMigrations(db: Queryable): Promise<string[]> {
  const known = MIGRATIONS.map((migration) => migration.name);
  const rows = await db.query<{ name: string }>(sql`SELECT name FROM migrations WHERE name = ANY(${known})`);
  const ran = new Set(rows.map((row) => row.name));
  return known.filter((name) => !ran.has(name));
}
