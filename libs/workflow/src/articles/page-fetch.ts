import { TextDecoder } from 'node:util';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, Dispatcher, request } from 'undici';
import {
  assertWebhookUrlShape,
  createGuardedLookup,
  GuardedCaller,
  WebhookUrlError,
  WebhookUrlErrorCode,
} from '@app/webhooks';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';

/** A page as its site served it: where it was in the end (after redirects), and its text, html or plain. */
export interface FetchedPage {
  url: string;
  format: 'html' | 'text';
  content: string;
}

export interface PageFetchLimits {
  /** The whole fetch: every connection, redirect and the body. */
  timeoutMs: number;
  /** Bytes of the body, after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** The address guard's switch: loopback and private addresses are refused unless this is on. */
  allowPrivateNetworks: boolean;
  /** Connections through the address guard are made per fetch; tests give one that pins their host names. */
  dispatcher?: Dispatcher;
}

/** The same bound as a submitted body: a fetched page is no bigger than what could be posted. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
/** Connecting is a small part of the fetch's time: a host that does not accept within this is not there. */
const CONNECT_TIMEOUT_MS = 5000;

/** Why a page was not taken; the problem's `reason`. */
export type PageFetchFailure =
  | 'private-address'
  | 'bad-address'
  | 'too-many-redirects'
  | 'not-html'
  | 'too-large'
  | 'no-text'
  | 'unreachable'
  | 'http-status'
  | 'timeout';

const GUARDED: GuardedCaller = {
  subject: 'the article url',
  setting: 'ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS',
  whyNoCredentials: 'pages are fetched as any reader would read them',
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const FORMATS: Record<string, FetchedPage['format']> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

/** A failure of the fetch as a domain error: the page is refused (422), the site failed (502) or was too slow (504). */
export function pageFetchError(
  reason: PageFetchFailure,
  message: string,
  details: { url: string; siteStatus?: number },
): WorkflowError {
  const code =
    reason === 'timeout'
      ? WorkflowErrorCode.PageTimeout
      : reason === 'unreachable' || reason === 'http-status'
        ? WorkflowErrorCode.PageUnavailable
        : WorkflowErrorCode.PageRefused;
  return new WorkflowError(code, message, {
    reason,
    ...details,
    ...(code === WorkflowErrorCode.PageRefused ? { errors: [{ field: 'url', message: REFUSED_URL[reason] }] } : {}),
  });
}

/** What is wrong with the url, for `errors[]`, beside the detail that says it in full. */
const REFUSED_URL: Partial<Record<PageFetchFailure, string>> = {
  'private-address': 'points at a non-public address',
  'bad-address': 'leads to an address that is not plain http(s)',
  'too-many-redirects': 'redirects too many times',
  'not-html': 'is neither an HTML nor a plain-text page',
  'too-large': 'is a page over the size limit',
  'no-text': 'holds no article text',
};

/**
 * GETs a page behind the webhooks' address guard: every address, the first and each redirect's, is checked before
 * a connection is made (IP literals by their shape, host names when they resolve, and the connection goes to the
 * address that was checked, so DNS rebinding cannot slip past). Bounded: one deadline for everything, at most
 * `maxRedirects` redirects, at most `maxBytes` of body (decompressed), read as a stream and dropped at the bound.
 * Only HTML and plain text are taken. Every failure is a WorkflowError with its reason (see pageFetchError).
 */
export async function fetchPage(address: string, limits: PageFetchLimits): Promise<FetchedPage> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
  const dispatcher =
    limits.dispatcher ??
    new Agent({
      connect: {
        lookup: createGuardedLookup({ allowPrivateNetworks: limits.allowPrivateNetworks, caller: GUARDED }),
        timeout: Math.min(CONNECT_TIMEOUT_MS, limits.timeoutMs),
      },
    });
  let current = address;
  try {
    for (let redirects = 0; ; redirects++) {
      const url = checkedAddress(current, limits.allowPrivateNetworks);
      const response = await send(url, dispatcher, abort.signal);
      const { statusCode: status, headers } = response;
      if (REDIRECTS.has(status) && header(headers.location)) {
        discard(response.body);
        if (redirects >= limits.maxRedirects) {
          throw pageFetchError('too-many-redirects', `the page redirects more than ${limits.maxRedirects} times`, {
            url: current,
          });
        }
        current = resolveRedirect(header(headers.location)!, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        discard(response.body);
        throw pageFetchError('http-status', `the site answered ${status} for ${current}`, {
          url: current,
          siteStatus: status,
        });
      }
      return await readPage(current, response, limits, abort.signal);
    }
  } catch (error) {
    throw classified(error, current, abort.signal.aborted, limits.timeoutMs);
  } finally {
    clearTimeout(timer);
    if (!limits.dispatcher) await dispatcher.destroy().catch(() => undefined);
  }
}

/** http(s), no credentials, and a literal address only when the guard allows it; host names are checked on connect. */
function checkedAddress(address: string, allowPrivateNetworks: boolean): URL {
  try {
    return assertWebhookUrlShape(address, { allowPrivateNetworks, caller: GUARDED });
  } catch (error) {
    if (!(error instanceof WebhookUrlError)) throw error;
    const reason = error.code === WebhookUrlErrorCode.PrivateAddress ? 'private-address' : 'bad-address';
    throw pageFetchError(reason, error.message, { url: address });
  }
}

function send(url: URL, dispatcher: Dispatcher, signal: AbortSignal) {
  return request(url, {
    method: 'GET',
    dispatcher,
    signal,
    headers: {
      accept: 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8',
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': 'factcheck-desk (article ingest)',
    },
  });
}

function resolveRedirect(location: string, from: URL): string {
  try {
    return new URL(location, from).toString();
  } catch {
    throw pageFetchError('bad-address', `the page redirects to an address that is not a URL: ${location}`, {
      url: from.toString(),
    });
  }
}

async function readPage(
  url: string,
  response: Dispatcher.ResponseData,
  limits: PageFetchLimits,
  signal: AbortSignal,
): Promise<FetchedPage> {
  const body = response.body;
  try {
    const contentType = header(response.headers['content-type']) ?? '';
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    const format = FORMATS[mediaType];
    if (!format) {
      throw pageFetchError(
        'not-html',
        `the page is ${mediaType || 'of no stated type'}; only HTML and plain text are read`,
        { url },
      );
    }
    const declared = Number(header(response.headers['content-length']));
    if (Number.isFinite(declared) && declared > limits.maxBytes) throw tooLarge(url, limits.maxBytes);
    const bytes = await readAtMost(body, header(response.headers['content-encoding']), limits.maxBytes, url);
    if (signal.aborted) throw new Error('aborted');
    return { url, format, content: decode(bytes, charsetOf(contentType, format === 'html' ? bytes : null)) };
  } finally {
    discard(body);
  }
}

/** The body, decompressed, as long as it stays within `maxBytes`; reading stops (and the socket closes) past it. */
async function readAtMost(body: Readable, encoding: string | undefined, maxBytes: number, url: string) {
  const decompressor = decompressorFor(encoding?.trim().toLowerCase() ?? 'identity', url);
  const stream = decompressor ? pipeline(body, decompressor, () => undefined) : body;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(chunk as Buffer);
    }
  } finally {
    discard(stream);
  }
  return Buffer.concat(chunks);
}

function decompressorFor(encoding: string, url: string) {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw pageFetchError('not-html', `the page is encoded as ${encoding}, which is not read`, { url });
  }
}

function tooLarge(url: string, maxBytes: number): WorkflowError {
  return pageFetchError('too-large', `the page is larger than ${maxBytes} bytes`, { url });
}

/** The charset the header names; for HTML without one, the one a `<meta>` in its first 1024 bytes names. */
function charsetOf(contentType: string, html: Buffer | null): string {
  const named = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (named) return named;
  const head = html?.subarray(0, 1024).toString('latin1') ?? '';
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

function decode(bytes: Buffer, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    // A charset the runtime does not know: UTF-8, as browsers mostly guess, with replacement characters if wrong.
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** Whatever went wrong, as the fetch's domain error: a deadline passed, the address was refused, or no answer. */
function classified(error: unknown, url: string, timedOut: boolean, timeoutMs: number): unknown {
  if (error instanceof WorkflowError) return error;
  const connectTimeout = causes(error).some((cause) => cause.code === 'UND_ERR_CONNECT_TIMEOUT');
  // undici's own waits (300 s) are far beyond the deadline; should one end first, it is a timeout all the same.
  const undiciTimeout = causes(error).some((cause) => /^UND_ERR_(HEADERS|BODY)_TIMEOUT$/.test(cause.code ?? ''));
  if (timedOut || connectTimeout || undiciTimeout) {
    return pageFetchError(
      'timeout',
      connectTimeout
        ? `the site did not accept a connection within ${Math.min(CONNECT_TIMEOUT_MS, timeoutMs)} ms`
        : `the page was not fetched within ${timeoutMs} ms`,
      { url },
    );
  }
  const guard = causes(error).find((cause): cause is WebhookUrlError => cause instanceof WebhookUrlError);
  if (guard?.code === WebhookUrlErrorCode.PrivateAddress) {
    return pageFetchError('private-address', guard.message, { url });
  }
  const cause = causes(error).at(-1)!;
  const detail = cause.code ? `${cause.code}: ${cause.message}` : cause.message;
  return pageFetchError('unreachable', `the site could not be reached (${detail})`, { url });
}

function causes(error: unknown): (Error & { code?: string })[] {
  const chain: (Error & { code?: string })[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause) chain.push(current);
  return chain.length > 0 ? chain : [new Error(String(error))];
}

/** Closes a body not (or no longer) read; undici reports the abort as an error nobody is left to hear. */
function discard(body: Readable): void {
  if (body.destroyed) return;
  body.on('error', () => undefined);
  body.destroy();
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
