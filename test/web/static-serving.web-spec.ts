import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestService, TestService } from '../support';
import { webDeskDir } from './desk-browser';

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** The API serves the built desk at `/` with its own CSP, and leaves every API path and answer as it was. */
describe('serving the web desk', () => {
  let service: TestService;
  let agent: ReturnType<typeof request>;

  beforeAll(async () => {
    service = await startTestService({ worker: false, env: { WEB_DESK_DIR: webDeskDir() } });
    agent = request(service.api.getHttpServer());
  });

  afterAll(() => service?.stop());

  it('serves the desk at / with a policy that allows its own scripts and styles and nothing inline', async () => {
    const response = await agent.get('/').set('Accept', HTML).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('<div id="root"></div>');
    expect(response.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const policy = response.headers['content-security-policy'];
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers a page of the desk (a bookmarked claim) with the desk, so the browser can route it', async () => {
    const response = await agent.get('/claims/00000000-0000-4000-8000-000000000000').set('Accept', HTML).expect(200);
    expect(response.text).toContain('<div id="root"></div>');
    await agent.get('/queue/research?q=taxes').set('Accept', HTML).expect(200);
  });

  it('serves the hashed assets for a year, with the right types', async () => {
    const assets = readdirSync(join(webDeskDir(), 'assets'));
    const script = assets.find((name) => name.endsWith('.js'))!;
    const style = assets.find((name) => name.endsWith('.css'))!;
    const js = await agent.get(`/assets/${script}`).expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await agent.get(`/assets/${style}`).expect(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('keeps every API path the API’s: /v1, /health, /metrics, /docs and /admin/queues never fall back to the desk', async () => {
    for (const path of ['/v1/nothing-here', '/v1', '/health', '/docs/anything']) {
      const response = await agent.get(path).set('Accept', HTML);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['content-security-policy']).toBe(
        "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      );
    }
    const ratings = await agent
      .get('/v1/ratings')
      .set('Accept', HTML)
      .set('Authorization', `Bearer ${service.adminKey}`)
      .expect(200);
    expect(ratings.headers['content-type']).toMatch(/^application\/json/);
    expect(ratings.headers['content-security-policy']).not.toContain('script-src');
    await agent.get('/health/live').expect(200);
    // What the API serves itself under these paths is its own answer, never the desk's page.
    for (const [path, status] of [
      ['/metrics', 200],
      ['/docs', 200],
      ['/admin/queues', 401],
      ['/admin/queues/queue/extract', 401],
    ] as const) {
      const response = await agent.get(path).set('Accept', HTML);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.text).not.toContain('<div id="root"></div>');
    }
  });

  it('answers a missing file, a non-page request and other methods as the API always did', async () => {
    const missing = await agent.get('/assets/nope-123.js').set('Accept', HTML).expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    const json = await agent.get('/somewhere').set('Accept', 'application/json').expect(404);
    expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
    // `/` answers GET (the desk, or the service's index): another method is told which ones it takes.
    const post = await agent.post('/').set('Content-Type', 'application/json').send({}).expect(405);
    expect(post.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(post.headers.allow).toMatch(/GET/);
    await agent
      .get('/../package.json')
      .set('Accept', HTML)
      .expect((response) => expect(response.text).not.toContain('"scripts"'));
    await agent
      .get('/%2e%2e/%2e%2e/package.json')
      .expect((response) => expect(response.text).not.toContain('"scripts"'));
  });

  it('without a built desk in WEB_DESK_DIR serves the API alone, and / says how to build the desk', async () => {
    const bare = await startTestService({ worker: false, env: { WEB_DESK_DIR: join(webDeskDir(), 'assets') } });
    try {
      const response = await request(bare.api.getHttpServer()).get('/').set('Accept', HTML).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.text).not.toContain('<div id="root"></div>');
      expect(response.body).toMatchObject({ service: 'factcheck', desk: expect.stringMatching(/npm run build:web/) });
    } finally {
      await bare.stop();
    }
  });
});
