import { randomUUID } from 'node:crypto';
import { JSDOM } from 'jsdom';
import request from 'supertest';
import { waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';
import { expectProblem } from './support/problems';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Role = 'ingester' | 'factchecker' | 'editor' | 'admin' | 'none';

/** Every endpoint of the API, as the controllers declare them; a test below checks this list against the router. */
const ENDPOINTS: { method: Method; path: string; role: Role; validBody?: object }[] = [
  { method: 'post', path: '/v1/articles', role: 'ingester' },
  { method: 'get', path: '/v1/articles/:id', role: 'ingester' },
  { method: 'get', path: '/v1/articles', role: 'factchecker' },
  { method: 'post', path: '/v1/articles/:id/claims', role: 'factchecker', validBody: { start: 0, end: 4 } },
  { method: 'get', path: '/v1/claims', role: 'factchecker' },
  { method: 'get', path: '/v1/claims/:id', role: 'factchecker' },
  { method: 'get', path: '/v1/claims/:id/history', role: 'factchecker' },
  { method: 'patch', path: '/v1/claims/:id', role: 'factchecker', validBody: { standalone: 'A claim.' } },
  { method: 'patch', path: '/v1/quotes/:id', role: 'factchecker', validBody: { notAQuote: true } },
  { method: 'get', path: '/v1/corrections', role: 'editor' },
  { method: 'post', path: '/v1/claims/:id/lease', role: 'factchecker' },
  { method: 'delete', path: '/v1/claims/:id/lease', role: 'factchecker' },
  { method: 'put', path: '/v1/claims/:id/verdict', role: 'factchecker' },
  { method: 'patch', path: '/v1/claims/:id/verdict', role: 'editor', validBody: { summary: 'Tighter.' } },
  {
    method: 'post',
    path: '/v1/claims/:id/verdict/reuse',
    role: 'factchecker',
    validBody: { fromClaimId: '00000000-0000-4000-8000-000000000000' },
  },
  { method: 'post', path: '/v1/claims/:id/submit', role: 'factchecker' },
  { method: 'post', path: '/v1/claims/:id/approve', role: 'editor' },
  { method: 'post', path: '/v1/claims/:id/reject', role: 'editor', validBody: { comment: 'Needs a source.' } },
  { method: 'post', path: '/v1/claims/:id/correct', role: 'editor', validBody: { note: 'Fix.' } },
  { method: 'post', path: '/v1/claims/:id/matches/:matchId/confirm', role: 'factchecker' },
  { method: 'post', path: '/v1/claims/:id/matches/:matchId/reject', role: 'factchecker' },
  { method: 'post', path: '/v1/claims/:id/dismiss', role: 'factchecker', validBody: { reason: 'An opinion.' } },
  { method: 'post', path: '/v1/claims/:id/notes', role: 'factchecker', validBody: { text: 'A note.' } },
  {
    method: 'post',
    path: '/v1/claims/:id/assign',
    role: 'editor',
    validBody: { userId: '00000000-0000-4000-8000-000000000000' },
  },
  { method: 'post', path: '/v1/claims/:id/break-lease', role: 'editor' },
  { method: 'post', path: '/v1/claims/:id/promote', role: 'factchecker' },
  { method: 'post', path: '/v1/claims/:id/split', role: 'factchecker', validBody: { at: 1 } },
  {
    method: 'post',
    path: '/v1/claims/:id/merge',
    role: 'factchecker',
    validBody: { otherClaimId: '00000000-0000-4000-8000-000000000000' },
  },
  { method: 'get', path: '/v1/claims/:id/claimreview', role: 'ingester' },
  { method: 'get', path: '/v1/claimreviews', role: 'ingester' },
  { method: 'get', path: '/v1/claimreviews.csv', role: 'ingester' },
  { method: 'get', path: '/v1/events', role: 'editor' },
  { method: 'get', path: '/v1/stats', role: 'factchecker' },
  { method: 'post', path: '/v1/queue/research/next', role: 'factchecker' },
  { method: 'post', path: '/v1/queue/review/next', role: 'editor' },
  { method: 'get', path: '/v1/ratings', role: 'ingester' },
  { method: 'get', path: '/v1/me', role: 'ingester' },
  { method: 'get', path: '/v1/me/verdicts', role: 'factchecker' },
  { method: 'get', path: '/v1/people', role: 'editor' },
  { method: 'post', path: '/v1/users', role: 'admin' },
  { method: 'get', path: '/v1/users', role: 'admin' },
  { method: 'delete', path: '/v1/users/:id', role: 'admin' },
  { method: 'post', path: '/v1/users/:id/key', role: 'admin' },
  { method: 'post', path: '/v1/webhooks', role: 'admin' },
  { method: 'get', path: '/v1/webhooks', role: 'admin' },
  { method: 'delete', path: '/v1/webhooks/:id', role: 'admin' },
  { method: 'get', path: '/v1/webhooks/:id/deliveries', role: 'admin' },
  { method: 'post', path: '/v1/webhooks/:id/deliveries/:deliveryId/retry', role: 'admin' },
  { method: 'get', path: '/health/live', role: 'none' },
  { method: 'get', path: '/health/ready', role: 'none' },
  { method: 'get', path: '/', role: 'none' },
  { method: 'get', path: '/docs', role: 'none' },
  { method: 'get', path: '/docs-json', role: 'none' },
  { method: 'get', path: '/metrics', role: 'none' },
  { method: 'get', path: '/fact-checks', role: 'none' },
  { method: 'get', path: '/fact-checks/feed.atom', role: 'none' },
  { method: 'get', path: '/fact-checks/feed.json', role: 'none' },
  { method: 'get', path: '/fact-checks/:slug', role: 'none' },
];

const INJECTIONS = ["'; DROP TABLE claims; --", '{{7*7}}', '${7*7}', '<%= 7*7 %>', '#{7*7}', '" OR 1=1 --'];
const STACK_TRACE = /\bat [\w.<>]+ \(|\.ts:\d+|node_modules|QueryFailedError/;
const TWO_MB = 2 * 1024 * 1024;

/**
 * Bad input at every endpoint: each gets a clear 4xx application/problem+json answer that names what was wrong,
 * nothing is stored or changed, and the service stays ready. Text that looks like code is kept as plain data.
 */
describe('bad input', () => {
  let service: TestService;
  const keys = {} as Record<Exclude<Role, 'none'>, string>;
  /** Real ids for the path parameters, so that a request that got past validation would find something to change. */
  const ids = {} as {
    article: string;
    claim: string;
    quote: string;
    user: string;
    webhook: string;
    delivery: string;
    match: string;
  };

  beforeAll(async () => {
    service = await startTestService();
    keys.admin = service.adminKey;
    keys.ingester = (await createUserKey(service, 'ingester')).apiKey;
    keys.factchecker = (await createUserKey(service, 'factchecker')).apiKey;
    keys.editor = (await createUserKey(service, 'editor')).apiKey;
    ids.user = (await createUserKey(service, 'ingester', 'Bystander')).id;
  }, 60_000);

  afterAll(() => service?.stop());

  const http = (role: Role) => service.http(role === 'none' ? null : keys[role]);

  /** Row counts of every table a request could write to, and a digest of the rows a request could change. */
  const snapshot = async () =>
    (
      await service.query(`
        SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM quotes)::int AS quotes,
               (SELECT count(*) FROM speakers)::int AS speakers, (SELECT count(*) FROM claims)::int AS claims,
               (SELECT count(*) FROM claim_matches)::int AS claim_matches, (SELECT count(*) FROM leases)::int AS leases,
               (SELECT count(*) FROM verdicts)::int AS verdicts, (SELECT count(*) FROM events)::int AS events,
               (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM users)::int AS users,
               (SELECT count(*) FROM idempotency_keys)::int AS idempotency_keys,
               (SELECT count(*) FROM corrections)::int AS corrections,
               (SELECT md5(coalesce(string_agg(concat_ws('|', id, speaker_id, speaker_name, mention_start, mention_end, machine, not_a_quote), ',' ORDER BY id), ''))
                  FROM quotes) AS quotes_state,
               (SELECT count(*) FROM webhook_subscriptions)::int AS webhook_subscriptions,
               (SELECT count(*) FROM webhook_deliveries)::int AS webhook_deliveries,
               (SELECT md5(coalesce(string_agg(concat_ws('|', id, stage, updated_at, lease_id, lease_expires_at, text, standalone, machine), ',' ORDER BY id), ''))
                  FROM claims) AS claims_state,
               (SELECT md5(coalesce(string_agg(concat_ws('|', id, api_key_hash, revoked_at), ',' ORDER BY id), '')) FROM users) AS users_state,
               (SELECT md5(coalesce(string_agg(concat_ws('|', id, active, deleted_at), ',' ORDER BY id), '')) FROM webhook_subscriptions)
                  AS webhooks_state,
               (SELECT md5(coalesce(string_agg(concat_ws('|', id, status, attempts), ',' ORDER BY id), '')) FROM webhook_deliveries)
                  AS deliveries_state`)
    )[0];

  /** Sends, then checks the answer is the problem expected and that nothing in the database changed. */
  async function expectRefused(
    name: string,
    send: () => request.Test | Promise<request.Response>,
    status: number,
    expected: { type?: string; field?: string; detail?: RegExp } = {},
  ): Promise<request.Response> {
    const before = await snapshot();
    const response = await send();
    expect({ name, status: response.status }).toEqual({ name, status });
    expectProblem(response, status, name);
    if (expected.type) expect({ name, type: response.body.type }).toEqual({ name, type: expected.type });
    if (expected.detail) expect(response.body.detail).toMatch(expected.detail);
    if (expected.field) {
      expect({ name, errors: response.body.errors }).toEqual({
        name,
        errors: expect.arrayContaining([
          expect.objectContaining({ field: expected.field, message: expect.any(String) }),
        ]),
      });
      expect(response.body.errors.length).toBeLessThanOrEqual(50);
    }
    expect(response.text).not.toMatch(STACK_TRACE);
    expect({ name, after: await snapshot() }).toEqual({ name, after: before });
    return response;
  }

  function pathOf(
    endpoint: { path: string },
    overrides: Partial<Record<'id' | 'matchId' | 'deliveryId' | 'slug', string>> = {},
  ) {
    const ownId = endpoint.path.startsWith('/v1/articles')
      ? ids.article
      : endpoint.path.startsWith('/v1/users')
        ? ids.user
        : endpoint.path.startsWith('/v1/webhooks')
          ? ids.webhook
          : endpoint.path.startsWith('/v1/quotes')
            ? ids.quote
            : ids.claim;
    return endpoint.path
      .replace(':id', overrides.id ?? ownId)
      .replace(':matchId', overrides.matchId ?? ids.match)
      .replace(':deliveryId', overrides.deliveryId ?? ids.delivery)
      .replace(':slug', overrides.slug ?? 'no-such-fact-check');
  }

  describe('text that looks like code is stored and served as plain data (worker running)', () => {
    const scriptClaim =
      'Unemployment in district 7 fell to 3.1 percent in 2025 </script><script>alert(1)</script> {{7*7}} ${7*7}';
    const article = {
      title: `<script>alert("title")</script> ${INJECTIONS.join(' ')}`,
      body:
        'Senator Jane Doe spoke on Monday.\n\n' +
        `“${scriptClaim}, the lowest rate since 1990,” Senator Jane Doe said on Tuesday.\n\n` +
        "“Crime fell 20 percent '; DROP TABLE claims; -- last year,” the mayor said.",
      url: 'https://news.example/injection?q=%27%3B%20DROP%20TABLE%20claims%3B%20--',
      publisher: "Publisher'; DROP TABLE articles; --",
      authors: ['<img src=x onerror=alert(1)>', '{{7*7}}', '${7*7}'],
    };
    let claimId: string;

    it('keeps an article with script, SQL and template text exactly as sent, and every table in place', async () => {
      const created = await http('ingester').post('/v1/articles').send(article).expect(202);
      ids.article = created.body.id;
      const stored = await http('ingester').get(`/v1/articles/${ids.article}`).expect(200);
      expect(stored.body).toMatchObject({
        title: article.title,
        body: article.body,
        publisher: article.publisher,
        authors: article.authors,
      });
      expect(stored.text).not.toMatch(/[<>]/);
      const claims = await waitFor(
        async () => {
          const rows = await service.query<{ id: string; text: string; stage: string; triaged_at: Date | null }>(
            'SELECT id, text, stage, triaged_at FROM claims WHERE article_id = $1',
            [ids.article],
          );
          return rows.length >= 2 && rows.every((row) => row.triaged_at) && rows;
        },
        { what: 'the claims to be triaged' },
      );
      const script = claims.find((claim) => claim.text.includes('<script>'))!;
      expect(script.text).toContain('</script><script>alert(1)</script> {{7*7}} ${7*7}');
      claimId = script.id;
      for (const claim of claims.filter((row) => row.stage === 'triage')) {
        await http('factchecker').post(`/v1/claims/${claim.id}/promote`).expect(200);
      }
      // The text is data everywhere: not evaluated ({{7*7}} is not 49) and not executed as SQL.
      expect(JSON.stringify(await service.query('SELECT title, body, publisher, authors FROM articles'))).not.toContain(
        '49',
      );
      for (const table of ['articles', 'claims']) {
        expect(Number((await service.query(`SELECT count(*) AS n FROM ${table}`))[0].n)).toBeGreaterThan(0);
      }
    });

    it('treats injection strings in filters as words to look for', async () => {
      for (const text of INJECTIONS) {
        for (const field of ['q', 'speaker', 'publisher']) {
          const response = await http('factchecker')
            .get('/v1/claims')
            .query({ [field]: text });
          expect({ text, field, status: response.status }).toEqual({ text, field, status: 200 });
        }
      }
      const byPublisher = await http('factchecker')
        .get('/v1/claims')
        .query({ publisher: "'; DROP TABLE articles; --" })
        .expect(200);
      expect(byPublisher.body.items.length).toBeGreaterThanOrEqual(2);
      expect(byPublisher.body.items.every((item: { article: { id: string } }) => item.article.id === ids.article)).toBe(
        true,
      );
      const wildcard = await http('factchecker').get('/v1/claims').query({ speaker: '%' }).expect(200);
      expect(wildcard.body.items).toEqual([]);
      const search = await http('factchecker').get('/v1/claims').query({ q: '"DROP TABLE claims"' }).expect(200);
      expect(search.body.items.some((item: { text: string }) => item.text.includes('DROP TABLE claims'))).toBe(true);
    });

    it('serves a ClaimReview whose script text cannot break out of a <script type="application/ld+json"> block', async () => {
      const summary = '</script><script>alert("summary")</script> {{7*7}} ${7*7}';
      await http('factchecker').post(`/v1/claims/${claimId}/lease`).expect(200);
      const draft = await http('factchecker')
        .put(`/v1/claims/${claimId}/verdict`)
        .send({
          rating: 'False',
          summary,
          explanation: "'; DROP TABLE verdicts; -- <img src=x onerror=alert(2)>",
          sources: [{ url: 'https://stats.example/report?a=1&b=2', title: '<b>Labour</b> statistics' }],
        })
        .expect(200);
      expect(draft.text).not.toMatch(/[<>]/);
      expect(draft.body.summary).toBe(summary);
      await http('factchecker').post(`/v1/claims/${claimId}/submit`).expect(200);
      await http('editor').post(`/v1/claims/${claimId}/lease`).expect(200);
      await http('editor').post(`/v1/claims/${claimId}/approve`).expect(200);
      const served = await waitFor(
        async () => {
          const response = await http('ingester').get(`/v1/claims/${claimId}/claimreview`);
          return response.status === 200 && response;
        },
        { what: 'the ClaimReview' },
      );
      expect(served.body.claimReviewed).toContain('</script><script>alert(1)</script>');
      expect(served.body.reviewBody).toBe(summary);
      // As served, the JSON has no < or >: pasted into a page as is, it stays one JSON-LD block.
      expect(served.text).not.toMatch(/[<>]/);
      expect(served.text).toContain('\\u003c/script\\u003e');
      const page = new JSDOM(
        `<html><head><script type="application/ld+json">${served.text}</script></head><body></body></html>`,
      );
      const scripts = page.window.document.querySelectorAll('script');
      expect(scripts).toHaveLength(1);
      expect(JSON.parse(scripts[0].textContent)).toEqual(served.body);
      page.window.close();

      const feed = await http('ingester').get('/v1/claimreviews').expect(200);
      expect(feed.text).not.toMatch(/[<>]/);
      expect(feed.body.items.map((item: { reviewBody: string }) => item.reviewBody)).toContain(summary);
      const csv = await http('ingester').get('/v1/claimreviews.csv').expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toMatch(/^attachment/);
      expect(csv.headers['x-content-type-options']).toBe('nosniff');
      expect(csv.text).toContain('{{7*7}}');
      expect(Number((await service.query('SELECT count(*) AS n FROM verdicts'))[0].n)).toBeGreaterThan(0);
    });

    it('turns an article submitted as HTML with scripts and event handlers into plain text with no markup', async () => {
      const html =
        '<html><head><title>Council &lt;script&gt;alert(0)&lt;/script&gt; meets</title><script>alert(1)</script></head><body>' +
        '<article><p>“Rents rose 12 percent last year,” the councillor said.<img src=x onerror="alert(2)"></p>' +
        '<p onmouseover="alert(3)">Read <a href="javascript:alert(4)">more</a>.<svg onload="alert(5)"></svg>' +
        '<iframe srcdoc="<script>alert(6)</script>"></iframe><textarea><script>alert(7)</script></textarea></p>' +
        '<p>Escaped &lt;img src=x onerror=alert(8)&gt; markup &#1;and a control character.</p></article></body></html>';
      const created = await http('ingester')
        .post('/v1/articles')
        .send({ html, url: 'https://news.example/council-html' })
        .expect(202);
      const stored = await http('ingester').get(`/v1/articles/${created.body.id}`).expect(200);
      expect(stored.body.title).toBe('Council alert(0) meets');
      expect(stored.body.body).toBe(
        '“Rents rose 12 percent last year,” the councillor said.\n\nRead more.\n\nEscaped markup and a control character.',
      );
      const [row] = await service.query('SELECT title, body FROM articles WHERE id = $1', [created.body.id]);
      for (const text of [row.title, row.body]) {
        // eslint-disable-next-line no-control-regex -- no control characters may be stored: that is the assertion
        expect(text).not.toMatch(/[<>]|onerror|onmouseover|onload|javascript:|alert\([1-8]\)|[\u0000-\u0008]/);
      }
    });

    it('stops the worker so that the rest of the suite sees a database at rest', async () => {
      await waitFor(
        async () => {
          const rows = await service.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM articles WHERE status IN ('received', 'extracting')`,
          );
          return rows[0].n === 0;
        },
        { what: 'every article to be extracted' },
      );
      await waitFor(
        async () => (await service.query(`SELECT count(*)::int AS n FROM claims WHERE triaged_at IS NULL`))[0].n === 0,
        { what: 'every claim to be triaged' },
      );
      const subscription = await http('admin')
        .post('/v1/webhooks')
        .send({ url: 'http://127.0.0.1:9/hook', events: ['claim.ready'] })
        .expect(201);
      ids.webhook = subscription.body.id;
      await service.stopWorker();
      // A claim in research, never leased, is the target of every claim endpoint below.
      const [claim] = await service.query(
        `SELECT c.id FROM claims c WHERE c.stage = 'research' AND c.lease_id IS NULL ORDER BY c.created_at LIMIT 1`,
      );
      ids.claim = claim.id;
      [{ quote_id: ids.quote }] = await service.query('SELECT quote_id FROM claims WHERE id = $1', [ids.claim]);
      ids.match = randomUUID();
      ids.delivery = randomUUID();
      expect(ids.claim).toBeDefined();
    });
  });

  describe('every endpoint', () => {
    it('is in this suite: the list above is every route the API has', () => {
      const router = (
        service.api.getHttpAdapter().getInstance() as {
          router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
        }
      ).router;
      const routes = router.stack
        .filter((layer) => layer.route)
        .flatMap((layer) =>
          Object.keys(layer.route!.methods)
            .filter((method) => method !== '_all')
            .map((method) => `${method} ${layer.route!.path}`),
        );
      expect(routes.sort()).toEqual(ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort());
    });

    const raw = (endpoint: (typeof ENDPOINTS)[number], contentType: string, body: string | Buffer) =>
      http(endpoint.role)
        [endpoint.method](pathOf(endpoint))
        .set('Content-Type', contentType)
        .serialize((value: unknown) => value as string)
        .send(body as string);

    const universal: [
      string,
      (endpoint: (typeof ENDPOINTS)[number]) => request.Test,
      number,
      { type?: string; field?: string },
    ][] = [
      [
        'malformed JSON',
        (endpoint) => raw(endpoint, 'application/json', '{"name": "x",'),
        400,
        { type: '/problems/malformed-json' },
      ],
      [
        'JSON with trailing garbage',
        (endpoint) => raw(endpoint, 'application/json', '{} {}'),
        400,
        { type: '/problems/malformed-json' },
      ],
      [
        'a bare JSON string',
        (endpoint) => raw(endpoint, 'application/json', '"text"'),
        400,
        { type: '/problems/malformed-json' },
      ],
      [
        'a body over 2 MB',
        (endpoint) => raw(endpoint, 'application/json', JSON.stringify({ body: 'x'.repeat(TWO_MB) })),
        413,
        {},
      ],
      [
        'invalid UTF-8',
        (endpoint) =>
          raw(
            endpoint,
            'application/json',
            Buffer.concat([Buffer.from('{"name": "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
          ),
        400,
        { type: '/problems/invalid-encoding' },
      ],
      ['a body that is not JSON', (endpoint) => raw(endpoint, 'text/plain', 'name=x'), 415, {}],
      ['a form body', (endpoint) => raw(endpoint, 'application/x-www-form-urlencoded', 'name=x&role=admin'), 415, {}],
      [
        'JSON in a charset other than UTF-8',
        (endpoint) => raw(endpoint, 'application/json; charset=latin1', '{}'),
        415,
        {},
      ],
      [
        'an unknown field',
        (endpoint) => raw(endpoint, 'application/json', '{"unexpectedField": 1}'),
        400,
        { type: '/problems/validation', field: 'unexpectedField' },
      ],
      [
        'a prototype key',
        (endpoint) => raw(endpoint, 'application/json', '{"__proto__": {"role": "admin"}}'),
        400,
        { type: '/problems/validation', field: '__proto__' },
      ],
      [
        'a constructor key',
        (endpoint) => raw(endpoint, 'application/json', '{"constructor": {"prototype": {}}}'),
        400,
        { type: '/problems/validation', field: 'constructor' },
      ],
      [
        'JSON nested 10,000 deep',
        (endpoint) => raw(endpoint, 'application/json', `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
        400,
        { type: '/problems/malformed-json' },
      ],
      ['an array instead of an object', (endpoint) => raw(endpoint, 'application/json', '[1, 2]'), 400, {}],
    ];

    it.each(ENDPOINTS.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
      '%s refuses malformed, oversized, mis-encoded and unexpected bodies',
      async (name, endpoint) => {
        for (const [what, send, status, expected] of universal) {
          await expectRefused(`${name}: ${what}`, () => send(endpoint), status, expected);
        }
      },
    );

    const withIds = ENDPOINTS.filter((endpoint) => endpoint.path.includes(':'));
    const BAD_IDS = [
      'not-a-uuid',
      '1',
      '-1',
      '0',
      ...INJECTIONS,
      'x'.repeat(2000),
      '00000000-0000-4000-8000-00000000000g',
      `${randomUUID()}x`,
      ` ${randomUUID()}`,
    ];
    /** Sent as written: a NUL and slashes that only appear once the path is decoded. */
    const ENCODED_IDS = ['%00', '..%2F..%2Fetc%2Fpasswd', `${randomUUID()}%0A`];

    it.each(withIds.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path}`, endpoint] as const))(
      '%s answers unknown and malformed ids with a 404 problem',
      async (name, endpoint) => {
        const parameters = (endpoint.path.match(/:(\w+)/g) ?? []).map(
          (parameter) => parameter.slice(1) as 'id' | 'matchId' | 'deliveryId' | 'slug',
        );
        for (const parameter of parameters) {
          const candidates = [randomUUID(), randomUUID().toUpperCase(), ...BAD_IDS]
            .map(encodeURIComponent)
            .concat(ENCODED_IDS);
          for (const encoded of candidates) {
            const id = decodeURIComponent(encoded);
            await expectRefused(
              `${name} with ${parameter}=${id.slice(0, 40)}`,
              () => {
                const sent = http(endpoint.role)[endpoint.method](pathOf(endpoint, { [parameter]: encoded }));
                return endpoint.validBody ? sent.send(endpoint.validBody) : sent;
              },
              404,
              { type: '/problems/not-found' },
            );
          }
        }
      },
    );
  });

  describe('fields of the wrong type, control characters, sizes and values', () => {
    const cases: [string, Method, () => string, Role, unknown, string][] = [
      // POST /v1/articles
      ['articles: an empty object', 'post', () => '/v1/articles', 'ingester', {}, 'body'],
      ['articles: an empty body', 'post', () => '/v1/articles', 'ingester', { body: '' }, 'body'],
      ['articles: body null', 'post', () => '/v1/articles', 'ingester', { body: null }, 'body'],
      ['articles: body a number', 'post', () => '/v1/articles', 'ingester', { body: 42 }, 'body'],
      ['articles: body an array', 'post', () => '/v1/articles', 'ingester', { body: ['text'] }, 'body'],
      ['articles: body an object', 'post', () => '/v1/articles', 'ingester', { body: { text: 'x' } }, 'body'],
      ['articles: html a boolean', 'post', () => '/v1/articles', 'ingester', { html: true }, 'html'],
      [
        'articles: body and html',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', html: '<p>Text.</p>' },
        'html',
      ],
      [
        'articles: html with no text',
        'post',
        () => '/v1/articles',
        'ingester',
        { html: '<script>alert(1)</script><style>p{}</style>' },
        'html',
      ],
      ['articles: a NUL in the body', 'post', () => '/v1/articles', 'ingester', { body: 'Text\u0000more.' }, 'body'],
      [
        'articles: a bell in the title',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', title: 'Ding\u0007' },
        'title',
      ],
      [
        'articles: an escape sequence in the publisher',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', publisher: '\u001b[31mred' },
        'publisher',
      ],
      ['articles: a lone surrogate', 'post', () => '/v1/articles', 'ingester', { body: 'Broken \ud800 text.' }, 'body'],
      [
        'articles: DEL in an author',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', authors: ['A\u007f'] },
        'authors',
      ],
      ['articles: a title a number', 'post', () => '/v1/articles', 'ingester', { body: 'Text.', title: 7 }, 'title'],
      [
        'articles: a title over 1000 characters',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', title: 't'.repeat(1001) },
        'title',
      ],
      [
        'articles: authors a string',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', authors: 'A. Reporter' },
        'authors',
      ],
      [
        'articles: authors numbers',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', authors: [1, 2] },
        'authors',
      ],
      [
        'articles: 100,000 authors',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', authors: Array(100_000).fill('A') },
        'authors',
      ],
      [
        'articles: a javascript: url',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', url: 'javascript:alert(1)' },
        'url',
      ],
      [
        'articles: a data: url',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', url: 'data:text/html,<script>alert(1)</script>' },
        'url',
      ],
      [
        'articles: a url with a NUL',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', url: 'https://news.example/\u0000' },
        'url',
      ],
      ['articles: a url a number', 'post', () => '/v1/articles', 'ingester', { body: 'Text.', url: 12 }, 'url'],
      [
        'articles: a url alone to a file',
        'post',
        () => '/v1/articles',
        'ingester',
        { url: 'file:///etc/passwd' },
        'url',
      ],
      ['articles: a url alone that is empty', 'post', () => '/v1/articles', 'ingester', { url: '' }, 'url'],
      ['articles: a url alone that is relative', 'post', () => '/v1/articles', 'ingester', { url: '/story' }, 'url'],
      [
        'articles: a url alone over 2048 characters',
        'post',
        () => '/v1/articles',
        'ingester',
        { url: `https://news.example/${'a'.repeat(2030)}` },
        'url',
      ],
      [
        'articles: a date that is not one',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', publishedAt: '2026-13-45T99:00:00Z' },
        'publishedAt',
      ],
      [
        'articles: a date as a number',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', publishedAt: 1_700_000_000 },
        'publishedAt',
      ],
      [
        'articles: year zero',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', publishedAt: '0000-01-01T00:00:00Z' },
        'publishedAt',
      ],
      [
        'articles: a language that is markup',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', language: '<script>' },
        'language',
      ],
      [
        'articles: claimsFrom not a source',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', claimsFrom: 'speeches' },
        'claimsFrom',
      ],
      [
        'articles: claimsFrom in capitals',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', claimsFrom: 'ALL' },
        'claimsFrom',
      ],
      [
        'articles: claimsFrom a list',
        'post',
        () => '/v1/articles',
        'ingester',
        { body: 'Text.', claimsFrom: ['all'] },
        'claimsFrom',
      ],
      // PATCH /v1/claims/:id/verdict, an editor's edit in review (validation comes before the lease check)
      ['verdict edit: nothing to edit', 'patch', () => `/v1/claims/${ids.claim}/verdict`, 'editor', {}, 'summary'],
      [
        'verdict edit: a summary an array',
        'patch',
        () => `/v1/claims/${ids.claim}/verdict`,
        'editor',
        { summary: ['x'] },
        'summary',
      ],
      [
        'verdict edit: a rating not on the scale',
        'patch',
        () => `/v1/claims/${ids.claim}/verdict`,
        'editor',
        { rating: 'Mostly Purple' },
        'rating',
      ],
      [
        'verdict edit: no source left',
        'patch',
        () => `/v1/claims/${ids.claim}/verdict`,
        'editor',
        { sources: [] },
        'sources',
      ],
      // POST /v1/claims/:id/verdict/reuse (validation comes before the lease check)
      [
        'reuse: no claim to reuse from',
        'post',
        () => `/v1/claims/${ids.claim}/verdict/reuse`,
        'factchecker',
        {},
        'fromClaimId',
      ],
      [
        'reuse: a fromClaimId that is SQL',
        'post',
        () => `/v1/claims/${ids.claim}/verdict/reuse`,
        'factchecker',
        { fromClaimId: "x'; DROP TABLE verdicts; --" },
        'fromClaimId',
      ],
      // PATCH /v1/claims/:id and /v1/quotes/:id (an editor needs no lease, so every check is reached)
      ['claim correction: nothing', 'patch', () => `/v1/claims/${ids.claim}`, 'editor', {}, 'text'],
      ['claim correction: text a number', 'patch', () => `/v1/claims/${ids.claim}`, 'editor', { text: 5 }, 'text'],
      ['claim correction: empty text', 'patch', () => `/v1/claims/${ids.claim}`, 'editor', { text: '' }, 'text'],
      [
        'claim correction: text over 2000 characters',
        'patch',
        () => `/v1/claims/${ids.claim}`,
        'editor',
        { text: 'x'.repeat(2001) },
        'text',
      ],
      [
        'claim correction: text not in its quote',
        'patch',
        () => `/v1/claims/${ids.claim}`,
        'editor',
        { text: 'Senator Jane Doe spoke on Monday' },
        'text',
      ],
      [
        'claim correction: a standalone with a NUL',
        'patch',
        () => `/v1/claims/${ids.claim}`,
        'editor',
        { standalone: 'A\u0000B' },
        'standalone',
      ],
      [
        'claim correction: a speaker of another article',
        'patch',
        () => `/v1/claims/${ids.claim}`,
        'editor',
        { speaker: { speakerId: '00000000-0000-4000-8000-000000000000' } },
        'speaker.speakerId',
      ],
      [
        'claim correction: a speaker type unknown to the service',
        'patch',
        () => `/v1/claims/${ids.claim}`,
        'editor',
        { speaker: { name: 'Ann', type: 'robot' } },
        'speaker.type',
      ],
      [
        'claim correction: a speaker as text',
        'patch',
        () => `/v1/claims/${ids.claim}`,
        'editor',
        { speaker: 'Ann' },
        'speaker',
      ],
      ['quote correction: nothing', 'patch', () => `/v1/quotes/${ids.quote}`, 'editor', {}, 'speaker'],
      [
        'quote correction: notAQuote false',
        'patch',
        () => `/v1/quotes/${ids.quote}`,
        'editor',
        { notAQuote: false },
        'notAQuote',
      ],
      [
        'quote correction: a mention outside the article',
        'patch',
        () => `/v1/quotes/${ids.quote}`,
        'editor',
        { mention: { start: 0, end: 10_000_000 } },
        'mention.end',
      ],
      [
        'quote correction: a mention ending before it starts',
        'patch',
        () => `/v1/quotes/${ids.quote}`,
        'editor',
        { mention: { start: 9, end: 3 } },
        'mention.end',
      ],
      [
        'quote correction: a negative mention',
        'patch',
        () => `/v1/quotes/${ids.quote}`,
        'editor',
        { mention: { start: -4, end: 3 } },
        'mention.start',
      ],
      // PUT /v1/claims/:id/verdict (validation comes before the lease check)
      [
        'verdict: a rating a number',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { rating: 5 },
        'rating',
      ],
      [
        'verdict: a rating not on the scale',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { rating: 'Mostly Purple' },
        'rating',
      ],
      [
        'verdict: a rating that is SQL',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { rating: "False'; DROP TABLE verdicts; --" },
        'rating',
      ],
      [
        'verdict: a summary an array',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { summary: ['x'] },
        'summary',
      ],
      [
        'verdict: a NUL in the summary',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { summary: 'a\u0000b' },
        'summary',
      ],
      [
        'verdict: an explanation over 100,000 characters',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { explanation: 'e'.repeat(100_001) },
        'explanation',
      ],
      [
        'verdict: sources a string',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { sources: 'https://stats.example' },
        'sources',
      ],
      [
        'verdict: a source that is null',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { sources: [null] },
        'sources.0',
      ],
      [
        'verdict: a source url that is not http',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { sources: [{ url: 'ftp://x.example/a' }] },
        'sources.0.url',
      ],
      [
        'verdict: a source title a number',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { sources: [{ url: 'https://x.example', title: 1 }] },
        'sources.0.title',
      ],
      [
        'verdict: an unknown field in a source',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { sources: [{ url: 'https://x.example', score: 1 }] },
        'sources.0.score',
      ],
      [
        'verdict: 100,000 sources',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { sources: Array(100_000).fill({}) },
        'sources',
      ],
      [
        'verdict: a status it cannot set',
        'put',
        () => `/v1/claims/${ids.claim}/verdict`,
        'factchecker',
        { status: 'published' },
        'status',
      ],
      // reject, dismiss, correct
      ['reject: no comment', 'post', () => `/v1/claims/${ids.claim}/reject`, 'editor', {}, 'comment'],
      [
        'reject: an empty comment',
        'post',
        () => `/v1/claims/${ids.claim}/reject`,
        'editor',
        { comment: '' },
        'comment',
      ],
      [
        'reject: a comment a number',
        'post',
        () => `/v1/claims/${ids.claim}/reject`,
        'editor',
        { comment: 5 },
        'comment',
      ],
      [
        'reject: a comment over 5000 characters',
        'post',
        () => `/v1/claims/${ids.claim}/reject`,
        'editor',
        { comment: 'c'.repeat(5001) },
        'comment',
      ],
      ['dismiss: no reason', 'post', () => `/v1/claims/${ids.claim}/dismiss`, 'factchecker', {}, 'reason'],
      [
        'dismiss: a reason an object',
        'post',
        () => `/v1/claims/${ids.claim}/dismiss`,
        'factchecker',
        { reason: { why: 'x' } },
        'reason',
      ],
      [
        'dismiss: a NUL in the reason',
        'post',
        () => `/v1/claims/${ids.claim}/dismiss`,
        'factchecker',
        { reason: 'opinion\u0000' },
        'reason',
      ],
      ['correct: no note', 'post', () => `/v1/claims/${ids.claim}/correct`, 'editor', { rating: 'True' }, 'note'],
      [
        'correct: a rating an array',
        'post',
        () => `/v1/claims/${ids.claim}/correct`,
        'editor',
        { note: 'Fix.', rating: ['True'] },
        'rating',
      ],
      [
        'correct: a bad source url',
        'post',
        () => `/v1/claims/${ids.claim}/correct`,
        'editor',
        { note: 'Fix.', sources: [{ url: 'nope' }] },
        'sources.0.url',
      ],
      // users
      ['users: an empty object', 'post', () => '/v1/users', 'admin', {}, 'name'],
      ['users: no role', 'post', () => '/v1/users', 'admin', { name: 'Nobody' }, 'role'],
      [
        'users: a role that does not exist',
        'post',
        () => '/v1/users',
        'admin',
        { name: 'Nobody', role: 'superuser' },
        'role',
      ],
      ['users: a role in an array', 'post', () => '/v1/users', 'admin', { name: 'Nobody', role: ['admin'] }, 'role'],
      ['users: an empty name', 'post', () => '/v1/users', 'admin', { name: '', role: 'ingester' }, 'name'],
      [
        'users: a name an object',
        'post',
        () => '/v1/users',
        'admin',
        { name: { first: 'A' }, role: 'ingester' },
        'name',
      ],
      [
        'users: a NUL in the team',
        'post',
        () => '/v1/users',
        'admin',
        { name: 'A', role: 'ingester', team: 'desk\u0000' },
        'team',
      ],
      [
        'users: choosing ones own key',
        'post',
        () => '/v1/users',
        'admin',
        { name: 'A', role: 'ingester', apiKey: 'my-own-key-0123456789' },
        'apiKey',
      ],
      [
        'users: choosing an id',
        'post',
        () => '/v1/users',
        'admin',
        { name: 'A', role: 'ingester', id: randomUUID() },
        'id',
      ],
      // webhooks
      ['webhooks: an empty object', 'post', () => '/v1/webhooks', 'admin', {}, 'url'],
      [
        'webhooks: no events',
        'post',
        () => '/v1/webhooks',
        'admin',
        { url: 'http://127.0.0.1:9/x', events: [] },
        'events',
      ],
      [
        'webhooks: an unknown event',
        'post',
        () => '/v1/webhooks',
        'admin',
        { url: 'http://127.0.0.1:9/x', events: ['claim.exploded'] },
        'events',
      ],
      [
        'webhooks: events a string',
        'post',
        () => '/v1/webhooks',
        'admin',
        { url: 'http://127.0.0.1:9/x', events: 'claim.ready' },
        'events',
      ],
      [
        'webhooks: 100,000 events',
        'post',
        () => '/v1/webhooks',
        'admin',
        { url: 'http://127.0.0.1:9/x', events: Array(100_000).fill('claim.ready') },
        'events',
      ],
      [
        'webhooks: a file: url',
        'post',
        () => '/v1/webhooks',
        'admin',
        { url: 'file:///etc/passwd', events: ['claim.ready'] },
        'url',
      ],
      [
        'webhooks: a url with a NUL',
        'post',
        () => '/v1/webhooks',
        'admin',
        { url: 'http://127.0.0.1:9/\u0000', events: ['claim.ready'] },
        'url',
      ],
      [
        'webhooks: choosing the secret',
        'post',
        () => '/v1/webhooks',
        'admin',
        { url: 'http://127.0.0.1:9/x', events: ['claim.ready'], secret: 'whsec_mine' },
        'secret',
      ],
      [
        'webhooks: a description a number',
        'post',
        () => '/v1/webhooks',
        'admin',
        { url: 'http://127.0.0.1:9/x', events: ['claim.ready'], description: 1 },
        'description',
      ],
    ];

    it.each(cases)('%s', async (name, method, path, role, body, field) => {
      const response = await expectRefused(
        name,
        () =>
          http(role)
            [method](path())
            .send(body as object),
        400,
        { field },
      );
      expect(['/problems/validation', '/problems/invalid']).toContain(response.body.type);
    });

    it('refuses to fetch a url on this host or with credentials in it, before any connection (422)', async () => {
      // Port 9 on loopback: were the guard to let one through, the fetch would still not leave this host.
      const refused: [string, string][] = [
        ['http://127.0.0.1:9/story', 'private-address'],
        ['http://[::1]:9/story', 'private-address'],
        ['http://0x7f000001:9/story', 'private-address'],
        ['http://localhost:9/story', 'private-address'],
        ['https://reader:secret@localhost:9/story', 'bad-address'],
      ];
      for (const [url, reason] of refused) {
        const response = await expectRefused(url, () => http('ingester').post('/v1/articles').send({ url }), 422, {
          type: '/problems/page-refused',
          field: 'url',
        });
        expect({ url, reason: response.body.reason }).toEqual({ url, reason });
      }
    });

    it('refuses an empty request to every endpoint that needs fields', async () => {
      const needFields: [string, Method, () => string, Role, string][] = [
        ['articles', 'post', () => '/v1/articles', 'ingester', 'body'],
        ['reject', 'post', () => `/v1/claims/${ids.claim}/reject`, 'editor', 'comment'],
        ['dismiss', 'post', () => `/v1/claims/${ids.claim}/dismiss`, 'factchecker', 'reason'],
        ['correct', 'post', () => `/v1/claims/${ids.claim}/correct`, 'editor', 'note'],
        ['claim correction', 'patch', () => `/v1/claims/${ids.claim}`, 'editor', 'text'],
        ['quote correction', 'patch', () => `/v1/quotes/${ids.quote}`, 'editor', 'speaker'],
        ['users', 'post', () => '/v1/users', 'admin', 'name'],
        ['webhooks', 'post', () => '/v1/webhooks', 'admin', 'events'],
      ];
      for (const [name, method, path, role, field] of needFields) {
        await expectRefused(`${name} with no body at all`, () => http(role)[method](path()), 400, { field });
        await expectRefused(
          `${name} with an empty JSON body`,
          () => http(role)[method](path()).set('Content-Type', 'application/json').send(''),
          400,
          { field },
        );
      }
    });
  });

  describe('query parameters: pagination, dates, filters', () => {
    const LIMITS = [
      '-1',
      '0',
      '1.5',
      '1e3',
      '0x10',
      ' 5',
      'abc',
      '',
      '99999999999999999999',
      '1e400',
      'NaN',
      'Infinity',
    ];
    const CURSORS = [
      'garbage',
      '-1',
      'x'.repeat(5000),
      Buffer.from(JSON.stringify([1, '------------------------------------'])).toString('base64url'),
      Buffer.from(JSON.stringify(['2000', '------------------------------------'])).toString('base64url'),
      Buffer.from(JSON.stringify(['-100000-01-01T00:00:00.000000Z', randomUUID()])).toString('base64url'),
      Buffer.from(JSON.stringify([null, null])).toString('base64url'),
      Buffer.from('{"__proto__":1}').toString('base64url'),
      '9999999999999999999',
      "'; DROP TABLE events; --",
    ];
    const DATES = [
      'yesterday',
      '1',
      '2026-02-30',
      '-100000-01-01',
      '275760-09-13T00:00:00Z',
      '0000-01-01',
      "2026'; DROP TABLE events; --",
    ];

    const paged: [string, Role, number][] = [
      ['/v1/articles', 'factchecker', 100],
      ['/v1/claims', 'factchecker', 100],
      ['/v1/events', 'editor', 500],
      ['/v1/claimreviews', 'ingester', 1000],
      ['/v1/claimreviews.csv', 'ingester', 1000],
      ['/v1/webhooks/:id/deliveries', 'admin', 500],
    ];

    it.each(paged)('%s refuses negative, fractional, enormous and non-numeric limits', async (path, role, max) => {
      for (const limit of [...LIMITS, String(max + 1)]) {
        await expectRefused(
          `${path}?limit=${limit.slice(0, 30)}`,
          () => http(role).get(pathOf({ path })).query({ limit }),
          400,
          { type: '/problems/validation', field: 'limit' },
        );
      }
      await expectRefused(`${path} with two limits`, () => http(role).get(`${pathOf({ path })}?limit=1&limit=2`), 400, {
        field: 'limit',
      });
      await http(role)
        .get(pathOf({ path }))
        .query({ limit: String(max) })
        .expect(200);
    });

    it.each(paged.filter(([path]) => !path.includes('deliveries')))(
      '%s refuses cursors it did not give out',
      async (path, role) => {
        for (const cursor of CURSORS) {
          await expectRefused(
            `${path}?cursor=${cursor.slice(0, 30)}`,
            () => http(role).get(path).query({ cursor }),
            400,
            { field: 'cursor' },
          );
        }
      },
    );

    it.each([
      ['/v1/articles', 'factchecker', 'since'],
      ['/v1/events', 'editor', 'since'],
      ['/v1/events', 'editor', 'until'],
      ['/v1/stats', 'factchecker', 'since'],
      ['/v1/claimreviews', 'ingester', 'since'],
      ['/v1/claimreviews.csv', 'ingester', 'since'],
    ] as [string, Role, string][])(
      '%s refuses a %s that is not an ISO 8601 date in years 1 to 9999',
      async (path, role, field) => {
        for (const value of DATES) {
          await expectRefused(
            `${path}?${field}=${value}`,
            () =>
              http(role)
                .get(path)
                .query({ [field]: value }),
            400,
            {
              type: '/problems/validation',
              field,
            },
          );
        }
        await http(role)
          .get(path)
          .query({ [field]: '2026-09-06T12:00:00Z' })
          .expect(200);
      },
    );

    it('refuses filters of the wrong shape', async () => {
      const cases: [string, Role, Record<string, string>, string][] = [
        ['/v1/claims', 'factchecker', { stage: 'limbo' }, 'stage'],
        ['/v1/claims', 'factchecker', { minScore: '2' }, 'minScore'],
        ['/v1/claims', 'factchecker', { minScore: '-0.1' }, 'minScore'],
        ['/v1/claims', 'factchecker', { minScore: 'NaN' }, 'minScore'],
        ['/v1/claims', 'factchecker', { articleId: 'not-a-uuid' }, 'articleId'],
        ['/v1/claims', 'factchecker', { reservedFor: 'me' }, 'reservedFor'],
        ['/v1/people', 'editor', { role: 'intern' }, 'role'],
        ['/v1/people', 'editor', { role: "editor' OR 1=1 --" }, 'role'],
        ['/v1/people', 'editor', { 'role[$ne]': 'admin' }, 'role[$ne]'],
        ['/v1/claims', 'factchecker', { speaker: 'Jane\u0000' }, 'speaker'],
        ['/v1/claims', 'factchecker', { q: 'x'.repeat(501) }, 'q'],
        ['/v1/claims', 'factchecker', { 'stage[$ne]': 'published' }, 'stage[$ne]'],
        ['/v1/claims', 'factchecker', { unknownFilter: '1' }, 'unknownFilter'],
        ['/v1/events', 'editor', { type: "verdict.published'; DROP TABLE events; --" }, 'type'],
        ['/v1/events', 'editor', { actorId: '1' }, 'actorId'],
        ['/v1/events', 'editor', { claimId: "'; DROP TABLE claims; --" }, 'claimId'],
        ['/v1/webhooks/:id/deliveries', 'admin', { status: 'exploded' }, 'status'],
      ];
      for (const [path, role, query, field] of cases) {
        await expectRefused(
          `${path} ${JSON.stringify(query)}`,
          () => http(role).get(pathOf({ path })).query(query),
          400,
          {
            type: '/problems/validation',
            field,
          },
        );
      }
    });
  });

  describe('afterwards', () => {
    it('is still ready, with every table and row where it was', async () => {
      const ready = await service.http(null).get('/health/ready').expect(200);
      expect(ready.body.checks).toEqual({ postgres: 'up', redis: 'up', migrations: 'current' });
      const state = await snapshot();
      expect(state.claims).toBeGreaterThanOrEqual(3);
      expect(state.articles).toBe(2);
      await http('factchecker').get(`/v1/claims/${ids.claim}`).expect(200);
      await http('admin').get('/v1/users').expect(200);
    });
  });
});
