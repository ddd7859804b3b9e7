import { Queue } from 'bullmq';
import { redisOptionsFromUrl } from '@app/config';
import { QueueName } from '@app/queue';
import request from 'supertest';
import { freePort, RedisServer, waitFor } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';

const BOARD = '/admin/queues';
const COOKIE = 'factcheck_queue_board';

/** The session cookie a Set-Cookie header sets, as a Cookie header would send it back. */
function sessionCookie(setCookie: string[] | string | undefined): string {
  const header = [setCookie ?? []].flat().find((value) => value.startsWith(`${COOKIE}=`));
  if (!header) throw new Error(`no ${COOKIE} cookie in ${JSON.stringify(setCookie)}`);
  return header.split(';')[0];
}

describe('queue dashboard', () => {
  let service: TestService;
  const keys = {} as Record<'ingester' | 'factchecker' | 'editor', string>;

  beforeAll(async () => {
    service = await startTestService({ worker: false });
    for (const role of ['ingester', 'factchecker', 'editor'] as const)
      keys[role] = (await createUserKey(service, role)).apiKey;
  }, 60_000);

  afterAll(() => service?.stop());

  const get = (path: string, key?: string | null) => service.http(key === undefined ? service.adminKey : key).get(path);

  describe('who may see it', () => {
    it('without a key: 401 problem, for the page and for the board’s API', async () => {
      for (const path of [
        BOARD,
        `${BOARD}/`,
        `${BOARD}/api/queues`,
        `${BOARD}/queue/extract`,
        `${BOARD}/static/js/main.js`,
      ]) {
        const response = await get(path, null);
        expect({ path, status: response.status }).toEqual({ path, status: 401 });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.headers['www-authenticate']).toBe('Bearer');
        expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized', detail: expect.any(String) });
      }
    });

    it('with an unknown or malformed key: 401', async () => {
      for (const header of ['Bearer fck_not-a-real-key', 'Basic dXNlcjpwYXNz', `Bearer ${service.adminKey} extra`]) {
        const response = await service.http(null).get(`${BOARD}/api/queues`).set('Authorization', header);
        expect({ header, status: response.status }).toEqual({ header, status: 401 });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it('for a fact-checker (or an ingester or editor): 403 problem', async () => {
      for (const role of ['ingester', 'factchecker', 'editor'] as const) {
        for (const path of [BOARD, `${BOARD}/api/queues`]) {
          const response = await get(path, keys[role]);
          expect({ role, path, status: response.status }).toEqual({ role, path, status: 403 });
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(response.body.detail).toMatch(/admin/);
        }
      }
    });

    it('for an admin: the board, listing every queue of the service', async () => {
      const page = await get(BOARD).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain(`<base href="${BOARD}/"`);
      const api = await get(`${BOARD}/api/queues`).expect(200);
      expect(api.headers['content-type']).toMatch(/^application\/json/);
      const names = (api.body.queues as { name: string }[]).map((queue) => queue.name).sort();
      expect(names).toEqual(Object.values(QueueName).sort());
      const person = await createUserKey(service, 'admin');
      await get(`${BOARD}/api/queues`, person.apiKey).expect(200);
    });

    it('shows the jobs of this deployment’s queues (its QUEUE_PREFIX)', async () => {
      const queue = new Queue(QueueName.Deliver, {
        connection: redisOptionsFromUrl(service.config.REDIS_URL),
        prefix: service.config.QUEUE_PREFIX,
      });
      try {
        await queue.add(
          'DeliverWebhook',
          { deliveryId: 'board-test', round: 0, attempt: 0 },
          { jobId: 'board-test', delay: 60_000 },
        );
        const api = await get(`${BOARD}/api/queues`)
          .query({ activeQueue: QueueName.Deliver, status: 'delayed' })
          .expect(200);
        const deliver = api.body.queues.find((entry: { name: QueueName }) => entry.name === QueueName.Deliver);
        expect(deliver.counts.delayed).toBe(1);
        expect(deliver.jobs.map((job: { id: string }) => job.id)).toEqual(['board-test']);
      } finally {
        await queue.obliterate({ force: true });
        await queue.close();
      }
    });
  });

  describe('signing in from a browser', () => {
    it('opening the board without a session shows a sign-in form (401) that runs no inline script', async () => {
      const response = await get(BOARD, null).set('Accept', 'text/html,application/xhtml+xml').expect(401);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('Admin API key');
      expect(response.text).not.toMatch(/<script>|<script [^>]*>[^<]/);
      expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(response.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
      const script = await get(`${BOARD}/sign-in.js`, null).expect(200);
      expect(script.headers['content-type']).toMatch(/javascript/);
      expect(script.text).toContain(`'${BOARD}/session'`);
    });

    it('an admin key opens a session: an HttpOnly, SameSite=Strict cookie for /admin/queues only, holding no key', async () => {
      const signIn = await service.http().post(`${BOARD}/session`).expect(204);
      const setCookie = [signIn.headers['set-cookie']].flat()[0];
      expect(setCookie).toMatch(new RegExp(`^${COOKIE}=[A-Za-z0-9_-]{43}; `));
      expect(setCookie).toContain('; Path=/admin/queues');
      expect(setCookie).toContain('; HttpOnly');
      expect(setCookie).toContain('; SameSite=Strict');
      expect(setCookie).not.toContain(service.adminKey);
      const cookie = sessionCookie(signIn.headers['set-cookie']);
      await service.http(null).get(`${BOARD}/api/queues`).set('Cookie', cookie).expect(200);
      await service.http(null).get(BOARD).set('Cookie', cookie).set('Accept', 'text/html').expect(200);
      // Only the dashboard takes it: the API still wants the key itself.
      await service.http(null).get('/v1/users').set('Cookie', cookie).expect(401);
      // Redis keeps the token's hash, not the token and not the key.
      const token = cookie.split('=')[1];
      const sessions = await redisKeys(`${service.config.QUEUE_PREFIX}:queue-board:session:*`);
      expect(sessions.length).toBeGreaterThan(0);
      expect(sessions.join()).not.toContain(token);
    });

    it('only an admin key opens a session, and only in the Authorization header', async () => {
      await service.http(null).post(`${BOARD}/session`).expect(401);
      await service.http(keys.editor).post(`${BOARD}/session`).expect(403);
      const signIn = await service.http().post(`${BOARD}/session`).expect(204);
      const cookie = sessionCookie(signIn.headers['set-cookie']);
      const again = await service.http(null).post(`${BOARD}/session`).set('Cookie', cookie).expect(401);
      expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
      await service.http().get(`${BOARD}/session`).expect(405);
    });

    it('signing out ends the session', async () => {
      const cookie = sessionCookie((await service.http().post(`${BOARD}/session`).expect(204)).headers['set-cookie']);
      const signOut = await service.http(null).delete(`${BOARD}/session`).set('Cookie', cookie).expect(204);
      expect([signOut.headers['set-cookie']].flat()[0]).toMatch(new RegExp(`^${COOKIE}=; .*Max-Age=0`));
      const after = await service.http(null).get(`${BOARD}/api/queues`).set('Cookie', cookie).expect(401);
      expect(after.body.detail).toMatch(/session has ended/);
    });

    it('rotating or revoking the key that opened a session ends it', async () => {
      const admin = await createUserKey(service, 'admin', 'Board Admin');
      const open = async (key: string) =>
        sessionCookie((await service.http(key).post(`${BOARD}/session`).expect(204)).headers['set-cookie']);
      const first = await open(admin.apiKey);
      await service.http(null).get(`${BOARD}/api/queues`).set('Cookie', first).expect(200);
      const rotated = await service.http().post(`/v1/users/${admin.id}/key`).expect(200);
      await service.http(null).get(`${BOARD}/api/queues`).set('Cookie', first).expect(401);
      const second = await open(rotated.body.apiKey);
      await service.http(null).get(`${BOARD}/api/queues`).set('Cookie', second).expect(200);
      await service.http().delete(`/v1/users/${admin.id}`).expect(204);
      await service.http(null).get(`${BOARD}/api/queues`).set('Cookie', second).expect(401);
    });

    it('the key and a session cookie together are refused, except when signing in again', async () => {
      const cookie = sessionCookie((await service.http().post(`${BOARD}/session`).expect(204)).headers['set-cookie']);
      for (const path of [BOARD, `${BOARD}/api/queues`]) {
        const both = await get(path).set('Cookie', cookie);
        expect({ path, status: both.status }).toEqual({ path, status: 401 });
        expect(both.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(both.body.detail).toMatch(/Authorization header or the dashboard session cookie, not both/);
      }
      // A browser signing in again still holds the cookie of the session it replaces.
      const again = await service.http().post(`${BOARD}/session`).set('Cookie', cookie).expect(204);
      await service
        .http(null)
        .get(`${BOARD}/api/queues`)
        .set('Cookie', sessionCookie(again.headers['set-cookie']))
        .expect(200);
    });

    it('two session cookies are refused, and signing out ends both', async () => {
      const open = async () =>
        sessionCookie((await service.http().post(`${BOARD}/session`).expect(204)).headers['set-cookie']);
      const [first, second] = [await open(), await open()];
      const both = await service.http(null).get(`${BOARD}/api/queues`).set('Cookie', `${first}; ${second}`);
      expect(both.status).toBe(401);
      expect(both.body.detail).toMatch(/one dashboard session cookie/);
      await service.http(null).delete(`${BOARD}/session`).set('Cookie', `${first}; ${second}`).expect(204);
      for (const cookie of [first, second])
        await service.http(null).get(`${BOARD}/api/queues`).set('Cookie', cookie).expect(401);
    });

    it('a key in the address is refused', async () => {
      const response = await service.http(null).get(`${BOARD}/api/queues`).query({ api_key: service.adminKey });
      expect(response.status).toBe(401);
      expect(response.body.detail).toMatch(/never in the address/);
    });

    it('a forged or malformed cookie is refused', async () => {
      for (const value of ['A'.repeat(43), 'not a token', '', `${'x'.repeat(42)};`]) {
        const response = await service.http(null).get(`${BOARD}/api/queues`).set('Cookie', `${COOKIE}=${value}`);
        expect({ value, status: response.status }).toEqual({ value, status: 401 });
      }
    });

    it('a change made with the session cookie must come from this origin', async () => {
      const cookie = sessionCookie((await service.http().post(`${BOARD}/session`).expect(204)).headers['set-cookie']);
      const path = `${BOARD}/api/queues/${QueueName.Deliver}/pause`;
      const foreign = await service.http(null).put(path).set('Cookie', cookie).set('Origin', 'https://evil.example');
      expect(foreign.status).toBe(403);
      expect((await service.http(null).put(path).set('Cookie', cookie)).status).toBe(403);
      const local = await service
        .http(null)
        .put(path)
        .set('Cookie', cookie)
        .set('Host', 'desk.example')
        .set('Origin', 'http://desk.example');
      expect(local.status).toBe(200);
      await service.http().put(`${BOARD}/api/queues/${QueueName.Deliver}/resume`).expect(200);
    });
  });

  describe('headers', () => {
    it('the board’s page gets a policy for its own assets; its JSON keeps the API’s strict one; no x-powered-by', async () => {
      const page = await get(BOARD).expect(200);
      const policy = page.headers['content-security-policy'];
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/script-src[^;]*unsafe/);
      expect(policy).toContain("base-uri 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      const api = await get(`${BOARD}/api/queues`).expect(200);
      expect(api.headers['content-security-policy']).toMatch(/^default-src 'none'/);
      expect(api.headers['cache-control']).toBe('no-store');
      for (const response of [page, api]) expect(response.headers['x-powered-by']).toBeUndefined();
      const asset = page.text.match(/src="(static\/js\/[^"]+)"/)![1];
      await get(`${BOARD}/${asset}`).expect(200);
    });

    it('an unknown queue is a 404 without a stack trace', async () => {
      const response = await get(`${BOARD}/api/queues/no-such-queue/pause`).expect(404);
      expect(response.text).not.toMatch(/\bat [\w.<>]+ \(|node_modules/);
    });
  });

  describe('while Redis is down', () => {
    /** What a Redis client says when it cannot reach its server, or names about where it looked. */
    const INTERNAL =
      /ECONNREFUSED|enableOfflineQueue|Stream isn|max retries|Connection is closed|127\.0\.0\.1|ioredis|redis:\/\//i;

    /** The board's API, a change, signing in and a session: each a 503 problem that names no internals. */
    async function expectUnavailable(board: TestService): Promise<void> {
      const requests: [string, () => request.Test][] = [
        ['the queues', () => board.http().get(`${BOARD}/api/queues`)],
        [
          'one queue’s jobs',
          () => board.http().get(`${BOARD}/api/queues`).query({ activeQueue: QueueName.Extract, status: 'failed' }),
        ],
        ['pausing a queue', () => board.http().put(`${BOARD}/api/queues/${QueueName.Deliver}/pause`)],
        ['retrying a job', () => board.http().put(`${BOARD}/api/queues/${QueueName.Deliver}/some-job/retry/failed`)],
        ['signing in', () => board.http().post(`${BOARD}/session`)],
        [
          'a session cookie',
          () =>
            board
              .http(null)
              .get(`${BOARD}/api/queues`)
              .set('Cookie', `${COOKIE}=${'A'.repeat(43)}`),
        ],
      ];
      for (const [what, send] of requests) {
        const response = await send();
        expect({ what, status: response.status }).toEqual({ what, status: 503 });
        expect({ what, type: response.headers['content-type'] }).toEqual({
          what,
          type: expect.stringMatching(/^application\/problem\+json/),
        });
        expect(response.body).toMatchObject({
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          detail: expect.stringMatching(/Redis/),
        });
        expect({ what, text: response.text }).toEqual({ what, text: expect.not.stringMatching(INTERNAL) });
      }
      // The key is still checked first, and the API itself goes on taking articles.
      await board.http(null).get(`${BOARD}/api/queues`).expect(401);
      await board
        .http()
        .post('/v1/articles')
        .send({ body: `“Bus fares fell ${Math.random()} percent,” the mayor said.` })
        .expect(202);
    }

    it('from the start (nothing listens on its port): 503 problems, and the API stops promptly', async () => {
      // A loopback port the OS handed out as free and that was closed again at once.
      const down = await startTestService({
        worker: false,
        env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}` },
      });
      try {
        await expectUnavailable(down);
      } finally {
        await down.stop();
      }
    });

    it('after it was up (the Redis server is killed): 503 problems, and the board is back with Redis', async () => {
      const redis = await RedisServer.start();
      const service = await startTestService({ worker: false, env: { REDIS_URL: redis.url } });
      try {
        await service.http().get(`${BOARD}/api/queues`).expect(200);
        await redis.kill();
        await expectUnavailable(service);
        await redis.start();
        await waitFor(async () => (await service.http().get(`${BOARD}/api/queues`)).status === 200, {
          what: 'the board to see Redis again',
        });
      } finally {
        await service.stop();
        await redis.stop();
      }
    });
  });

  describe('with a Redis Cluster hash tag as QUEUE_PREFIX', () => {
    // Redis Cluster needs all keys of a queue in one slot: a prefix in braces puts every key of every queue there.
    const tag = `{factcheck-test-${process.pid}-${Date.now()}}`;
    let tagged: TestService;

    beforeAll(async () => {
      tagged = await startTestService({ env: { QUEUE_PREFIX: tag } });
    }, 60_000);

    afterAll(async () => {
      await tagged?.stop();
      const { default: Redis } = await import('ioredis');
      const redis = new Redis(service.config.REDIS_URL);
      try {
        const keys = await redis.keys(`${tag}:*`);
        if (keys.length > 0) await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
    });

    it('is accepted, and the pipeline and the board work with it', async () => {
      expect(tagged.config.QUEUE_PREFIX).toBe(tag);
      const article = await tagged
        .http()
        .post('/v1/articles')
        .send({ body: '“Crime fell 20 percent last year, the largest drop in a decade,” Mayor Jane Roe said.' })
        .expect(202);
      await waitFor(
        async () => (await tagged.http().get(`/v1/articles/${article.body.id}`)).body.status === 'extracted',
        {
          what: 'extraction with a hash-tag prefix',
        },
      );
      const api = await tagged
        .http()
        .get(`${BOARD}/api/queues`)
        .query({ activeQueue: QueueName.Extract, status: 'completed' })
        .expect(200);
      const extract = api.body.queues.find((entry: { name: QueueName }) => entry.name === QueueName.Extract);
      expect(extract.counts.completed).toBeGreaterThanOrEqual(1);
      const keys = await redisKeys(`${tag}:*`);
      expect(keys.length).toBeGreaterThan(0);
      // Every key of every queue starts with the tag, so Redis Cluster hashes them all to one slot.
      expect(keys.every((key) => key.startsWith(`${tag}:`))).toBe(true);
    }, 60_000);
  });

  async function redisKeys(pattern: string): Promise<string[]> {
    const { default: Redis } = await import('ioredis');
    const redis = new Redis(service.config.REDIS_URL);
    try {
      return await redis.keys(pattern);
    } finally {
      redis.disconnect();
    }
  }
});
