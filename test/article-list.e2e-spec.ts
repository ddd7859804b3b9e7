import { waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';
import { expectProblem } from './support/problems';

const MAYOR = '“Crime fell 20 percent last year,” the mayor said. “We hired 300 new officers,” she added.';

/** GET /v1/articles: everything ingested, newest first, searched and filtered, paged by an opaque cursor. */
describe('GET /v1/articles', () => {
  let service: TestService;
  let ingester: string;
  let factchecker: string;
  const ids: Record<string, string> = {};

  const submit = async (name: string, article: Record<string, unknown>) => {
    ids[name] = (await service.http(ingester).post('/v1/articles').send(article).expect(202)).body.id;
  };
  const list = (query: Record<string, string | number> = {}) =>
    service.http(factchecker).get('/v1/articles').query(query);
  const listedIds = async (query: Record<string, string | number> = {}) =>
    ((await list(query).expect(200)).body.items as { id: string }[]).map((item) => item.id);

  beforeAll(async () => {
    service = await startTestService();
    ingester = (await createUserKey(service, 'ingester')).apiKey;
    factchecker = (await createUserKey(service, 'factchecker')).apiKey;
    // One after another, so that they are received in this order.
    await submit('budget', {
      title: 'Budget vote',
      body: 'The council voted on the budget. “The deficit doubled in four years,” the senator said.',
      url: 'https://news.example/budget',
      publisher: 'Example News',
      publishedAt: '2026-09-06T12:00:00Z',
    });
    await submit('harbour', {
      title: 'Harbour dredging',
      body: 'The port authority began dredging the harbour on Tuesday.',
      publisher: 'The Daily Example',
    });
    await submit('crime', { title: 'Police figures', body: MAYOR, publisher: 'Other Times' });
    await waitFor(
      async () =>
        (await service.query(`SELECT count(*)::int AS n FROM articles WHERE status = 'extracted'`))[0].n === 3 &&
        (await service.query(`SELECT count(*)::int AS n FROM claims WHERE triaged_at IS NULL`))[0].n === 0,
      { what: 'the three articles to be extracted and triaged' },
    );
  }, 60_000);

  afterAll(() => service?.stop());

  it('lists everything ingested, newest first, each with its counts of quotes and claims', async () => {
    const response = await list().expect(200);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([ids.crime, ids.harbour, ids.budget]);
    const [crime, harbour, budget] = response.body.items;
    expect(budget).toEqual({
      id: ids.budget,
      title: 'Budget vote',
      url: 'https://news.example/budget',
      publisher: 'Example News',
      publishedAt: '2026-09-06T12:00:00.000Z',
      status: 'extracted',
      receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
      quoteCount: 1,
      claimCount: expect.any(Number),
    });
    expect(harbour).toMatchObject({ quoteCount: 0, claimCount: 0, url: null, publishedAt: null });
    expect(crime.quoteCount).toBe(2);
    const [{ n: crimeClaims }] = await service.query(`SELECT count(*)::int AS n FROM claims WHERE article_id = $1`, [
      ids.crime,
    ]);
    expect(crime.claimCount).toBe(crimeClaims);
    expect(crimeClaims).toBeGreaterThan(0);
  });

  it('pages with the cursor it gives out, newest first, each article once', async () => {
    const first = await list({ limit: 2 }).expect(200);
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([ids.crime, ids.harbour]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await list({ limit: 2, cursor: first.body.nextCursor }).expect(200);
    expect(second.body).toEqual({ items: [expect.objectContaining({ id: ids.budget })], nextCursor: null });
  });

  it('pages articles received in the same millisecond without skipping or repeating one', async () => {
    // Arrival times a millisecond apart and within one: a cursor rounded to milliseconds would lose some.
    await service.query(`UPDATE articles SET created_at = '2030-01-01T00:00:00.000100Z' WHERE id = $1`, [ids.budget]);
    await service.query(`UPDATE articles SET created_at = '2030-01-01T00:00:00.000900Z' WHERE id = $1`, [ids.harbour]);
    await service.query(`UPDATE articles SET created_at = '2030-01-01T00:00:00.000500Z' WHERE id = $1`, [ids.crime]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await list({
        limit: 1,
        ...(cursor ? { cursor } : {}),
      }).expect(200);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ids.harbour, ids.crime, ids.budget]);
  });

  it('finds words in the title and the text, stemmed, in web-search syntax', async () => {
    expect(await listedIds({ q: 'dredge' })).toEqual([ids.harbour]);
    expect(await listedIds({ q: 'budget' })).toEqual([ids.budget]);
    expect(await listedIds({ q: '"hired 300 new officers"' })).toEqual([ids.crime]);
    expect(await listedIds({ q: 'police or harbour' })).toEqual(expect.arrayContaining([ids.crime, ids.harbour]));
    expect(await listedIds({ q: "'; DROP TABLE articles; --" })).toEqual([]);
  });

  it('filters by status, by a part of the publisher ignoring case, and by arrival', async () => {
    expect(await listedIds({ status: 'failed' })).toEqual([]);
    expect((await listedIds({ status: 'extracted' })).sort()).toEqual(Object.values(ids).sort());
    expect((await listedIds({ publisher: 'EXAMPLE' })).sort()).toEqual([ids.budget, ids.harbour].sort());
    expect(await listedIds({ publisher: '%' })).toEqual([]);
    await service.query(`UPDATE articles SET created_at = '2031-05-01T00:00:00Z' WHERE id = $1`, [ids.crime]);
    expect(await listedIds({ since: '2031-05-01' })).toEqual([ids.crime]);
    expect(await listedIds({ since: '2031-05-01T00:00:01+00:00' })).toEqual([]);
    expect(await listedIds({ since: '2031-05-01T00:00:00Z', publisher: 'other', q: 'crime' })).toEqual([ids.crime]);
  });

  it('is for those who may read claims: an ingester is refused', async () => {
    const response = await service.http(ingester).get('/v1/articles').expect(403);
    expectProblem(response, 403);
    await service.http(null).get('/v1/articles').expect(401);
  });

  describe('bad input: a 400 problem naming the field', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['an unknown status', { status: 'published' }, 'status'],
      ['a date that is not one', { since: 'yesterday' }, 'since'],
      ['a time without a zone', { since: '2026-09-06T12:00:00' }, 'since'],
      ['a date off the calendar', { since: '2026-02-30' }, 'since'],
      ['a cursor it did not give out', { cursor: 'not-a-cursor' }, 'cursor'],
      [
        'a cursor with a time off the calendar',
        {
          cursor: Buffer.from(
            JSON.stringify(['2026-13-01T00:00:00.000000Z', '00000000-0000-4000-8000-000000000000']),
          ).toString('base64url'),
        },
        'cursor',
      ],
      ['a limit of 0', { limit: '0' }, 'limit'],
      ['a limit over 100', { limit: '101' }, 'limit'],
      ['a limit that is not a number', { limit: 'ten' }, 'limit'],
      ['words over 500 characters', { q: 'word '.repeat(101) }, 'q'],
      ['a publisher over 200 characters', { publisher: 'p'.repeat(201) }, 'publisher'],
    ];
    it.each(cases)('%s', async (_name, query, field) => {
      const response = await list(query);
      expectProblem(response, 400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });
});
