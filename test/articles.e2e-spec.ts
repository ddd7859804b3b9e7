import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { createUserKey, startTestService, TestService } from './support';
import { expectProblem } from './support/problems';

/** Ingest as API.md says: text or HTML, dedupe, Idempotency-Key, size limit, and clear errors that store nothing. */
describe('POST /v1/articles', () => {
  let service: TestService;
  let key: string;
  const count = async (table: string) => Number((await service.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    service = await startTestService({ worker: false });
    key = (await createUserKey(service, 'ingester')).apiKey;
  });

  afterAll(() => service?.stop());

  it('stores a plain-text article, schedules its extraction and reads it back', async () => {
    const response = await service
      .http(key)
      .post('/v1/articles')
      .send({
        title: 'Budget vote',
        body: '“The deficit doubled in four years,” the senator said.',
        url: 'https://news.example/budget',
        publisher: 'Example News',
        publishedAt: '2026-09-06T12:00:00Z',
        authors: ['A. Reporter'],
        language: 'en',
      })
      .expect(202);
    expect(response.body).toMatchObject({ id: expect.any(String), status: 'received' });
    expect(response.headers.location).toBe(`/v1/articles/${response.body.id}`);
    const outbox = await service.query(`SELECT job_name, payload FROM outbox WHERE payload->>'articleId' = $1`, [
      response.body.id,
    ]);
    expect(outbox).toEqual([{ job_name: 'ExtractArticle', payload: { articleId: response.body.id } }]);

    const article = await service.http(key).get(`/v1/articles/${response.body.id}`).expect(200);
    expect(article.body).toMatchObject({
      id: response.body.id,
      status: 'received',
      title: 'Budget vote',
      url: 'https://news.example/budget',
      publisher: 'Example News',
      publishedAt: '2026-09-06T12:00:00.000Z',
      authors: ['A. Reporter'],
      quotes: [],
      claims: [],
    });
  });

  it('answers the same url and text again with 200 and the existing article, creating nothing', async () => {
    const first = await service
      .http(key)
      .post('/v1/articles')
      .send({ body: 'One.', url: 'https://news.example/same' })
      .expect(202);
    const before = await count('articles');
    const again = await service
      .http(key)
      .post('/v1/articles')
      .send({ body: 'One.', title: 'Another title', url: 'https://NEWS.example/same#comments' })
      .expect(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.status).toBeDefined();
    expect(await count('articles')).toBe(before);
  });

  it('answers the same url with a different text with a 409 naming the article stored, storing nothing', async () => {
    const url = 'https://news.example/changed';
    const html =
      '<html><head><title>Changed</title></head><body><article><p>The first text.</p></article></body></html>';
    const first = await service.http(key).post('/v1/articles').send({ html, url }).expect(202);
    const before = await Promise.all([count('articles'), count('events'), count('outbox')]);
    // The same page again, its markup changed but not its text: the same article.
    const same = html.replace('<article>', '<article class="story" data-revision="2">');
    expect((await service.http(key).post('/v1/articles').send({ html: same, url }).expect(200)).body.id).toBe(
      first.body.id,
    );
    for (const changed of [
      { html: html.replace('The first text.', 'The second text.'), url },
      { body: 'The second text.', url: 'https://NEWS.example/changed?utm_source=feed' },
    ]) {
      const conflict = await service.http(key).post('/v1/articles').send(changed);
      expectProblem(conflict, 409);
      expect(conflict.body).toMatchObject({
        type: '/problems/article-text-changed',
        article: { id: first.body.id, url },
        detail: expect.stringContaining(first.body.id),
      });
    }
    expect(await Promise.all([count('articles'), count('events'), count('outbox')])).toEqual(before);
  });

  it('without a url, dedupes by the body', async () => {
    const body = `Text with no url ${Date.now()}.`;
    const first = await service.http(key).post('/v1/articles').send({ body }).expect(202);
    const again = await service.http(key).post('/v1/articles').send({ body, title: 'another title' }).expect(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('stores one article when the same url is posted many times at once', async () => {
    const url = `https://news.example/race-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => service.http(key).post('/v1/articles').send({ body: 'Racing.', url })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 202,
    ]);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect((await service.query('SELECT count(*)::int AS n FROM articles WHERE url = $1', [url]))[0].n).toBe(1);
  });

  it('replays the first answer to a retried Idempotency-Key and refuses the key for another request', async () => {
    const body = { body: `Idempotent ${Date.now()}.`, url: `https://news.example/idem-${Date.now()}` };
    const first = await service.http(key).post('/v1/articles').set('Idempotency-Key', 'req-1').send(body).expect(202);
    const retry = await service.http(key).post('/v1/articles').set('Idempotency-Key', 'req-1').send(body).expect(202);
    expect(retry.body).toEqual(first.body);
    const misuse = await service
      .http(key)
      .post('/v1/articles')
      .set('Idempotency-Key', 'req-1')
      .send({ ...body, title: 'changed' })
      .expect(422);
    expect(misuse.headers['content-type']).toContain('application/problem+json');
    expect(misuse.body.detail).toMatch(/Idempotency-Key/);
  });

  it('takes the article text out of HTML, dropping scripts', async () => {
    const html =
      '<html><head><title>Council meets</title><script>steal()</script></head><body><nav>Menu</nav>' +
      '<article><p>“Rents rose 12 percent last year,” the councillor said.</p><p>Second paragraph.</p></article></body></html>';
    const response = await service.http(key).post('/v1/articles').send({ html }).expect(202);
    const article = await service.http(key).get(`/v1/articles/${response.body.id}`).expect(200);
    expect(article.body.title).toBe('Council meets');
    expect(article.body.body).toContain('“Rents rose 12 percent last year,” the councillor said.');
    expect(article.body.body).not.toContain('steal');
  });

  it('refuses to fetch a url on this host while ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS is off, before connecting', async () => {
    const site = createServer((_request, response) => response.end('<p>Private.</p>'));
    let connections = 0;
    site.on('connection', () => connections++);
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const { port } = site.address() as AddressInfo;
    try {
      const before = await Promise.all([count('articles'), count('events'), count('outbox')]);
      for (const url of [`http://127.0.0.1:${port}/story`, `http://localhost:${port}/story`, `http://[::1]:${port}/`]) {
        const response = await service.http(key).post('/v1/articles').send({ url }).expect(422);
        expectProblem(response, 422, url);
        expect(response.body).toMatchObject({
          type: '/problems/page-refused',
          reason: 'private-address',
          url,
          errors: [{ field: 'url', message: expect.stringMatching(/non-public address/) }],
        });
      }
      expect(connections).toBe(0);
      expect(await Promise.all([count('articles'), count('events'), count('outbox')])).toEqual(before);
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });

  describe('bad input: a clear 4xx problem and nothing stored', () => {
    const cases: [
      string,
      (request: ReturnType<TestService['http']>) => Promise<{ status: number; headers: any; body: any }>,
      number,
    ][] = [
      ['no body and no html', (http) => http.post('/v1/articles').send({ title: 'Only a title' }), 400],
      ['an empty body', (http) => http.post('/v1/articles').send({ body: '' }), 400],
      ['a body of whitespace', (http) => http.post('/v1/articles').send({ body: '  \n ' }), 400],
      ['html with no text', (http) => http.post('/v1/articles').send({ html: '<div><script>x()</script></div>' }), 400],
      ['both body and html', (http) => http.post('/v1/articles').send({ body: 'a', html: '<p>b</p>' }), 400],
      ['a body that is a number', (http) => http.post('/v1/articles').send({ body: 42 }), 400],
      ['an unknown field', (http) => http.post('/v1/articles').send({ body: 'Text.', colour: 'red' }), 400],
      [
        'a url that is not http',
        (http) => http.post('/v1/articles').send({ body: 'Text.', url: 'javascript:alert(1)' }),
        400,
      ],
      [
        'a date that is not ISO 8601',
        (http) => http.post('/v1/articles').send({ body: 'Text.', publishedAt: 'yesterday' }),
        400,
      ],
      [
        'authors that are not strings',
        (http) => http.post('/v1/articles').send({ body: 'Text.', authors: [1, 2] }),
        400,
      ],
      ['a NUL character', (http) => http.post('/v1/articles').send({ body: 'Text\u0000.' }), 400],
      [
        'malformed JSON',
        (http) => http.post('/v1/articles').set('Content-Type', 'application/json').send('{"body": "x",'),
        400,
      ],
      [
        'JSON that is not an object',
        (http) => http.post('/v1/articles').set('Content-Type', 'application/json').send('[1,2]'),
        400,
      ],
      [
        'a body that is not JSON',
        (http) => http.post('/v1/articles').set('Content-Type', 'text/plain').send('just text'),
        415,
      ],
      [
        'a request over 2 MB',
        (http) => http.post('/v1/articles').send({ body: 'x'.repeat(2 * 1024 * 1024 + 10) }),
        413,
      ],
      [
        'a bad Idempotency-Key',
        (http) => http.post('/v1/articles').set('Idempotency-Key', 'x'.repeat(300)).send({ body: 'Text.' }),
        400,
      ],
    ];

    it.each(cases)('refuses %s', async (_name, send, status) => {
      const before = await count('articles');
      const response = await send(service.http(key));
      expect(response.status).toBe(status);
      expectProblem(response, status);
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
      expect(await count('articles')).toBe(before);
    });

    it('names each invalid field in errors[]', async () => {
      const response = await service
        .http(key)
        .post('/v1/articles')
        .send({ body: 'Text.', url: 'nope', publishedAt: 'soon' })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'publishedAt',
        'url',
      ]);
    });

    it('refuses invalid UTF-8', async () => {
      const bytes = Buffer.concat([Buffer.from('{"body": "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
      const response = await service
        .http(key)
        .post('/v1/articles')
        .set('Content-Type', 'application/json')
        .serialize((raw: unknown) => raw as string)
        .send(bytes as unknown as string);
      expect(response.status).toBe(400);
      expect(response.body.detail).toMatch(/UTF-8/);
    });

    it('answers an unknown article id with 404', async () => {
      await service.http(key).get('/v1/articles/00000000-0000-4000-8000-000000000000').expect(404);
      const response = await service.http(key).get('/v1/articles/not-an-id').expect(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });

    it('answers an unknown route with a 404 problem', async () => {
      const response = await service.http(key).get('/v1/nothing-here').expect(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });
  });
});
