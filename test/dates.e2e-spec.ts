import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { startTestService, TestService } from './support';

/** Each form: the instant it stands for when accepted, or the words the refusal must contain. */
const FORMS: [string, string | RegExp][] = [
  ['2026-09-06T12:00:00Z', '2026-09-06T12:00:00.000Z'],
  ['2026-09-06T12:00Z', '2026-09-06T12:00:00.000Z'],
  ['2026-09-06T12:00:00.25Z', '2026-09-06T12:00:00.250Z'],
  ['2026-09-06T12:00:00.123456Z', '2026-09-06T12:00:00.123Z'],
  ['2026-09-06T17:30:00+05:30', '2026-09-06T12:00:00.000Z'],
  ['2026-09-06T08:00:00-04:00', '2026-09-06T12:00:00.000Z'],
  ['2026-09-06t12:00:00z', '2026-09-06T12:00:00.000Z'],
  ['2026-09-06', '2026-09-06T00:00:00.000Z'],
  ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ['2000-02-29T12:00:00Z', '2000-02-29T12:00:00.000Z'],
  ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
  ['0050-06-15T12:00:00Z', '0050-06-15T12:00:00.000Z'],
  ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  // Accepted by IsISO8601 before, then a 500 when new Date() could not read them.
  ['2026-W01', /must be a date/],
  ['2026-W01-1', /must be a date/],
  ['20260101', /must be a date/],
  ['20260101T000000Z', /must be a date/],
  ['2026-01-01T00:00:00,5Z', /must be a date/],
  ['2026-01-01T00Z', /must be a date/],
  ['2026-01', /must be a date/],
  ['2026-001', /must be a date/],
  ['2026-01-01 12:00:00Z', /must be a date/],
  ['2026-01-01T12:00:00+0200', /must be a date/],
  ['2026-01-01T12:00:00', /no zone/],
  ['2026-01-01T12:00', /no zone/],
  ['2026-02-29', /not a date of the calendar/],
  ['2026-02-30T00:00:00Z', /not a date of the calendar/],
  ['2026-01-01T24:00:00Z', /not a time of day/],
  ['2026-12-31T23:59:60Z', /not a time of day/],
  ['0000-01-01T00:00:00Z', /years 0001 to 9999/],
  ['0001-01-01T00:00:00+01:00', /years 0001 to 9999/],
  ['9999-12-31T23:59:59-01:00', /years 0001 to 9999/],
  ['+010000-01-01T00:00:00Z', /must be a date/],
];

/** Dates of every endpoint that reads one: the same forms, the same answers. */
describe('dates', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ worker: false });
  }, 60_000);

  afterAll(() => service?.stop());

  const stored = async () =>
    (
      await service.query(`
        SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM events)::int AS events,
               (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM idempotency_keys)::int AS idempotency_keys`)
    )[0];

  describe('POST /v1/articles publishedAt', () => {
    it.each(FORMS)('%s → %s', async (publishedAt, expected) => {
      const before = await stored();
      const response = await service
        .http()
        .post('/v1/articles')
        .set('Idempotency-Key', randomUUID())
        .send({ body: `“Rents rose ${randomUUID()} percent,” the mayor said.`, publishedAt });
      if (typeof expected === 'string') {
        expect({ publishedAt, status: response.status }).toEqual({ publishedAt, status: 202 });
        const [row] = await service.query(
          `SELECT to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM articles WHERE id = $1`,
          [response.body.id],
        );
        expect(row.at).toBe(expected);
        const read = await service.http().get(`/v1/articles/${response.body.id}`).expect(200);
        expect(read.body.publishedAt).toBe(expected);
        return;
      }
      expect({ publishedAt, status: response.status }).toEqual({ publishedAt, status: 400 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: '/problems/validation', status: 400 });
      expect(response.body.errors).toEqual([{ field: 'publishedAt', message: expect.stringMatching(expected) }]);
      expect(await stored()).toEqual(before);
    });

    it('refuses a date that is not a string', async () => {
      for (const publishedAt of [1_700_000_000_000, true, ['2026-09-06'], { at: '2026-09-06' }]) {
        const before = await stored();
        const response = await service.http().post('/v1/articles').send({ body: 'Text.', publishedAt });
        expect({ publishedAt, status: response.status }).toEqual({ publishedAt, status: 400 });
        expect(response.body.errors).toEqual([
          { field: 'publishedAt', message: expect.stringMatching(/publishedAt must be a string/) },
        ]);
        expect(await stored()).toEqual(before);
      }
    });

    it('is stored as the instant it is by a process whose local zone is far from UTC', () => {
      // New York's zone in year 1 is local mean time, -04:56:02: node-postgres cut the offset to minutes and wrote
      // the Date in local time, so 0001-01-01T00:00:00Z was stored as 1 BC. The service's database module sees to it.
      const script =
        "require('./libs/database/src/database.module');" +
        "const { Client } = require('pg');" +
        'const client = new Client({ connectionString: process.argv[1] });' +
        'const date = new Date(0); date.setUTCFullYear(1, 0, 1);' +
        'client.connect().then(() => client.query("SELECT $1::timestamptz::text AS at", [date]))' +
        '  .then((result) => { console.log(result.rows[0].at); return client.end(); });';
      const child = spawnSync(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', '-e', script, service.database.url],
        {
          cwd: join(__dirname, '..'),
          env: { ...process.env, TZ: 'America/New_York' },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(child.stderr).toBe('');
      expect(child.stdout.trim()).toBe('0001-01-01 00:00:00+00');
    });
  });

  describe.each([
    ['/v1/events', 'since'],
    ['/v1/events', 'until'],
    ['/v1/stats', 'since'],
    ['/v1/claimreviews', 'since'],
    ['/v1/claimreviews.csv', 'since'],
  ])('GET %s?%s=', (path, field) => {
    it.each(FORMS)('%s → %s', async (value, expected) => {
      const response = await service
        .http()
        .get(path)
        .query({ [field]: value });
      if (typeof expected === 'string') {
        expect({ value, status: response.status }).toEqual({ value, status: 200 });
        if (path === '/v1/stats') expect(response.body.since).toBe(expected);
        return;
      }
      expect({ value, status: response.status }).toEqual({ value, status: 400 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual([{ field, message: expect.stringMatching(expected) }]);
    });

    it('refuses the parameter given twice', async () => {
      const response = await service.http().get(`${path}?${field}=2026-01-01&${field}=2026-01-02`).expect(400);
      expect(response.body.errors).toEqual([
        { field, message: expect.stringMatching(new RegExp(`${field} must be a string`)) },
      ]);
    });
  });
});
