import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { Agent } from 'undici';
import { createGuardedLookup } from '@app/webhooks';
import { WorkflowError } from '../common/workflow-error';
import { fetchPage, PageFetchLimits } from './page-fetch';

/**
 * Every server here listens on 127.0.0.1 only. Fetches that connect run with the guard's switch on; the guard's
 * refusals are shown on addresses it refuses before any connection (loopback literals and names resolving to
 * loopback, with the switch off), and no test points at any address off this host.
 */
type Handler = (request: IncomingMessage, response: ServerResponse) => void;

interface LoopbackServer {
  origin: string;
  port: number;
  /** Requests and connections the server saw. */
  seen: { requests: string[]; connections: number };
  close(): Promise<void>;
}

async function serve(handler: Handler): Promise<LoopbackServer> {
  const seen = { requests: [] as string[], connections: 0 };
  const server: Server = createServer((request, response) => {
    seen.requests.push(request.url ?? '');
    handler(request, response);
  });
  server.on('connection', () => seen.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const OPEN: PageFetchLimits = { timeoutMs: 2000, maxBytes: 64 * 1024, maxRedirects: 5, allowPrivateNetworks: true };
const GUARDED: PageFetchLimits = { ...OPEN, allowPrivateNetworks: false };

/** The WorkflowError a fetch ends with, to compare its code and details. */
async function failureOf(
  fetching: Promise<unknown>,
): Promise<{ code: string; reason: string; [key: string]: unknown }> {
  try {
    await fetching;
  } catch (error) {
    if (error instanceof WorkflowError) return { code: error.code, message: error.message, ...error.details } as never;
    throw error;
  }
  throw new Error('the fetch succeeded');
}

const page =
  (html: string, type = 'text/html; charset=utf-8'): Handler =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': type });
    response.end(html);
  };

let servers: LoopbackServer[] = [];
async function server(handler: Handler): Promise<LoopbackServer> {
  const started = await serve(handler);
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.map((started) => started.close()));
  servers = [];
});

describe('fetchPage', () => {
  it('fetches an HTML page, decoding the charset its header or its <meta> names', async () => {
    const site = await server((request, response) => {
      if (request.url === '/latin1') {
        response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
        response.end(Buffer.from('<p>Caf\u00e9 cr\u00e8me</p>', 'latin1'));
      } else {
        response.writeHead(200, { 'content-type': 'text/html' });
        const pravda = Buffer.from([0xf0, 0xd2, 0xc1, 0xd7, 0xc4, 0xc1]); // "Правда" in KOI8-R
        response.end(Buffer.concat([Buffer.from('<meta charset="koi8-r"><p>'), pravda, Buffer.from('</p>')]));
      }
    });
    const latin1 = await fetchPage(`${site.origin}/latin1`, OPEN);
    expect(latin1).toEqual({ url: `${site.origin}/latin1`, format: 'html', content: '<p>Caf\u00e9 cr\u00e8me</p>' });
    expect((await fetchPage(`${site.origin}/meta`, OPEN)).content).toContain('<p>Правда</p>');
  });

  it('takes plain text as text and a gzip-compressed page decompressed', async () => {
    const site = await server((request, response) => {
      if (request.url === '/text') return page('Plain words.', 'text/plain')(request, response);
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(gzipSync('<p>Compressed words.</p>'));
    });
    expect(await fetchPage(`${site.origin}/text`, OPEN)).toMatchObject({ format: 'text', content: 'Plain words.' });
    expect((await fetchPage(`${site.origin}/gz`, OPEN)).content).toBe('<p>Compressed words.</p>');
  });

  it('follows redirects, relative ones too, and says where the page was in the end', async () => {
    const site = await server((request, response) => {
      if (request.url === '/old') response.writeHead(301, { location: '/moved' }).end();
      else if (request.url === '/moved') response.writeHead(307, { location: `${site.origin}/story?id=1` }).end();
      else page('<p>The story.</p>')(request, response);
    });
    const fetched = await fetchPage(`${site.origin}/old`, OPEN);
    expect(fetched).toMatchObject({ url: `${site.origin}/story?id=1`, content: '<p>The story.</p>' });
    expect(site.seen.requests).toEqual(['/old', '/moved', '/story?id=1']);
  });

  it('refuses a redirect loop after the last redirect allowed', async () => {
    const site = await server((request, response) => {
      response.writeHead(302, { location: `/hop${Number(request.url!.slice(4) || 0) + 1}` }).end();
    });
    const failure = await failureOf(fetchPage(`${site.origin}/hop0`, { ...OPEN, maxRedirects: 3 }));
    expect(failure).toMatchObject({ code: 'page-refused', reason: 'too-many-redirects', url: `${site.origin}/hop3` });
    expect(site.seen.requests).toEqual(['/hop0', '/hop1', '/hop2', '/hop3']);
  });

  it('refuses a redirect to another protocol or to an address with credentials, without following it', async () => {
    const site = await server((request, response) => {
      const to = request.url === '/ftp' ? 'ftp://127.0.0.1/file' : `http://user:secret@127.0.0.1:${site.port}/inside`;
      response.writeHead(302, { location: to }).end();
    });
    for (const path of ['/ftp', '/credentials']) {
      expect(await failureOf(fetchPage(`${site.origin}${path}`, OPEN))).toMatchObject({
        code: 'page-refused',
        reason: 'bad-address',
      });
    }
    expect(site.seen.requests).toEqual(['/ftp', '/credentials']);
  });

  it('answers the site’s error status as the site’s, and an address nobody listens on as unreachable', async () => {
    const site = await server((_request, response) =>
      response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Gone</p>'),
    );
    expect(await failureOf(fetchPage(`${site.origin}/missing`, OPEN))).toMatchObject({
      code: 'page-unavailable',
      reason: 'http-status',
      siteStatus: 404,
    });
    const closed = await serve(() => undefined);
    await closed.close();
    expect(await failureOf(fetchPage(`${closed.origin}/`, OPEN))).toMatchObject({
      code: 'page-unavailable',
      reason: 'unreachable',
    });
  });

  it('refuses what is neither HTML nor plain text, and an encoding it does not read', async () => {
    const site = await server((request, response) => {
      if (request.url === '/json') return page('{"a": 1}', 'application/json')(request, response);
      if (request.url === '/untyped') return response.writeHead(200).end('<p>?</p>');
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'zstd' }).end('....');
    });
    for (const path of ['/json', '/untyped', '/zstd']) {
      expect(await failureOf(fetchPage(`${site.origin}${path}`, OPEN))).toMatchObject({
        code: 'page-refused',
        reason: 'not-html',
      });
    }
  });

  it('stops at a server that stalls, before its headers or in the middle of its body', async () => {
    const site = await server((request, response) => {
      if (request.url === '/trickle') {
        response.writeHead(200, { 'content-type': 'text/html' });
        const drip = setInterval(() => response.write('<p>a</p>'), 50);
        response.on('close', () => clearInterval(drip));
      }
      // '/silent' never answers.
    });
    for (const path of ['/silent', '/trickle']) {
      const started = Date.now();
      expect(await failureOf(fetchPage(`${site.origin}${path}`, { ...OPEN, timeoutMs: 300 }))).toMatchObject({
        code: 'page-timeout',
        reason: 'timeout',
      });
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it('refuses a page over the size limit: by its declared length, as it streams, and once decompressed', async () => {
    const maxBytes = 4096;
    let declaredSent = false;
    const site = await server((request, response) => {
      if (request.url === '/declared') {
        // Announces more than the limit and sends it slowly: the refusal must not wait for it.
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * maxBytes) });
        response.write('<p>');
        declaredSent = true;
      } else if (request.url === '/streamed') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('x'.repeat(maxBytes + 1));
      } else {
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        response.end(gzipSync(Buffer.alloc(1024 * 1024, 'a')));
      }
    });
    for (const path of ['/declared', '/streamed', '/bomb']) {
      expect(await failureOf(fetchPage(`${site.origin}${path}`, { ...OPEN, maxBytes }))).toMatchObject({
        code: 'page-refused',
        reason: 'too-large',
      });
    }
    expect(declaredSent).toBe(true);
  });

  it('a body of n bytes is taken whole when n is within the limit and refused past it (any size, any chunking)', async () => {
    const maxBytes = 2048;
    const site = await server((request, response) => {
      const [size, chunk] = new URL(request.url!, 'http://x').searchParams.getAll('n').map(Number);
      response.writeHead(200, { 'content-type': 'text/plain' });
      for (let sent = 0; sent < size; sent += chunk) response.write('y'.repeat(Math.min(chunk, size - sent)));
      response.end();
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 * maxBytes }),
        fc.integer({ min: 1, max: 700 }),
        async (size, chunk) => {
          const fetching = fetchPage(`${site.origin}/?n=${size}&n=${chunk}`, { ...OPEN, maxBytes });
          if (size <= maxBytes) expect((await fetching).content).toHaveLength(size);
          else expect(await failureOf(fetching)).toMatchObject({ reason: 'too-large' });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('follows k redirects when k is at most the limit, and refuses the chain otherwise', async () => {
    const site = await server((request, response) => {
      const left = Number(new URL(request.url!, 'http://x').searchParams.get('left'));
      if (left > 0) response.writeHead(302, { location: `/?left=${left - 1}` }).end();
      else page('<p>Arrived.</p>')(request, response);
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 }), async (chain, maxRedirects) => {
        const fetching = fetchPage(`${site.origin}/?left=${chain}`, { ...OPEN, maxRedirects });
        if (chain <= maxRedirects) expect((await fetching).content).toBe('<p>Arrived.</p>');
        else expect(await failureOf(fetching)).toMatchObject({ reason: 'too-many-redirects' });
      }),
      { numRuns: 30 },
    );
  });
});

describe('fetchPage behind the address guard (switch off)', () => {
  it('refuses loopback by literal address and by name before connecting', async () => {
    const site = await server(page('<p>Private.</p>'));
    for (const address of [`${site.origin}/`, `http://[::1]:${site.port}/`, `http://localhost:${site.port}/`]) {
      expect(await failureOf(fetchPage(address, GUARDED))).toMatchObject({
        code: 'page-refused',
        reason: 'private-address',
      });
    }
    expect(site.seen.connections).toBe(0);
  });

  it('refuses every loopback literal, however written, without a connection attempt', async () => {
    let attempts = 0;
    const noConnection = new Agent({
      connect: (_options, callback) => {
        attempts++;
        callback(new Error('no connection may be attempted'), null);
      },
    });
    const loopback = fc.oneof(
      fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `127.${a}.${b}.${c}`),
      fc.tuple(fc.nat(255), fc.nat(255)).map(([a, b]) => `[::ffff:127.0.${a}.${b}]`),
      fc.constantFrom('[::1]', '[0:0:0:0:0:0:0:1]', '0.0.0.0', '[::]', '2130706433', '0x7f000001', '127.1'),
    );
    await fc.assert(
      fc.asyncProperty(loopback, fc.integer({ min: 1, max: 65535 }), fc.webPath(), async (host, port, path) => {
        const failure = await failureOf(
          fetchPage(`http://${host}:${port}${path}`, { ...GUARDED, dispatcher: noConnection }),
        );
        expect(failure).toMatchObject({ code: 'page-refused', reason: 'private-address' });
      }),
      { numRuns: 200 },
    );
    expect(attempts).toBe(0);
    await noConnection.close();
  });

  it('checks every redirect again: a public-looking page redirecting to loopback is refused there', async () => {
    // news.test stands for a public site: it alone is pinned to the loopback server, beside the guard; every other
    // name goes through the guard as in production.
    const guarded = createGuardedLookup({ allowPrivateNetworks: false });
    const pinned: LookupFunction = (hostname, options, callback) => {
      if (hostname !== 'news.test') return guarded(hostname, options, callback);
      if (options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
      return callback(null, '127.0.0.1', 4);
    };
    const dispatcher = new Agent({ connect: { lookup: pinned } });
    const site = await server((request, response) => {
      if (request.url === '/to-literal') response.writeHead(302, { location: `${site.origin}/inside` }).end();
      else if (request.url === '/to-name')
        response.writeHead(301, { location: `http://localhost:${site.port}/inside` }).end();
      else page('<p>Inside.</p>')(request, response);
    });
    const limits = { ...GUARDED, dispatcher };
    expect(await fetchPage(`http://news.test:${site.port}/front`, limits)).toMatchObject({ content: '<p>Inside.</p>' });
    for (const path of ['/to-literal', '/to-name']) {
      expect(await failureOf(fetchPage(`http://news.test:${site.port}${path}`, limits))).toMatchObject({
        code: 'page-refused',
        reason: 'private-address',
      });
    }
    expect(site.seen.requests).toEqual(['/front', '/to-literal', '/to-name']);
    await dispatcher.close();
  });
});
