import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { createUserKey, startTestService, TestService } from './support';

/** The POSTs that honour an Idempotency-Key (as the router names them); every other POST refuses it. */
const HONOURED = ['/v1/articles', '/v1/users', '/v1/webhooks', '/v1/claims/:id/notes', '/v1/articles/:id/claims'];
/** A route as the OpenAPI document names it (`{id}`) as the router does (`:id`). */
const routeOf = (documentPath: string) => documentPath.replace(/\{(\w+)\}/g, ':$1');

/**
 * Idempotency-Key on every POST: a creation is done once and a retry is answered from what was stored with it, a
 * secret shown once is not shown again (nor stored to be), and a POST that cannot replay refuses the header.
 */
describe('Idempotency-Key', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ worker: false });
  }, 60_000);

  afterAll(() => service?.stop());

  const count = async (table: string) =>
    (await service.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const snapshot = async () => {
    const tables = [
      'users',
      'webhook_subscriptions',
      'articles',
      'events',
      'outbox',
      'idempotency_keys',
      'leases',
      'verdicts',
      'webhook_deliveries',
    ];
    return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(table)])));
  };
  const post = (path: string, key: string | null, body: object, caller = service.adminKey) => {
    const test = service.http(caller).post(path);
    return (key === null ? test : test.set('Idempotency-Key', key)).send(body);
  };

  describe('POST /v1/users', () => {
    it('creates the person once; a retry gets the same person without the key, which stays the only live one', async () => {
      const key = randomUUID();
      const body = { name: 'Retried Person', role: 'factchecker', team: 'Politics' };
      const before = await snapshot();
      const first = await post('/v1/users', key, body).expect(201);
      expect(first.body).toEqual({
        id: expect.any(String),
        name: 'Retried Person',
        role: 'factchecker',
        team: 'Politics',
        apiKey: expect.stringMatching(/^fck_/),
        createdAt: expect.any(String),
      });
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      for (let retry = 0; retry < 2; retry++) {
        const again = await post('/v1/users', key, body).expect(200);
        expect(again.headers['idempotent-replayed']).toBe('true');
        expect(again.body).toEqual({
          id: first.body.id,
          name: 'Retried Person',
          role: 'factchecker',
          team: 'Politics',
          keyPrefix: first.body.apiKey.slice(0, 8),
          createdAt: first.body.createdAt,
        });
      }
      expect(await snapshot()).toEqual({
        ...before,
        users: before.users + 1,
        events: before.events + 1,
        idempotency_keys: before.idempotency_keys + 1,
      });
      await service.http(first.body.apiKey).get('/v1/me').expect(200);
      // The key is stored only as its hash: not in the stored answer, not anywhere else.
      const [stored] = await service.query('SELECT response FROM idempotency_keys WHERE key = $1', [key]);
      expect(JSON.stringify(stored.response)).not.toContain(first.body.apiKey);
      const dump = await service.query(`SELECT string_agg(t::text, '') AS all FROM (SELECT * FROM idempotency_keys) t`);
      expect(dump[0].all).not.toContain(first.body.apiKey.slice(8));
      const [user] = await service.query('SELECT api_key_hash FROM users WHERE id = $1', [first.body.id]);
      expect(user.api_key_hash).toBe(createHash('sha256').update(first.body.apiKey).digest('hex'));
    });

    it('creates one person however many retries race with the same key', async () => {
      const key = randomUUID();
      const body = { name: 'Raced Person', role: 'ingester' };
      const before = await count('users');
      const answers = await Promise.all(Array.from({ length: 6 }, () => post('/v1/users', key, body)));
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
      expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
      expect(answers.filter((answer) => answer.body.apiKey)).toHaveLength(1);
      expect(await count('users')).toBe(before + 1);
    });

    it('refuses the key for another request with a 422, and stores nothing', async () => {
      const key = randomUUID();
      await post('/v1/users', key, { name: 'First Use', role: 'ingester' }).expect(201);
      const before = await snapshot();
      for (const body of [
        { name: 'Another Person', role: 'ingester' },
        { name: 'First Use', role: 'editor' },
      ]) {
        const reused = await post('/v1/users', key, body).expect(422);
        expect(reused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(reused.body).toMatchObject({
          type: '/problems/idempotency-key-reused',
          status: 422,
          detail: expect.stringMatching(/Idempotency-Key/),
        });
      }
      // A key is the caller's own: another admin's identical key is another request.
      const otherAdmin = (await createUserKey(service, 'admin')).apiKey;
      const afterAdmin = await snapshot();
      expect(afterAdmin.users).toBe(before.users + 1);
      await post('/v1/users', key, { name: 'First Use', role: 'ingester' }, otherAdmin).expect(201);
      // A key used on another endpoint is another request too.
      await post('/v1/articles', key, { body: 'Text of an article sent with a key used for a person.' }).expect(422);
      expect((await snapshot()).articles).toBe(before.articles);
    });
  });

  describe('POST /v1/webhooks', () => {
    it('subscribes once; a retry gets the same subscription without its secret', async () => {
      const key = randomUUID();
      const body = {
        url: 'http://127.0.0.1:9/retried-hook',
        events: ['claim.ready', 'verdict.published'],
        description: 'Retried',
      };
      const before = await snapshot();
      const first = await post('/v1/webhooks', key, body).expect(201);
      expect(first.body.secret).toMatch(/^whsec_/);
      const again = await post('/v1/webhooks', key, body).expect(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      const { secret, ...view } = first.body;
      expect(again.body).toEqual(view);
      expect(await snapshot()).toEqual({
        ...before,
        webhook_subscriptions: before.webhook_subscriptions + 1,
        events: before.events + 1,
        idempotency_keys: before.idempotency_keys + 1,
      });
      const [stored] = await service.query('SELECT response FROM idempotency_keys WHERE key = $1', [key]);
      expect(JSON.stringify(stored.response)).not.toContain(secret);
      await post('/v1/webhooks', key, { ...body, description: 'Another' }).expect(422);
      expect(await count('webhook_subscriptions')).toBe(before.webhook_subscriptions + 1);
    });

    it('replays a Slack subscription, which has no secret, the same way', async () => {
      const key = randomUUID();
      const body = { url: 'http://127.0.0.1:9/slack-hook', events: ['verdict.published'], kind: 'slack' };
      const first = await post('/v1/webhooks', key, body).expect(201);
      const again = await post('/v1/webhooks', key, body).expect(200);
      expect(again.body).toEqual(first.body);
    });
  });

  describe('POST /v1/articles with claimsFrom', () => {
    it('replays the same request; the same key with another claimsFrom is another request (422)', async () => {
      const key = randomUUID();
      const body = { body: `Claims from all ${key}.`, claimsFrom: 'all' };
      const first = await post('/v1/articles', key, body).expect(202);
      expect(first.body.article.claimsFrom).toBe('all');
      const before = await snapshot();
      const again = await post('/v1/articles', key, body).expect(202);
      expect(again.body).toEqual(first.body);
      for (const other of [{ ...body, claimsFrom: 'quotes' }, { body: body.body }]) {
        await post('/v1/articles', key, other).expect(422);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('keeps the request digest of a submission without claimsFrom as it was: a retry across the upgrade replays', async () => {
      const key = randomUUID();
      const body = { body: `Sent before claimsFrom existed ${key}.`, title: 'Kept' };
      await post('/v1/articles', key, body).expect(202);
      const [stored] = await service.query('SELECT request_hash FROM idempotency_keys WHERE key = $1', [key]);
      const { title } = body;
      const earlier = JSON.stringify({ title, body: body.body });
      expect(stored.request_hash).toBe(createHash('sha256').update(earlier).digest('hex'));
    });
  });

  describe('a malformed key', () => {
    it.each(HONOURED)('is a 400 naming the header on POST %s, and stores nothing', async (path) => {
      const body = {
        '/v1/articles': { body: 'An article.' },
        '/v1/users': { name: 'Bad Key', role: 'ingester' },
        '/v1/webhooks': { url: 'http://127.0.0.1:9/x', events: ['claim.ready'] },
        '/v1/claims/:id/notes': { text: 'A note.' },
        '/v1/articles/:id/claims': { start: 0, end: 4 },
      }[path]!;
      for (const key of ['', 'x'.repeat(256), 'with space', 'tab\tkey', 'clé']) {
        const before = await snapshot();
        const response = await post(path.replace(':id', randomUUID()), key, body);
        expect({ key, status: response.status }).toEqual({ key, status: 400 });
        expect(response.body).toMatchObject({
          type: '/problems/validation',
          errors: [{ field: 'Idempotency-Key', message: expect.any(String) }],
        });
        expect(await snapshot()).toEqual(before);
      }
    });
  });

  describe('every other POST', () => {
    /** The POST routes the router serves, with made-up ids: the header is refused before anything is looked up. */
    const postRoutes = () => {
      const router = (
        service.api.getHttpAdapter().getInstance() as {
          router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
        }
      ).router;
      return router.stack
        .filter((layer) => layer.route?.methods.post && !layer.route.methods.get)
        .map((layer) => layer.route!.path);
    };

    it('is known: the honoured ones and the refusing ones are every POST route', () => {
      const routes = postRoutes();
      expect(routes).toEqual(expect.arrayContaining(HONOURED));
      expect(routes.filter((path) => !HONOURED.includes(path)).sort()).toEqual([
        '/v1/claims/:id/approve',
        '/v1/claims/:id/assign',
        '/v1/claims/:id/break-lease',
        '/v1/claims/:id/correct',
        '/v1/claims/:id/dismiss',
        '/v1/claims/:id/lease',
        '/v1/claims/:id/matches/:matchId/confirm',
        '/v1/claims/:id/matches/:matchId/reject',
        '/v1/claims/:id/merge',
        '/v1/claims/:id/promote',
        '/v1/claims/:id/reject',
        '/v1/claims/:id/split',
        '/v1/claims/:id/submit',
        '/v1/claims/:id/verdict/reuse',
        '/v1/queue/research/next',
        '/v1/queue/review/next',
        '/v1/users/:id/key',
        '/v1/webhooks/:id/deliveries/:deliveryId/retry',
      ]);
    });

    it('refuses the header with a 400 problem and changes nothing, with or without a body', async () => {
      const person = await createUserKey(service, 'editor', 'Rotated Once');
      for (const route of postRoutes().filter((path) => !HONOURED.includes(path))) {
        const path = route
          .replace(':id', route.startsWith('/v1/users') ? person.id : randomUUID())
          .replace(/:\w+/g, () => randomUUID());
        for (const body of [undefined, { comment: 'x', reason: 'x', note: 'x' }]) {
          const before = await snapshot();
          let test: request.Test = service.http().post(path).set('Idempotency-Key', randomUUID());
          if (body) test = test.send(body);
          const response = await test;
          expect({ route, status: response.status }).toEqual({ route, status: 400 });
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(response.body).toMatchObject({
            type: '/problems/validation',
            detail: expect.stringMatching(/^Idempotency-Key is not supported here/),
            errors: expect.arrayContaining([{ field: 'Idempotency-Key', message: 'is not supported here' }]),
          });
          expect({ route, after: await snapshot() }).toEqual({ route, after: before });
        }
      }
      // The rotated person still has their first key: the refused rotation did nothing.
      await service.http(person.apiKey).get('/v1/me').expect(200);
    });

    it('still checks the key and role first, and leaves other methods alone', async () => {
      const ingester = (await createUserKey(service, 'ingester')).apiKey;
      await service
        .http(null)
        .post('/v1/users/00000000-0000-4000-8000-000000000000/key')
        .set('Idempotency-Key', 'k')
        .expect(401);
      await service.http(ingester).post('/v1/queue/research/next').set('Idempotency-Key', 'k').expect(403);
      await service.http(ingester).get('/v1/me').set('Idempotency-Key', 'k').expect(200);
    });
  });

  it('is documented: honoured operations take the header and may answer 422, the other POSTs say they refuse it', async () => {
    const document = (await service.http(null).get('/docs-json').expect(200)).body;
    for (const [path, item] of Object.entries<
      Record<
        string,
        { parameters?: { name: string; in: string }[]; responses: Record<string, { description: string }> }
      >
    >(document.paths)) {
      const operation = item.post;
      if (!operation) continue;
      const honoured = HONOURED.includes(routeOf(path));
      const header = (operation.parameters ?? []).some(
        (parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key',
      );
      expect({ path, header, answers422: '422' in operation.responses }).toEqual({
        path,
        header: honoured,
        answers422: honoured,
      });
      expect({ path, says: /Idempotency-Key/.test(operation.responses['400'].description) }).toEqual({
        path,
        says: !honoured,
      });
    }
  });
});
