import { DataSource } from 'typeorm';
import { migrationDataSourceOptions, MIGRATIONS } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { claimFingerprint } from '../libs/extraction/src/matching/claim-fingerprint';

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

  /** Undoes migrations, newest first, until `name` is no longer among those run. */
  const undoThrough = async (name: string) => {
    const ran = async () =>
      (await dataSource.query<{ name: string }[]>(`SELECT name FROM migrations`)).map((row) => row.name);
    while ((await ran()).includes(name)) await dataSource.undoLastMigration({ transaction: 'each' });
  };

  /** An article with one quote, for claims to hang from. */
  const articleWithQuote = async () => {
    const [{ id: articleId }] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO articles (body, body_hash, source_format, submitted_by)
       VALUES ('x', md5(random()::text), 'text', '00000000-0000-0000-0000-000000000000') RETURNING id`,
    );
    const [{ id: quoteId }] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO quotes (article_id, position, text, start_offset, end_offset, kind)
       VALUES ($1, 0, 'x', 0, 1, 'direct') RETURNING id`,
      [articleId],
    );
    return { articleId, quoteId };
  };

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
    await undoThrough('IdempotencyOutcome1765450000000');
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
    await undoThrough('IdempotencyOutcome1765450000000');
    expect(await dataSource.query(`SELECT key, status_code FROM idempotency_keys ORDER BY key`)).toEqual([
      { key: 'created-before', status_code: 202 },
      { key: 'existing-before', status_code: 200 },
    ]);
    await dataSource.runMigrations({ transaction: 'each' });
  });

  it('gives every triaged claim its match key and recomputes the bands of those that carry any, in batches', async () => {
    await undoThrough('NormalisedMatchKeys1765750000000');
    const { articleId, quoteId } = await articleWithQuote();
    const texts = Array.from({ length: 1001 }, (_, index) => `The Chinese bought ${index} farms in Iowa`);
    await dataSource.query(
      `INSERT INTO claims (article_id, quote_id, position, text, standalone, start_offset, end_offset, checkworthiness,
                           checkworthy, stage_entered_at, triaged_at, match_bands)
       SELECT $1, $2, n, text, text, 0, 1, 0.5, true, now(), now(),
              CASE WHEN n % 2 = 0 THEN '{1,2}'::bigint[] ELSE '{}' END
         FROM unnest($3::text[] || ARRAY['Untriaged claims wait for triage']) WITH ORDINALITY AS claim(text, n)`,
      [articleId, quoteId, texts],
    );
    await dataSource.query(`UPDATE claims SET triaged_at = NULL WHERE text = 'Untriaged claims wait for triage'`);
    await dataSource.runMigrations({ transaction: 'each' });
    const claims = await dataSource.query<{ position: number; text: string; key: string | null; bands: string[] }[]>(
      `SELECT position, text, match_key AS key, match_bands::text[] AS bands FROM claims WHERE article_id = $1
        ORDER BY position`,
      [articleId],
    );
    expect(claims).toHaveLength(1002);
    for (const claim of claims.slice(0, 1001)) {
      const fingerprint = claimFingerprint(claim.text);
      expect(claim.key).toBe(fingerprint.key);
      expect(claim.bands).toEqual(claim.position % 2 === 0 ? fingerprint.bands.map(String) : []);
    }
    expect(claims[0].key).toContain('china');
    // Triage gives an untriaged claim both; the migration leaves it as it is.
    expect(claims[1001]).toMatchObject({ key: null, bands: ['1', '2'] });
  });
  it('recomputes the match keys and bands that the lexicon lemmatiser changes, and writes no other claim', async () => {
    await undoThrough('LexiconMatchKeys1765890000000');
    const { articleId, quoteId } = await articleWithQuote();
    // Keys as the parse made them (one hundred and sixty-three thousand was "100 63000"), a current key (2), claims
    // without bands (2, 5) and one without a key (3); more than a batch of them.
    const texts = Array.from({ length: 1003 }, (_, index) =>
      index === 1
        ? 'The Chinese bought farms in Iowa'
        : `We lost one hundred and sixty-three thousand jobs in ${index}`,
    );
    const stale = (text: string) => claimFingerprint(text).key.replace('163000', '100 63000');
    await dataSource.query(
      `INSERT INTO claims (article_id, quote_id, position, text, standalone, start_offset, end_offset, checkworthiness,
                           checkworthy, stage_entered_at, triaged_at, match_key, match_bands)
       SELECT $1, $2, n, text, '', 0, 1, 0.5, true, now(), now(), CASE WHEN n = 3 THEN NULL ELSE key END,
              CASE WHEN n IN (2, 5) THEN '{}' ELSE '{1,2}'::bigint[] END
         FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS claim(text, key, n)`,
      [articleId, quoteId, texts, texts.map(stale)],
    );
    const before = await dataSource.query<{ position: string; version: string }[]>(
      `SELECT position, xmin::text AS version FROM claims WHERE article_id = $1 AND position IN (2, 4) ORDER BY position`,
      [articleId],
    );
    await dataSource.runMigrations({ transaction: 'each' });
    const claims = await dataSource.query<{ position: number; text: string; key: string | null; bands: string[] }[]>(
      `SELECT position, text, match_key AS key, match_bands::text[] AS bands FROM claims WHERE article_id = $1
        ORDER BY position`,
      [articleId],
    );
    expect(claims).toHaveLength(1003);
    for (const claim of claims) {
      const fingerprint = claimFingerprint(claim.text);
      if (claim.position === 3) expect(claim).toMatchObject({ key: null, bands: ['1', '2'] });
      else if ([2, 5].includes(claim.position)) expect(claim).toMatchObject({ key: fingerprint.key, bands: [] });
      else expect(claim).toMatchObject({ key: fingerprint.key, bands: fingerprint.bands.map(String) });
    }
    expect(claims[0].key?.split(' ')).toContain('163000');
    expect(claims[0].key?.split(' ')).not.toContain('63000');
    // The claim whose key was current is not written again; a stale one is.
    const after = await dataSource.query<{ position: string; version: string }[]>(
      `SELECT position, xmin::text AS version FROM claims WHERE article_id = $1 AND position IN (2, 4) ORDER BY position`,
      [articleId],
    );
    expect(after[0].version).toBe(before[0].version);
    expect(after[1].version).not.toBe(before[1].version);
  });
});
