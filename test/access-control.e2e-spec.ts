import { randomUUID } from 'node:crypto';
import { createUserKey, startTestService, TestService } from '@app/testing';

type Role = 'ingester' | 'factchecker' | 'editor' | 'admin';
const ROLES: Role[] = ['ingester', 'factchecker', 'editor', 'admin'];

/** Every endpoint of API.md with the least role that may call it. */
const someId = randomUUID();
const ENDPOINTS: { method: 'get' | 'post' | 'put' | 'delete'; path: string; role: Role; body?: object }[] = [
  { method: 'post', path: '/v1/articles', role: 'ingester', body: { body: 'Text.' } },
  { method: 'get', path: `/v1/articles/${someId}`, role: 'ingester' },
  { method: 'get', path: '/v1/ratings', role: 'ingester' },
  { method: 'get', path: `/v1/claims/${someId}/claimreview`, role: 'ingester' },
  { method: 'get', path: '/v1/claimreviews', role: 'ingester' },
  { method: 'get', path: '/v1/claimreviews.csv', role: 'ingester' },
  { method: 'get', path: '/v1/claims', role: 'factchecker' },
  { method: 'get', path: '/v1/stats', role: 'factchecker' },
  { method: 'post', path: `/v1/claims/${someId}/matches/${randomUUID()}/confirm`, role: 'factchecker' },
  { method: 'post', path: `/v1/claims/${someId}/matches/${randomUUID()}/reject`, role: 'factchecker' },
  { method: 'get', path: '/v1/events', role: 'editor' },
  { method: 'post', path: `/v1/claims/${someId}/correct`, role: 'editor', body: { rating: 'False', note: 'fix' } },
  { method: 'get', path: `/v1/claims/${someId}`, role: 'factchecker' },
  { method: 'get', path: `/v1/claims/${someId}/history`, role: 'factchecker' },
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
  { method: 'get', path: '/v1/webhooks', role: 'admin' },
  { method: 'post', path: '/v1/webhooks', role: 'admin', body: { url: 'http://127.0.0.1:9/x', events: ['claim.ready'] } },
  { method: 'delete', path: `/v1/webhooks/${someId}`, role: 'admin' },
  { method: 'get', path: `/v1/webhooks/${someId}/deliveries`, role: 'admin' },
  { method: 'post', path: `/v1/webhooks/${someId}/deliveries/${randomUUID()}/retry`, role: 'admin' },
];

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

  it.each(ENDPOINTS.map((endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path.replace(someId, ':id')}`, endpoint]))(
    '%s answers by role',
    async (_name, endpoint) => {
      const rank = ROLES.indexOf(endpoint.role);
      for (const [index, role] of ROLES.entries()) {
        const response = await send(keys[role], endpoint);
        if (index < rank) {
          expect({ role, status: response.status }).toEqual({ role, status: 403 });
          expect(response.headers['content-type']).toContain('application/problem+json');
        } else {
          expect({ role, allowed: ![401, 403].includes(response.status) && response.status < 500 }).toEqual({ role, allowed: true });
        }
      }
      const missing = await send(null, endpoint);
      expect(missing.status).toBe(401);
      expect(missing.headers['www-authenticate']).toBe('Bearer');
      expect((await send(null, endpoint, 'Bearer fck_not-a-real-key')).status).toBe(401);
      expect((await send(null, endpoint, 'Basic dXNlcjpwYXNz')).status).toBe(401);
      expect((await send(null, endpoint, `Bearer ${keys.admin} extra`)).status).toBe(401);
    },
  );

  it('accepts ADMIN_API_KEY from the environment as an admin key', async () => {
    await service.http(service.adminKey).get('/v1/users').expect(200);
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
});
