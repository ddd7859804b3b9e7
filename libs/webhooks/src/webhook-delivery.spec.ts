import { once } from 'node:events';
import { AddressInfo } from 'node:net';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { LookupAddress } from 'node:dns';
import {
  WebhookDeliveryErrorCode,
  WebhookDeliveryResult,
  createWebhookAgent,
  deliverWebhook,
  deliveryOutcome,
  parseRetryAfter,
} from './webhook-delivery';
import { WebhookDnsLookup } from './webhook-url-safety';
import { generateWebhookSecret, verifyWebhook } from './webhook-signature';
import { serializeWebhookPayload, webhookHeaders } from './webhook-message';
import { WebhookEventType } from './webhook-event-type';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Route = (res: ServerResponse) => void;

const routes: Record<string, Route> = {
  '/ok': (res) => res.writeHead(204).end(),
  '/ok-with-body': (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks '.repeat(500)),
  '/error': (res) => res.writeHead(500).end('database is down'),
  '/gone': (res) => res.writeHead(410).end(),
  '/throttled': (res) => res.writeHead(429, { 'retry-after': '120' }).end('slow down'),
  '/redirect': (res) => res.writeHead(302, { location: '/ok' }).end(),
  '/slow': (res) => {
    const timer = setTimeout(() => res.writeHead(200).end(), 5_000);
    res.on('close', () => clearTimeout(timer));
  },
};

let server: Server;
let port: number;
let received: Received[];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      (routes[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});

beforeEach(() => {
  received = [];
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

const secret = generateWebhookSecret();
const body = serializeWebhookPayload(
  WebhookEventType.VerdictPublished,
  { claimId: 'c1' },
  new Date('2026-09-06T12:00:00Z'),
);

function signedHeaders() {
  return webhookHeaders({ secret, id: 'msg_test', timestamp: Math.floor(Date.now() / 1000), body });
}

/** Resolves every name to the local receiver, as a hostile or misconfigured DNS answer would. */
const toLoopback: WebhookDnsLookup = (): Promise<LookupAddress[]> =>
  Promise.resolve([{ address: '127.0.0.1', family: 4 }]);

function deliverTo(
  path: string,
  overrides: Partial<Parameters<typeof deliverWebhook>[0]> = {},
): Promise<WebhookDeliveryResult> {
  return deliverWebhook({
    url: `http://127.0.0.1:${port}${path}`,
    headers: signedHeaders(),
    body,
    timeoutMs: 2_000,
    allowPrivateNetworks: true,
    ...overrides,
  });
}

describe('deliverWebhook', () => {
  it('posts the signed body, which the receiver can verify, and reports a 2xx as ok', async () => {
    const result = await deliverTo('/ok');

    expect(result).toMatchObject({ ok: true, status: 204, responseBodySnippet: '' });
    expect(result.error).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(deliveryOutcome(result)).toBe('succeeded');

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['user-agent']).toMatch(/\S/);
    expect(verifyWebhook({ secret, headers: request.headers, body: request.body })).toMatchObject({
      type: 'verdict.published',
      data: { claimId: 'c1' },
    });
  });

  it('keeps only the start of a long response body', async () => {
    const result = await deliverTo('/ok-with-body');
    expect(result.ok).toBe(true);
    expect(result.responseBodySnippet.startsWith('thanks thanks')).toBe(true);
    expect(result.responseBodySnippet.length).toBeLessThanOrEqual(1024);
  });

  it('reports a 500 as a failure to retry, with the answer kept', async () => {
    const result = await deliverTo('/error');
    expect(result).toMatchObject({
      ok: false,
      status: 500,
      errorCode: WebhookDeliveryErrorCode.HttpStatus,
      responseBodySnippet: 'database is down',
    });
    expect(result.error).toMatch(/500/);
    expect(deliveryOutcome(result)).toBe('retry');
  });

  it('reports a 410 as gone, so the subscription can be disabled', async () => {
    const result = await deliverTo('/gone');
    expect(result).toMatchObject({ ok: false, status: 410 });
    expect(deliveryOutcome(result)).toBe('gone');
  });

  it('passes on the receiver’s retry-after', async () => {
    const result = await deliverTo('/throttled');
    expect(result).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 120 });
    expect(deliveryOutcome(result)).toBe('retry');
  });

  it('does not follow a redirect and says so', async () => {
    const result = await deliverTo('/redirect');
    expect(result).toMatchObject({ ok: false, status: 302 });
    expect(result.error).toMatch(/redirects are not followed/);
    expect(received.map((r) => r.path)).toEqual(['/redirect']);
    expect(deliveryOutcome(result)).toBe('retry');
  });

  it('gives up on a slow receiver at the timeout without throwing', async () => {
    const started = Date.now();
    const result = await deliverTo('/slow', { timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result).toMatchObject({ ok: false, status: null, errorCode: WebhookDeliveryErrorCode.Timeout });
    expect(result.error).toMatch(/200 ms/);
    expect(deliveryOutcome(result)).toBe('retry');
  });

  it('reports a refused connection as a network failure to retry', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const closedPort = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');

    const result = await deliverWebhook({
      url: `http://127.0.0.1:${closedPort}/`,
      headers: signedHeaders(),
      body,
      allowPrivateNetworks: true,
    });
    expect(result).toMatchObject({ ok: false, status: null, errorCode: WebhookDeliveryErrorCode.Network });
    expect(result.error).toMatch(/ECONNREFUSED/);
    expect(deliveryOutcome(result)).toBe('retry');
  });

  describe('when private networks are not allowed', () => {
    it('refuses a loopback address without connecting', async () => {
      const result = await deliverTo('/ok', { allowPrivateNetworks: false });
      expect(result).toMatchObject({ ok: false, status: null, errorCode: WebhookDeliveryErrorCode.UnsafeUrl });
      expect(result.error).toMatch(/non-public address/);
      expect(received).toHaveLength(0);
      expect(deliveryOutcome(result)).toBe('failed');
    });

    it('refuses a name that resolves to a private address at connect time (DNS rebinding)', async () => {
      const result = await deliverTo('/ok', {
        url: `http://rebind.example:${port}/ok`,
        allowPrivateNetworks: false,
        lookup: toLoopback,
      });
      expect(result).toMatchObject({ ok: false, status: null, errorCode: WebhookDeliveryErrorCode.UnsafeUrl });
      expect(result.error).toMatch(/rebind\.example \(resolves to 127\.0\.0\.1\)/);
      expect(received).toHaveLength(0);
    });

    it('refuses through a shared agent as well', async () => {
      const agent = createWebhookAgent({ allowPrivateNetworks: false, lookup: toLoopback });
      try {
        const result = await deliverTo('/ok', {
          url: `http://rebind.example:${port}/ok`,
          allowPrivateNetworks: false,
          dispatcher: agent,
        });
        expect(result.errorCode).toBe(WebhookDeliveryErrorCode.UnsafeUrl);
        expect(received).toHaveLength(0);
      } finally {
        await agent.close();
      }
    });
  });

  it('connects through the guarded lookup when private networks are allowed', async () => {
    const result = await deliverTo('/ok', { url: `http://receiver.example:${port}/ok`, lookup: toLoopback });
    expect(result).toMatchObject({ ok: true, status: 204 });
    expect(received[0].headers.host).toBe(`receiver.example:${port}`);
  });

  it('refuses an unsupported protocol without throwing', async () => {
    const result = await deliverTo('/ok', { url: 'ftp://files.example/hook' });
    expect(result).toMatchObject({ ok: false, errorCode: WebhookDeliveryErrorCode.UnsafeUrl });
    expect(deliveryOutcome(result)).toBe('failed');
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-09-06T12:00:00Z');

  it('reads delta seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Sun, 06 Sep 2026 12:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter('Sun, 06 Sep 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
