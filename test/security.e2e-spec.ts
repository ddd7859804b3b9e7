import { randomBytes } from 'node:crypto';
import net, { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { createUserKey, startTestService, TestService } from './support';
import { expectProblem } from './support/problems';

const STACK_TRACE = /\bat [\w.<>]+ \(|\.ts:\d+|node_modules/;

/** Headers, limits and error shapes that hold for every answer of the API, whatever the endpoint. */
describe('security', () => {
  describe('headers and error shapes', () => {
    let service: TestService;
    let key: string;

    beforeAll(async () => {
      service = await startTestService({ worker: false });
      key = (await createUserKey(service, 'factchecker')).apiKey;
    });

    afterAll(() => service?.stop());

    const answers: [string, (service: TestService, key: string) => request.Test, number][] = [
      ['a JSON answer', (s, k) => s.http(k).get('/v1/ratings'), 200],
      ['a health check', (s) => s.http(null).get('/health/live'), 200],
      ['a 400 problem', (s, k) => s.http(k).get('/v1/claims?limit=-1'), 400],
      ['a 401 problem', (s) => s.http(null).get('/v1/ratings'), 401],
      ['a 403 problem', (s, k) => s.http(k).get('/v1/users'), 403],
      ['a 404 problem for an unknown route', (s, k) => s.http(k).get('/v1/nothing/here'), 404],
      ['a 405 problem', (s, k) => s.http(k).delete('/v1/ratings'), 405],
      [
        'a 413 problem',
        (s, k) =>
          s
            .http(k)
            .post('/v1/articles')
            .send({ body: 'x'.repeat(2 * 1024 * 1024 + 1) }),
        413,
      ],
      [
        'a 415 problem',
        (s, k) => s.http(k).post('/v1/articles').set('Content-Type', 'text/html').send('<p>x</p>'),
        415,
      ],
    ];

    it.each(answers)('%s carries the security headers', async (_name, send, status) => {
      const response = await send(service, key);
      expect(response.status).toBe(status);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers).not.toHaveProperty('x-powered-by');
      if (status >= 400) {
        expectProblem(response, status);
        expect(response.text).not.toMatch(STACK_TRACE);
      }
    });

    it('answers a known path with the wrong method with 405 and the methods it allows', async () => {
      const cases: [() => request.Test, string][] = [
        [() => service.http(key).delete('/v1/articles'), 'GET, HEAD, OPTIONS, POST'],
        [() => service.http(key).put('/v1/claims'), 'GET, HEAD, OPTIONS'],
        [() => service.http(key).get('/v1/queue/research/next'), 'OPTIONS, POST'],
        [() => service.http(key).put('/v1/users/00000000-0000-4000-8000-000000000000'), 'DELETE, OPTIONS'],
        [() => service.http(null).post('/health/ready'), 'GET, HEAD, OPTIONS'],
      ];
      for (const [send, allow] of cases) {
        const response = await send();
        expect(response.status).toBe(405);
        expect(response.headers.allow).toBe(allow);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({ status: 405, title: 'Method Not Allowed' });
      }
    });

    it('answers OPTIONS on a known path with 204 and Allow, and on an unknown one with 404', async () => {
      const agent = request(service.api.getHttpServer());
      const known = await agent.options('/v1/claims/00000000-0000-4000-8000-000000000000/lease');
      expect(known.status).toBe(204);
      expect(known.headers.allow).toBe('DELETE, OPTIONS, POST');
      const unknown = await agent.options('/v1/elsewhere');
      expect(unknown.status).toBe(404);
      expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('answers a path that is not valid percent-encoding with a 400 problem', async () => {
      for (const path of ['/v1/articles/%E0%A4%A', '/v1/claims/%zz/history', '/v1/webhooks/%/deliveries']) {
        const response = await service.http(key).get(path);
        expect({ path, status: response.status }).toEqual({ path, status: 400 });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    /** Writes bytes straight to the socket, for requests no HTTP client would send. */
    async function rawRequest(bytes: string | Buffer): Promise<string> {
      const server = service.api.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      return new Promise((resolve, reject) => {
        let answer = '';
        const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
        socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    }

    it('answers requests Node cannot parse with a problem too', async () => {
      const garbage = await rawRequest('THIS IS NOT HTTP\r\n\r\n');
      expect(garbage).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(garbage).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(garbage.split('\r\n\r\n')[1])).toMatchObject({ status: 400, title: 'Bad Request' });
      const huge = await rawRequest(`GET /v1/ratings HTTP/1.1\r\nHost: x\r\nX-Filler: ${'f'.repeat(20_000)}\r\n\r\n`);
      expect(huge).toMatch(/^HTTP\/1\.1 431 /);
      expect(JSON.parse(huge.split('\r\n\r\n')[1])).toMatchObject({
        status: 431,
        detail: expect.stringMatching(/16 KB/),
      });
    });

    it('counts the 2 MB limit on the decompressed body: a gzip bomb is a 413', async () => {
      const bomb = gzipSync(Buffer.from(JSON.stringify({ body: 'x'.repeat(20 * 1024 * 1024) })));
      expect(bomb.length).toBeLessThan(100_000);
      const before = (await service.query('SELECT count(*)::int AS n FROM articles'))[0].n;
      const response = await service
        .http(key)
        .post('/v1/articles')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .serialize((value: unknown) => value as string)
        .send(bomb as unknown as string);
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((await service.query('SELECT count(*)::int AS n FROM articles'))[0].n).toBe(before);
      const small = gzipSync(Buffer.from(JSON.stringify({ body: '“Exports rose 4 percent,” the minister said.' })));
      const accepted = await service
        .http(key)
        .post('/v1/articles')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .serialize((value: unknown) => value as string)
        .send(small as unknown as string)
        .expect(202);
      const [row] = await service.query('SELECT body FROM articles WHERE id = $1', [accepted.body.id]);
      expect(row.body).toBe('“Exports rose 4 percent,” the minister said.');
    });

    it('escapes <, > and & in every JSON answer, which still parses to the text that was sent', async () => {
      const name = '</script><script>alert("x")</script> & <!--';
      const created = await service.http().post('/v1/users').send({ name, role: 'ingester' }).expect(201);
      expect(created.body.name).toBe(name);
      expect(created.text).not.toMatch(/[<>]/);
      expect(created.text).toContain('\\u003c/script\\u003e');
      const listed = await service.http().get('/v1/users').expect(200);
      expect(listed.text).not.toMatch(/[<>]/);
      const problem = await service.http(key).get('/v1/claims/<script>alert(1)<%2Fscript>').expect(404);
      expect(problem.text).not.toMatch(/[<>]/);
      expect(problem.body.detail).toContain('<script>');
    });
  });

  describe('rate limits', () => {
    const LIMIT = 10;
    let service: TestService;
    /** Made up front: the admin key that makes them is limited too. */
    const people: { id: string; apiKey: string }[] = [];

    beforeAll(async () => {
      service = await startTestService({ worker: false, env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
      for (let n = 0; n < 6; n++) people.push(await createUserKey(service, 'factchecker'));
    });

    afterAll(() => service?.stop());

    /** Each test uses keys and client addresses of its own, so that their counts do not mix. */
    let lastAddress = 0;
    const address = () => `203.0.113.${++lastAddress}`;

    it('allows RATE_LIMIT_PER_MINUTE requests a minute per key across all endpoints, then 429 with retry-after', async () => {
      const person = people[0];
      const paths = ['/v1/ratings', '/v1/claims', '/v1/stats', '/v1/claimreviews', '/v1/claimreviews.csv'];
      for (let index = 0; index < LIMIT; index++) {
        const response = await service
          .http(person.apiKey)
          .get(paths[index % paths.length])
          .expect(200);
        expect(response.headers['x-ratelimit-limit']).toBe(String(LIMIT));
        expect(response.headers['x-ratelimit-remaining']).toBe(String(LIMIT - 1 - index));
      }
      const refused = await service.http(person.apiKey).get('/v1/claims');
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429 });
      expect(refused.body.detail).toMatch(/More than 10 requests in a minute/);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Nothing was done for a refused request.
      const before = Number((await service.query('SELECT count(*)::int AS n FROM articles'))[0].n);
      await service.http(person.apiKey).post('/v1/articles').send({ body: 'Refused text.' }).expect(429);
      expect((await service.query('SELECT count(*)::int AS n FROM articles'))[0].n).toBe(before);
    });

    it('counts each key on its own', async () => {
      const [busy, quiet] = [people[1], people[2]];
      for (let n = 0; n < LIMIT; n++) await service.http(busy.apiKey).get('/v1/ratings').expect(200);
      await service.http(busy.apiKey).get('/v1/ratings').expect(429);
      await service.http(quiet.apiKey).get('/v1/ratings').expect(200);
    });

    it('counts a rotated key with the same person, so rotating does not reset the limit', async () => {
      const person = people[3];
      for (let n = 0; n < LIMIT; n++) await service.http(person.apiKey).get('/v1/ratings').expect(200);
      const rotated = await service.http().post(`/v1/users/${person.id}/key`).expect(200);
      await service.http(rotated.body.apiKey).get('/v1/ratings').expect(429);
    });

    it('counts requests without a known key against the client address, so keys cannot be guessed at speed', async () => {
      const client = address();
      for (let n = 0; n < LIMIT; n++) {
        const guess = await service
          .http(`fck_${randomBytes(32).toString('base64url')}`)
          .get('/v1/ratings')
          .set('X-Forwarded-For', client);
        expect(guess.status).toBe(401);
      }
      const refused = await service
        .http(`fck_${randomBytes(32).toString('base64url')}`)
        .get('/v1/ratings')
        .set('X-Forwarded-For', client);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBeDefined();
      const anonymous = await service.http(null).get('/v1/ratings').set('X-Forwarded-For', client);
      expect(anonymous.status).toBe(429);
      // Another address, and a real key from the same address, are not affected.
      await service.http(null).get('/v1/ratings').set('X-Forwarded-For', address()).expect(401);
      await service.http(people[4].apiKey).get('/v1/ratings').set('X-Forwarded-For', client).expect(200);
    });

    it('never limits the health checks', async () => {
      const client = address();
      for (let n = 0; n <= LIMIT; n++) await service.http(null).get('/v1/ratings').set('X-Forwarded-For', client);
      await service.http(null).get('/v1/ratings').set('X-Forwarded-For', client).expect(429);
      for (let n = 0; n < 20; n++) {
        await service.http(null).get('/health/live').set('X-Forwarded-For', client).expect(200);
        await service.http(null).get('/health/ready').set('X-Forwarded-For', client).expect(200);
      }
    });

    it('takes the limit from RATE_LIMIT_PER_MINUTE and refuses a bad value at start-up', async () => {
      const { loadConfig } = await import('@app/config');
      expect(loadConfig({}).RATE_LIMIT_PER_MINUTE).toBe(600);
      expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '42' }).RATE_LIMIT_PER_MINUTE).toBe(42);
      expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
      expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    });
  });
});
