import { Agent, Dispatcher, request } from 'undici';
import { WebhookDnsLookup, assertWebhookUrlShape, createGuardedLookup } from './webhook-url-safety';
import { WebhookUrlError } from './webhook.errors';

export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
const RESPONSE_SNIPPET_BYTES = 1024;

export enum WebhookDeliveryErrorCode {
  /** The receiver answered with a non-2xx status (3xx included: redirects are not followed). */
  HttpStatus = 'WEBHOOK_HTTP_STATUS',
  Timeout = 'WEBHOOK_TIMEOUT',
  /** DNS, connection, TLS or protocol failure. */
  Network = 'WEBHOOK_NETWORK',
  /** The URL or the address it resolved to was refused by policy (see WebhookUrlError). */
  UnsafeUrl = 'WEBHOOK_UNSAFE_URL',
}

export interface WebhookDeliveryResult {
  /** A 2xx answer. */
  ok: boolean;
  /** The receiver's status, or null when no response arrived. */
  status: number | null;
  /** From `retry-after` (seconds or an HTTP date), when the receiver sent one. */
  retryAfterSeconds?: number;
  error?: string;
  errorCode?: WebhookDeliveryErrorCode;
  durationMs: number;
  /** The start of the response body (at most 1 KiB), for the delivery log. */
  responseBodySnippet: string;
}

export interface DeliverWebhookInput {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The whole attempt: connect, send and read the answer. */
  timeoutMs?: number;
  allowPrivateNetworks: boolean;
  /** A shared agent from createWebhookAgent; one is created and closed per call otherwise. */
  dispatcher?: Dispatcher;
  /** DNS override, for tests; ignored when a dispatcher is given. */
  lookup?: WebhookDnsLookup;
  /** Current time, for resolving an HTTP-date `retry-after`. */
  now?: () => Date;
}

/**
 * An undici agent whose connections resolve host names through the address guard, so a host that
 * resolves to a private address at connect time is refused even if it looked public when it was saved.
 */
export function createWebhookAgent(options: { allowPrivateNetworks: boolean; lookup?: WebhookDnsLookup }): Agent {
  return new Agent({ connect: { lookup: createGuardedLookup(options) } });
}

/**
 * POSTs one signed webhook. Never throws for delivery problems: timeouts, refused addresses, network errors
 * and non-2xx answers all come back as a result with `ok: false`. Redirects are not followed.
 */
export async function deliverWebhook(input: DeliverWebhookInput): Promise<WebhookDeliveryResult> {
  const {
    url,
    headers,
    body,
    timeoutMs = DEFAULT_WEBHOOK_TIMEOUT_MS,
    allowPrivateNetworks,
    now = () => new Date(),
  } = input;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const failure = (errorCode: WebhookDeliveryErrorCode, error: string): WebhookDeliveryResult => ({
    ok: false,
    status: null,
    error,
    errorCode,
    durationMs: elapsed(),
    responseBodySnippet: '',
  });

  try {
    // An IP-literal host never reaches the connect-time DNS guard, so it is checked here.
    assertWebhookUrlShape(url, { allowPrivateNetworks });
  } catch (error) {
    return failure(WebhookDeliveryErrorCode.UnsafeUrl, (error as Error).message);
  }

  const dispatcher = input.dispatcher ?? createWebhookAgent({ allowPrivateNetworks, lookup: input.lookup });
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await request(url, { method: 'POST', headers, body, dispatcher, signal: abort.signal });
    const responseBodySnippet = await readSnippet(response.body);
    const status = response.statusCode;
    const retryAfterSeconds = parseRetryAfter(response.headers['retry-after'], now());
    const ok = status >= 200 && status < 300;
    const result: WebhookDeliveryResult = { ok, status, durationMs: elapsed(), responseBodySnippet };
    if (retryAfterSeconds !== undefined) result.retryAfterSeconds = retryAfterSeconds;
    if (!ok) {
      result.errorCode = WebhookDeliveryErrorCode.HttpStatus;
      result.error =
        status >= 300 && status < 400
          ? `receiver answered ${status} ${locationHint(response.headers.location)}; redirects are not followed`
          : `receiver answered ${status}`;
    }
    return result;
  } catch (error) {
    if (abort.signal.aborted) {
      return failure(WebhookDeliveryErrorCode.Timeout, `no complete answer within ${timeoutMs} ms`);
    }
    const cause = rootCause(error);
    if (cause instanceof WebhookUrlError) return failure(WebhookDeliveryErrorCode.UnsafeUrl, cause.message);
    const code = (cause as NodeJS.ErrnoException).code;
    return failure(WebhookDeliveryErrorCode.Network, code ? `${code}: ${cause.message}` : cause.message);
  } finally {
    clearTimeout(timer);
    if (!input.dispatcher) await dispatcher.destroy().catch(() => undefined);
  }
}

/** `retry-after` as whole seconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: Date = new Date()): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  // HTTP dates always name a day or month; this keeps Date.parse from reading "-5" as a year.
  const at = /[a-z]/i.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** What to do after one attempt. */
export type WebhookDeliveryOutcome = 'succeeded' | 'retry' | 'gone' | 'failed';

/**
 * Following Standard Webhooks, every non-2xx answer and every network error or timeout is retried (4xx
 * included: receivers often answer 4xx while they are being redeployed or misconfigured, and the retry
 * schedule bounds the cost). Two exceptions: 410 Gone means the receiver wants no more deliveries, so the
 * subscription should be disabled; and a URL refused by the address policy is `failed` at once, since
 * retrying cannot change the answer.
 */
export function deliveryOutcome(result: WebhookDeliveryResult): WebhookDeliveryOutcome {
  if (result.ok) return 'succeeded';
  if (result.status === 410) return 'gone';
  if (result.errorCode === WebhookDeliveryErrorCode.UnsafeUrl) return 'failed';
  return 'retry';
}

async function readSnippet(body: Dispatcher.ResponseData['body']): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= RESPONSE_SNIPPET_BYTES) break;
    }
  } finally {
    // Leaving the loop early (or on error) must not leave the socket waiting on an unread body.
    if (!body.destroyed) body.destroy();
  }
  return Buffer.concat(chunks).subarray(0, RESPONSE_SNIPPET_BYTES).toString('utf8');
}

function locationHint(location: string | string[] | undefined): string {
  const target = Array.isArray(location) ? location[0] : location;
  return target ? `(location: ${target})` : '(no location)';
}

/** undici may wrap the connect error; the address guard's WebhookUrlError is found anywhere in the cause chain. */
function rootCause(error: unknown): Error {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current instanceof WebhookUrlError) return current;
  }
  return error instanceof Error ? error : new Error(String(error));
}
