import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';
import { expectProblem } from './support/problems';

/**
 * POST /v1/articles {url}: the page is fetched in the request, bounded, and read as a submitted one. The site is a
 * server on 127.0.0.1, so the address guard's switch is on here (test/articles.e2e-spec.ts shows it off).
 */
describe('POST /v1/articles with a url alone', () => {
  let service: TestService;
  let key: string;
  let origin: string;
  /** What the site serves at each path; tests change it. */
  const routes = new Map<string, (request: IncomingMessage, response: ServerResponse) => void>();
  const requests: string[] = [];
  const site = createServer((request, response) => {
    requests.push(request.url!);
    const route = routes.get(request.url!);
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not here.</p>');
  });
  const html =
    (body: string, title = 'A story') =>
    (_request: IncomingMessage, response: ServerResponse) =>
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<html><head><title>${title}</title></head><body><article>${body}</article></body></html>`);

  const stored = async () => {
    const [row] = await service.query(`
      SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM events)::int AS events,
             (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM idempotency_keys)::int AS keys`);
    return row;
  };
  const submit = (body: object, idempotencyKey?: string) => {
    const sent = service.http(key).post('/v1/articles');
    return (idempotencyKey ? sent.set('Idempotency-Key', idempotencyKey) : sent).send(body);
  };

  beforeAll(async () => {
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    service = await startTestService({
      env: {
        ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS: 'true',
        ARTICLE_FETCH_TIMEOUT_MS: '700',
        ARTICLE_FETCH_CONCURRENCY: '2',
      },
    });
    key = (await createUserKey(service, 'ingester')).apiKey;
  });

  afterAll(async () => {
    await service?.stop();
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
  });

  it('fetches the page, stores the text taken out of it under the url given, and extracts its quotes', async () => {
    routes.set('/old-address', (_request, response) => response.writeHead(301, { location: '/budget' }).end());
    routes.set(
      '/budget',
      html(
        '<h1>Budget vote</h1><p>“The deficit doubled in four years,” Senator Jane Smith said on Tuesday.</p>',
        'Budget vote',
      ),
    );
    const response = await submit({ url: `${origin}/old-address`, publisher: 'Loopback News' }).expect(202);
    expect(response.headers.location).toBe(`/v1/articles/${response.body.id}`);
    const [row] = await service.query('SELECT url, title, body, source_format, publisher FROM articles WHERE id = $1', [
      response.body.id,
    ]);
    expect(row).toMatchObject({
      url: `${origin}/old-address`,
      title: 'Budget vote',
      source_format: 'html',
      publisher: 'Loopback News',
    });
    expect(row.body).toContain('“The deficit doubled in four years,” Senator Jane Smith said on Tuesday.');
    expect(row.body).not.toContain('<');
    const [event] = await service.query(`SELECT data FROM events WHERE type = 'article.received' AND article_id = $1`, [
      response.body.id,
    ]);
    expect(event.data).toMatchObject({ url: `${origin}/old-address`, fetchedFrom: `${origin}/budget` });

    const extracted = await waitFor(
      async () => {
        const article = await service.http(key).get(`/v1/articles/${response.body.id}`).expect(200);
        return article.body.status === 'extracted' && article.body;
      },
      { what: 'the fetched article extracted' },
    );
    expect(extracted.quotes).toEqual([
      expect.objectContaining({
        text: '“The deficit doubled in four years,”',
        speaker: expect.objectContaining({ name: 'Jane Smith' }),
      }),
    ]);
    // The rest counts rows before and after: no extraction may add to them meanwhile.
    await service.stopWorker();
  });

  it('keeps a plain-text page as it is', async () => {
    const text = 'Plain text, as the site wrote it.\n\n“Taxes fell,” the mayor said.';
    routes.set('/plain.txt', (_request, response) =>
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text),
    );
    const response = await submit({ url: `${origin}/plain.txt` }).expect(202);
    const [row] = await service.query('SELECT body, source_format FROM articles WHERE id = $1', [response.body.id]);
    expect(row).toEqual({ body: text, source_format: 'text' });
  });

  it('fetches a known url again: the same text is the article stored (200), another text a 409 naming it', async () => {
    routes.set('/changing', html('<p>The first version of the story, with enough words in it.</p>'));
    const first = await submit({ url: `${origin}/changing` }).expect(202);
    const fetchesBefore = requests.length;
    const again = await submit({ url: `${origin}/changing` }).expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, url: `${origin}/changing` });
    expect(requests.length).toBe(fetchesBefore + 1);

    routes.set('/changing', html('<p>A second version of the story, its words changed since.</p>'));
    const before = await stored();
    const changed = await submit({ url: `${origin}/changing` }).expect(409);
    expectProblem(changed, 409);
    expect(changed.body).toMatchObject({
      type: '/problems/article-text-changed',
      article: { id: first.body.id, url: `${origin}/changing` },
    });
    expect(await stored()).toEqual(before);
  });

  it('replays an Idempotency-Key retry without fetching again, even when the site has changed since', async () => {
    routes.set('/keyed', html('<p>The story as it was when first sent.</p>'));
    const first = await submit({ url: `${origin}/keyed` }, 'fetch-once').expect(202);
    routes.delete('/keyed');
    const fetchesBefore = requests.length;
    const retry = await submit({ url: `${origin}/keyed` }, 'fetch-once').expect(202);
    expect(retry.body).toEqual(first.body);
    expect(requests.length).toBe(fetchesBefore);
    // The same key for another url is another request.
    expectProblem(await submit({ url: `${origin}/other` }, 'fetch-once').expect(422), 422);
  });

  describe('a page that cannot be taken is a problem naming why, and nothing is stored', () => {
    const cases: [string, (request: IncomingMessage, response: ServerResponse) => void, number, object][] = [
      [
        'the site answers 404',
        (_request, response) => response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Gone.</p>'),
        502,
        { type: '/problems/page-unavailable', reason: 'http-status', siteStatus: 404 },
      ],
      [
        'the site fails (500)',
        (_request, response) => response.writeHead(500).end(),
        502,
        { type: '/problems/page-unavailable', reason: 'http-status', siteStatus: 500 },
      ],
      [
        'the site stalls',
        () => undefined, // never answers
        504,
        { type: '/problems/page-timeout', reason: 'timeout' },
      ],
      [
        'the page is over 2 MB',
        (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end(`<p>${'word '.repeat(450_000)}</p>`);
        },
        422,
        { type: '/problems/page-refused', reason: 'too-large' },
      ],
      [
        'the page redirects to itself',
        (request, response) => response.writeHead(302, { location: request.url }).end(),
        422,
        { type: '/problems/page-refused', reason: 'too-many-redirects' },
      ],
      [
        'the page redirects to a file address',
        (_request, response) => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
        422,
        { type: '/problems/page-refused', reason: 'bad-address', url: expect.stringMatching(/^file:/) },
      ],
      [
        'the page is JSON',
        (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"text": "x"}'),
        422,
        { type: '/problems/page-refused', reason: 'not-html' },
      ],
      [
        'the page is an image',
        (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64)),
        422,
        { type: '/problems/page-refused', reason: 'not-html' },
      ],
      [
        'the page has no article text',
        html('<script>document.write("Only script.")</script>'),
        422,
        { type: '/problems/page-refused', reason: 'no-text' },
      ],
    ];

    it.each(cases)('%s', async (_name, route, status, problem) => {
      const path = `/case-${status}-${Math.random().toString(36).slice(2)}`;
      routes.set(path, route);
      const before = await stored();
      const response = await submit({ url: `${origin}${path}` }, `failing-${path}`).expect(status);
      expectProblem(response, status);
      expect(response.body).toMatchObject(problem);
      expect(await stored()).toEqual(before);
      expect(await service.query('SELECT id FROM articles WHERE url = $1', [`${origin}${path}`])).toEqual([]);
    });

    it('a site nobody listens on is unreachable (502)', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const before = await stored();
      const response = await submit({ url: `http://127.0.0.1:${port}/story` }).expect(502);
      expect(response.body).toMatchObject({ type: '/problems/page-unavailable', reason: 'unreachable' });
      expect(await stored()).toEqual(before);
    });

    it('a failed fetch keeps no answer for its Idempotency-Key: the retry fetches again and stores the page', async () => {
      const before = await stored();
      await submit({ url: `${origin}/later` }, 'until-it-works').expect(502);
      expect(await stored()).toEqual(before);
      routes.set('/later', html('<p>The story, published at last.</p>'));
      const response = await submit({ url: `${origin}/later` }, 'until-it-works').expect(202);
      const [row] = await service.query('SELECT body FROM articles WHERE id = $1', [response.body.id]);
      expect(row.body).toContain('The story, published at last.');
    });
  });

  it('fetches at most ARTICLE_FETCH_CONCURRENCY pages at once: one more is a 503 to try again, and fetches nothing', async () => {
    routes.set('/stalled-1', () => undefined);
    routes.set('/stalled-2', () => undefined);
    routes.set('/waiting', html('<p>A story that waited its turn.</p>'));
    // Sent now (supertest sends when awaited), left to time out while the third arrives.
    const stalled = ['/stalled-1', '/stalled-2'].map((path) => submit({ url: `${origin}${path}` }).then((r) => r));
    await waitFor(() => requests.includes('/stalled-1') && requests.includes('/stalled-2'), {
      what: 'both stalled fetches under way',
    });
    const before = await stored();
    const busy = await submit({ url: `${origin}/waiting` }).expect(503);
    expectProblem(busy, 503);
    expect(busy.body.type).toBe('/problems/busy');
    expect(busy.headers['retry-after']).toBe('5');
    expect(requests).not.toContain('/waiting');
    expect(await stored()).toEqual(before);

    expect((await Promise.all(stalled)).map((response) => response.status)).toEqual([504, 504]);
    await submit({ url: `${origin}/waiting` }).expect(202);
  });

  it('counts fetches by outcome in the metrics', async () => {
    const metrics = (await service.http(null).get('/metrics').expect(200)).text;
    const count = (outcome: string) =>
      Number(
        new RegExp(`^factcheck_page_fetches_total\\{outcome="${outcome}"\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0,
      );
    expect(count('fetched')).toBeGreaterThanOrEqual(5);
    expect(count('http-status')).toBeGreaterThanOrEqual(2);
    expect(count('timeout')).toBeGreaterThanOrEqual(3);
    expect(count('busy')).toBe(1);
  });

  it('with a body or html the url is not fetched', async () => {
    routes.set('/not-fetched', html('<p>What the site says.</p>'));
    const fetchesBefore = requests.length;
    const response = await submit({ url: `${origin}/not-fetched`, body: 'What the newsroom sent.' }).expect(202);
    const [row] = await service.query('SELECT body FROM articles WHERE id = $1', [response.body.id]);
    expect(row.body).toBe('What the newsroom sent.');
    expect(requests.length).toBe(fetchesBefore);
  });
});
