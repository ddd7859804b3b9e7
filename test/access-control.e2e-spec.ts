import { createHash, randomUUID } from 'node:crypto';
import net from 'node:net';
import { AddressInfo } from 'node:net';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';

type Role = 'ingester' | 'factchecker' | 'editor' | 'admin';
const ROLES: Role[] = ['ingester', 'factchecker', 'editor', 'admin'];

/** Every endpoint of API.md with the least role that may call it. */
const someId = randomUUID();
const ENDPOINTS: { method: 'get' | 'post' | 'put' | 'patch' | 'delete'; path: string; role: Role; body?: object }[] = [
  { method: 'post', path: '/v1/articles', role: 'ingester', body: { body: 'Text.' } },
  { method: 'get', path: `/v1/articles/${someId}`, role: 'ingester' },
  { method: 'get', path: '/v1/ratings', role: 'ingester' },
  { method: 'get', path: '/v1/me', role: 'ingester' },
  { method: 'get', path: '/v1/me/verdicts', role: 'factchecker' },
  { method: 'get', path: `/v1/claims/${someId}/claimreview`, role: 'ingester' },
  { method: 'get', path: '/v1/claimreviews', role: 'ingester' },
  { method: 'get', path: '/v1/claimreviews.csv', role: 'ingester' },
  { method: 'get', path: '/v1/claims', role: 'factchecker' },
  { method: 'get', path: '/v1/stats', role: 'factchecker' },
  { method: 'post', path: `/v1/claims/${someId}/matches/${randomUUID()}/confirm`, role: 'factchecker' },
  { method: 'post', path: `/v1/claims/${someId}/matches/${randomUUID()}/reject`, role: 'factchecker' },
  { method: 'get', path: '/v1/events', role: 'editor' },
  { method: 'get', path: '/v1/people', role: 'editor' },
  { method: 'post', path: `/v1/claims/${someId}/correct`, role: 'editor', body: { rating: 'False', note: 'fix' } },
  { method: 'get', path: `/v1/claims/${someId}`, role: 'factchecker' },
  { method: 'get', path: `/v1/claims/${someId}/history`, role: 'factchecker' },
  { method: 'patch', path: `/v1/claims/${someId}`, role: 'factchecker', body: { standalone: 'A claim.' } },
  { method: 'patch', path: `/v1/quotes/${someId}`, role: 'factchecker', body: { notAQuote: true } },
  { method: 'get', path: '/v1/corrections', role: 'editor' },
  { method: 'post', path: '/v1/queue/research/next', role: 'factchecker' },
  { method: 'post', path: `/v1/claims/${someId}/lease`, role: 'factchecker' },
  { method: 'delete', path: `/v1/claims/${someId}/lease`, role: 'factchecker' },
  { method: 'put', path: `/v1/claims/${someId}/verdict`, role: 'factchecker', body: { summary: 'x' } },
  { method: 'post', path: `/v1/claims/${someId}/submit`, role: 'factchecker' },
  { method: 'post', path: `/v1/claims/${someId}/dismiss`, role: 'factchecker', body: { reason: 'opinion' } },
  { method: 'post', path: `/v1/claims/${someId}/promote`, role: 'factchecker' },
  { method: 'post', path: '/v1/queue/review/next', role: 'editor' },
  { method: 'post', path: `/v1/claims/${someId}/approve`, role: 'editor' },
  { method: 'post', path: `/v1/claims/${someId}/reject`, role: 'editor', body: { comment: 'needs a source' } },
  { method: 'get', path: '/v1/users', role: 'admin' },
  { method: 'post', path: '/v1/users', role: 'admin', body: { name: 'New Person', role: 'ingester' } },
  { method: 'delete', path: `/v1/users/${someId}`, role: 'admin' },
  { method: 'post', path: `/v1/users/${someId}/key`, role: 'admin' },
  { method: 'get', path: '/v1/webhooks', role: 'admin' },
  {
    method: 'post',
    path: '/v1/webhooks',
    role: 'admin',
    body: { url: 'http://127.0.0.1:9/x', events: ['claim.ready'] },
  },
  { method: 'delete', path: `/v1/webhooks/${someId}`, role: 'admin' },
  { method: 'get', path: `/v1/webhooks/${someId}/deliveries`, role: 'admin' },
  { method: 'post', path: `/v1/webhooks/${someId}/deliveries/${randomUUID()}/retry`, role: 'admin' },
];

/** Endpoints anyone may call without a key: health checks for orchestrators, and the API's documentation. */
const PUBLIC_ENDPOINTS = ['/health/live', '/health/ready', '/metrics', '/docs', '/docs-json'];

describe('access control', () => {
  let service: TestService;
  const keys = {} as Record<Role, string>;

  beforeAll(async () => {
    service = await startTestService({ worker: false });
    for (const role of ROLES) keys[role] = (await createUserKey(service, role)).apiKey;
  });

  afterAll(() => service?.stop());

  const send = (key: string | null, endpoint: (typeof ENDPOINTS)[number], header?: string) => {
    let test = service.http(key)[endpoint.method](endpoint.path);
    if (header !== undefined) test = test.set('Authorization', header);
    return endpoint.body ? test.send(endpoint.body) : test;
  };

  it.each(
    ENDPOINTS.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path.replace(someId, ':id')}`, endpoint]),
  )('%s answers by role', async (_name, endpoint) => {
    const rank = ROLES.indexOf(endpoint.role);
    for (const [index, role] of ROLES.entries()) {
      const response = await send(keys[role], endpoint);
      if (index < rank) {
        expect({ role, status: response.status }).toEqual({ role, status: 403 });
        expect(response.headers['content-type']).toContain('application/problem+json');
      } else {
        expect({ role, allowed: ![401, 403].includes(response.status) && response.status < 500 }).toEqual({
          role,
          allowed: true,
        });
      }
    }
    const missing = await send(null, endpoint);
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect((await send(null, endpoint, 'Bearer fck_not-a-real-key')).status).toBe(401);
    expect((await send(null, endpoint, 'Basic dXNlcjpwYXNz')).status).toBe(401);
    expect((await send(null, endpoint, `Bearer ${keys.admin} extra`)).status).toBe(401);
  });

  it('accepts ADMIN_API_KEY from the environment as an admin key', async () => {
    await service.http(service.adminKey).get('/v1/users').expect(200);
  });

  it('GET /v1/me tells every role who the key belongs to, and nothing about the key', async () => {
    const person = await service
      .http()
      .post('/v1/users')
      .send({ name: 'Mia Me', role: 'factchecker', team: 'Politics' })
      .expect(201);
    const me = await service.http(person.body.apiKey).get('/v1/me').expect(200);
    expect(me.body).toEqual({ id: person.body.id, name: 'Mia Me', role: 'factchecker', team: 'Politics' });
    for (const role of ROLES) expect((await service.http(keys[role]).get('/v1/me').expect(200)).body.role).toBe(role);
    const admin = await service.http(service.adminKey).get('/v1/me').expect(200);
    expect(admin.body).toEqual({
      id: '00000000-0000-0000-0000-000000000001',
      name: 'admin',
      role: 'admin',
      team: null,
    });
    await service.http().delete(`/v1/users/${person.body.id}`).expect(204);
    await service.http(person.body.apiKey).get('/v1/me').expect(401);
  });

  it('never stores or shows a key in the clear after creating it', async () => {
    const created = await createUserKey(service, 'ingester', 'Key Holder');
    const rows = await service.query('SELECT api_key_hash FROM users WHERE id = $1', [created.id]);
    expect(rows[0].api_key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].api_key_hash).not.toContain(created.apiKey);
    const listed = await service.http().get('/v1/users').expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(created.apiKey);
  });

  it('leaves health checks open', async () => {
    await service.http(null).get('/health/live').expect(200);
    const ready = await service.http(null).get('/health/ready').expect(200);
    expect(ready.body.checks).toEqual({ postgres: 'up', redis: 'up', migrations: 'current' });
  });

  it.each(PUBLIC_ENDPOINTS)('GET %s is open without a key, and with any key', async (path) => {
    await service.http(null).get(path).expect(200);
    await service.http(keys.ingester).get(path).expect(200);
    await service.http(null).get(path).set('Authorization', 'Bearer fck_not-a-real-key').expect(200);
  });

  describe('a malformed Authorization header is a 401 problem, whatever the endpoint', () => {
    const headers: [string, () => string][] = [
      ['empty', () => ''],
      ['"Bearer" alone', () => 'Bearer'],
      ['"Bearer " with nothing after it', () => 'Bearer '],
      ['two spaces before the key', () => `Bearer  ${keys.admin}`],
      ['a tab instead of the space', () => `Bearer\t${keys.admin}`],
      ['two keys', () => `Bearer ${keys.admin} ${keys.admin}`],
      ['the key without a scheme', () => keys.admin],
      ['another scheme', () => `Token ${keys.admin}`],
      ['a non-ASCII key', () => `Bearer clé-${keys.admin.slice(4)}`],
      ['a key of 600 characters', () => `Bearer ${'k'.repeat(600)}`],
    ];

    it.each(headers)('%s', async (_name, header) => {
      for (const endpoint of [ENDPOINTS[0], ENDPOINTS.find((entry) => entry.path === '/v1/users')!]) {
        const response = await send(null, endpoint, header());
        expect(response.status).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.headers['www-authenticate']).toBe('Bearer');
        expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized', detail: expect.any(String) });
      }
    });

    it('refuses raw UTF-8 bytes in the header (what curl sends for a pasted key with a curly quote)', async () => {
      const server = service.api.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write(
            Buffer.concat([
              Buffer.from('GET /v1/users HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer '),
              Buffer.from(`”${keys.admin}”`, 'utf8'),
              Buffer.from('\r\n\r\n'),
            ]),
          );
        });
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 401 /);
      expect(raw).toMatch(/content-type: application\/problem\+json/i);
    });

    it('still accepts the scheme in any case, as RFC 9110 says', async () => {
      for (const scheme of ['bearer', 'BEARER', 'BeArEr']) {
        await service.http(null).get('/v1/users').set('Authorization', `${scheme} ${keys.admin}`).expect(200);
      }
    });
  });

  describe('one credential, in the header: two are a 401 problem, whichever would have worked', () => {
    /** A request with headers exactly as given (supertest cannot send a header twice). */
    async function rawRequest(
      method: string,
      path: string,
      headers: [string, string][],
      body?: object,
    ): Promise<{ status: number; body: any }> {
      const server = service.api.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const payload = body === undefined ? '' : JSON.stringify(body);
      const head = [
        `${method} ${path} HTTP/1.1`,
        'Host: localhost',
        'Connection: close',
        ...headers.map(([name, value]) => `${name}: ${value}`),
        ...(body === undefined
          ? []
          : ['Content-Type: application/json', `Content-Length: ${Buffer.byteLength(payload)}`]),
      ];
      const answer = await new Promise<string>((resolve, reject) => {
        let text = '';
        const socket = net.connect(port, '127.0.0.1', () => socket.write(`${head.join('\r\n')}\r\n\r\n${payload}`));
        socket.on('data', (chunk) => (text += chunk.toString('utf8')));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      const [status, ...rest] = answer.split('\r\n\r\n');
      expect(status).toMatch(/content-type: application\/problem\+json|content-type: application\/json/i);
      return { status: Number(status.split(' ')[1]), body: JSON.parse(rest.join('\r\n\r\n')) };
    }

    const users = async () => (await service.query('SELECT count(*)::int AS n FROM users'))[0].n;

    it('refuses two Authorization headers, valid or not, in either order, and creates nothing', async () => {
      const pairs: [string, string][] = [
        [`Bearer ${keys.admin}`, `Bearer ${keys.admin}`],
        [`Bearer ${keys.admin}`, `Bearer ${keys.ingester}`],
        [`Bearer ${keys.ingester}`, `Bearer ${keys.admin}`],
        [`Bearer ${keys.admin}`, 'Basic dXNlcjpwYXNz'],
        ['Bearer fck_not-a-real-key', `Bearer ${keys.admin}`],
      ];
      for (const [first, second] of pairs) {
        const before = await users();
        const response = await rawRequest(
          'POST',
          '/v1/users',
          [
            ['Authorization', first],
            ['authorization', second],
          ],
          { name: 'Twice', role: 'admin' },
        );
        expect({ first, second, status: response.status }).toEqual({ first, second, status: 401 });
        expect(response.body).toMatchObject({
          status: 401,
          title: 'Unauthorized',
          detail: 'Send one Authorization header; this request has 2.',
        });
        expect(await users()).toBe(before);
      }
      const once = await rawRequest('GET', '/v1/me', [['Authorization', `Bearer ${keys.admin}`]]);
      expect(once.status).toBe(200);
    });

    it('refuses a key in the address, alone or beside the header, and creates nothing', async () => {
      for (const name of ['api_key', 'apiKey', 'API-KEY', 'access_token', 'token', 'key']) {
        for (const header of [null, `Bearer ${keys.admin}`]) {
          const before = await users();
          let test = service.http(null).post(`/v1/users?${name}=${encodeURIComponent(keys.admin)}`);
          if (header) test = test.set('Authorization', header);
          const response = await test.send({ name: 'Addressed', role: 'ingester' });
          expect({ name, header: Boolean(header), status: response.status }).toEqual({
            name,
            header: Boolean(header),
            status: 401,
          });
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(response.body.detail).toMatch(/Authorization header only, never in the address/);
          expect(await users()).toBe(before);
        }
      }
      // Parameters that only look alike are the API's own and stay allowed.
      await service.http(keys.factchecker).get('/v1/claims').query({ q: 'api_key token' }).expect(200);
    });
  });

  describe('revoking and rotating keys', () => {
    const events = async (type: string, userId: string) =>
      service.query(`SELECT actor_id, data FROM events WHERE type = $1 AND data->>'userId' = $2`, [type, userId]);

    it('DELETE /v1/users/:id revokes the key: 401 from the next request on, and gone from the list', async () => {
      const person = await createUserKey(service, 'factchecker', 'Leaving Person');
      await service.http(person.apiKey).get('/v1/claims').expect(200);
      const revoked = await service.http().delete(`/v1/users/${person.id}`);
      expect(revoked.status).toBe(204);
      for (const path of ['/v1/claims', '/v1/ratings', '/v1/stats']) {
        const response = await service.http(person.apiKey).get(path);
        expect({ path, status: response.status }).toEqual({ path, status: 401 });
        expect(response.body.detail).toMatch(/not known or has been revoked/);
      }
      const listed = await service.http().get('/v1/users').expect(200);
      expect(listed.body.items.map((user: { id: string }) => user.id)).not.toContain(person.id);
      const [row] = await service.query('SELECT revoked_at, api_key_hash FROM users WHERE id = $1', [person.id]);
      expect(row.revoked_at).toBeInstanceOf(Date);
      expect(row.api_key_hash).toBeNull();
      expect(await events('user.revoked', person.id)).toEqual([
        {
          actor_id: '00000000-0000-0000-0000-000000000001',
          data: expect.objectContaining({ userId: person.id, role: 'factchecker' }),
        },
      ]);
    });

    it('revoking twice changes nothing more; unknown, malformed and built-in users are refused', async () => {
      const person = await createUserKey(service, 'ingester');
      await service.http().delete(`/v1/users/${person.id}`).expect(204);
      await service.http().delete(`/v1/users/${person.id}`).expect(204);
      expect(await events('user.revoked', person.id)).toHaveLength(1);
      for (const id of [randomUUID(), 'not-a-user', '00000000-0000-0000-0000-00000000000g']) {
        const response = await service.http().delete(`/v1/users/${id}`).expect(404);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      for (const id of ['00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000000']) {
        const response = await service.http().delete(`/v1/users/${id}`).expect(409);
        expect(response.body.type).toBe('/problems/conflict');
      }
      await service.http(service.adminKey).get('/v1/users').expect(200);
    });

    it('a revoked holder gives back their leased claims at once', async () => {
      await service.startWorker();
      const [claimId] = await seedResearchClaims(service, 1);
      const person = await createUserKey(service, 'factchecker');
      await service.http(person.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
      await service.http().delete(`/v1/users/${person.id}`).expect(204);
      const [claim] = await service.query('SELECT lease_id, lease_holder_id FROM claims WHERE id = $1', [claimId]);
      expect(claim).toEqual({ lease_id: null, lease_holder_id: null });
      const leases = await service.query('SELECT released_at, release_reason FROM leases WHERE claim_id = $1', [
        claimId,
      ]);
      expect(leases).toEqual([{ released_at: expect.any(Date), release_reason: 'released' }]);
      const other = await createUserKey(service, 'factchecker');
      await service.http(other.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    });

    it('POST /v1/users/:id/key gives a new key once; the old one stops working', async () => {
      const person = await createUserKey(service, 'editor', 'Rotating Person');
      const rotated = await service.http().post(`/v1/users/${person.id}/key`).expect(200);
      expect(rotated.body).toMatchObject({
        id: person.id,
        name: 'Rotating Person',
        role: 'editor',
        apiKey: expect.stringMatching(/^fck_/),
      });
      expect(rotated.body.apiKey).not.toBe(person.apiKey);
      await service.http(person.apiKey).get('/v1/events').expect(401);
      await service.http(rotated.body.apiKey).get('/v1/events').expect(200);
      const [row] = await service.query('SELECT api_key_hash, api_key_prefix FROM users WHERE id = $1', [person.id]);
      expect(row.api_key_hash).toBe(createHash('sha256').update(rotated.body.apiKey).digest('hex'));
      const listed = await service.http().get('/v1/users').expect(200);
      const entry = listed.body.items.find((user: { id: string }) => user.id === person.id);
      expect(entry).toEqual(expect.objectContaining({ keyPrefix: rotated.body.apiKey.slice(0, 8) }));
      expect(entry).not.toHaveProperty('apiKey');
      expect(JSON.stringify(listed.body)).not.toContain(rotated.body.apiKey);
      expect(JSON.stringify(listed.body)).not.toContain(person.apiKey);
      expect(await events('user.key-rotated', person.id)).toEqual([
        {
          actor_id: '00000000-0000-0000-0000-000000000001',
          data: expect.objectContaining({
            previousKeyPrefix: person.apiKey.slice(0, 8),
            keyPrefix: rotated.body.apiKey.slice(0, 8),
          }),
        },
      ]);
      expect(JSON.stringify(await service.query('SELECT data FROM events'))).not.toContain(rotated.body.apiKey);
    });

    it('does not rotate a revoked, unknown or built-in user', async () => {
      const person = await createUserKey(service, 'ingester');
      await service.http().delete(`/v1/users/${person.id}`).expect(204);
      const revoked = await service.http().post(`/v1/users/${person.id}/key`).expect(409);
      expect(revoked.body.detail).toMatch(/revoked/);
      await service.http(person.apiKey).get('/v1/ratings').expect(401);
      await service.http().post(`/v1/users/${randomUUID()}/key`).expect(404);
      await service.http().post('/v1/users/nobody/key').expect(404);
      await service.http().post('/v1/users/00000000-0000-0000-0000-000000000001/key').expect(409);
      await service.http(service.adminKey).get('/v1/users').expect(200);
    });
  });
});
