import { monitorEventLoopDelay } from 'node:perf_hooks';
import { waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';

/**
 * Input built to stall a process: pages too deep or too wide are refused with a 422 problem and leave nothing
 * behind; a page that takes long is read off the API's event loop; an article beyond the extraction's bounds ends
 * `failed` with its reason at once, and the worker goes on with the others.
 */
describe('hostile input', () => {
  let service: TestService;
  let key: string;
  const count = async (table: string) => Number((await service.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const stored = async () => ({
    articles: await count('articles'),
    outbox: await count('outbox'),
    events: await count('events'),
  });

  beforeAll(async () => {
    service = await startTestService({ env: { HTML_TIME_LIMIT_SECONDS: '5' } });
    key = (await createUserKey(service, 'ingester')).apiKey;
  });

  afterAll(() => service?.stop());

  const refusedPages: [string, () => string, string, RegExp][] = [
    [
      '5,000 nested elements',
      () => '<div>'.repeat(5_000) + 'x' + '</div>'.repeat(5_000),
      'nested-too-deep',
      /nests elements more than 400 deep/,
    ],
    [
      '200,000 sibling paragraphs (1.6 MB)',
      () => '<p>x</p>'.repeat(200_000),
      'too-many-elements',
      /more than 50,000 elements/,
    ],
    ['60,000 unclosed inline elements', () => '<b>a'.repeat(60_000), 'nested-too-deep', /more than 400 deep/],
  ];

  it.each(refusedPages)(
    'refuses a page of %s with a 422 problem naming the bound, and stores nothing',
    async (_name, page, limit, detail) => {
      const before = await stored();
      const response = await service.http(key).post('/v1/articles').send({ html: page() }).expect(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        type: '/problems/too-complex',
        status: 422,
        limit,
        errors: [{ field: 'html' }],
      });
      expect(response.body.detail).toMatch(detail);
      expect(await stored()).toEqual(before);
    },
  );

  it('reads a heavy page off the event loop: the API keeps answering while it is read', async () => {
    // heavy to read, light to extract (nobody is quoted), so that the worker's queue is not what this test measures
    const page = `<article>${'<p>Crime fell 20 percent last year in the city, by the figures of Tuesday.</p>'.repeat(20_000)}</article>`;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const submitted = service
      .http(key)
      .post('/v1/articles')
      .send({ html: page, url: 'https://news.example/heavy-page' });
    const live = await service.http(null).get('/health/live').expect(200);
    const response = await submitted;
    delay.disable();
    expect(live.body.status).toBe('ok');
    expect(response.status).toBe(202);
    // Read on the event loop, this page holds it for about a second.
    expect(delay.max / 1e6).toBeLessThan(250);
  });

  it('refuses a page that takes longer to read than HTML_TIME_LIMIT_SECONDS', async () => {
    const slow = await startTestService({ worker: false, env: { HTML_TIME_LIMIT_SECONDS: '0.1' } });
    try {
      const ingester = (await createUserKey(slow, 'ingester')).apiKey;
      const page = `<article>${'<p>Crime fell 20 percent last year, the mayor said on Tuesday.</p>'.repeat(30_000)}</article>`;
      const response = await slow.http(ingester).post('/v1/articles').send({ html: page }).expect(422);
      expect(response.body).toMatchObject({ type: '/problems/too-complex', limit: 'time-budget' });
      expect(response.body.detail).toMatch(/took longer than its budget of 100 ms/);
      expect(Number((await slow.query('SELECT count(*)::int AS n FROM articles'))[0].n)).toBe(0);
    } finally {
      await slow.stop();
    }
  });

  it('fails an article beyond the extraction bounds at once, with the reason, and extracts the next one', async () => {
    const hostile = await service
      .http(key)
      .post('/v1/articles')
      .send({ body: `${'"'.repeat(200_000)} said Smith.` })
      .expect(202);
    const ordinary = await service
      .http(key)
      .post('/v1/articles')
      .send({ body: '“Crime fell 20 percent last year,” Mayor Brandon Johnson said.' })
      .expect(202);

    const failed = await waitFor(
      async () => {
        const article = (await service.http(key).get(`/v1/articles/${hostile.body.id}`)).body;
        return article.status === 'failed' && article;
      },
      { timeoutMs: 30_000, what: 'the hostile article to fail' },
    );
    expect(failed.failureReason).toBe(
      'the article was refused: the text has 100,000 quotations; at most 10,000 are read in one article',
    );
    expect(failed.quotes).toEqual([]);
    const tries = await service.query(
      `SELECT count(*)::int AS n FROM events WHERE type = 'article.failed' AND article_id = $1`,
      [hostile.body.id],
    );
    expect(tries[0].n).toBe(1);

    const extracted = await waitFor(
      async () => {
        const article = (await service.http(key).get(`/v1/articles/${ordinary.body.id}`)).body;
        return article.status === 'extracted' && article;
      },
      { timeoutMs: 30_000, what: 'the ordinary article to be extracted' },
    );
    expect(extracted.quotes[0].speaker.name).toBe('Brandon Johnson');
    // room for both waits above: the test's own limit must not cut the second one short on a busy machine
  }, 70_000);
});
