import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { WebhookVerificationError, WebhookVerificationErrorCode } from './webhook.errors';

/** Standard Webhooks (https://www.standardwebhooks.com/) signing, version `v1` (HMAC-SHA256). */

const SECRET_PREFIX = 'whsec_';
const SIGNATURE_VERSION = 'v1';
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

export type WebhookBody = string | Uint8Array;

export interface SignWebhookInput {
  /** `whsec_` followed by base64 key bytes (a bare base64 key is accepted too). */
  secret: string;
  /** The message id (`webhook-id`); the same for every retry of one delivery. */
  id: string;
  /** Unix seconds (`webhook-timestamp`). */
  timestamp: number;
  /** The exact bytes sent as the request body. */
  body: WebhookBody;
}

export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the decoded secret. */
export function signWebhook({ secret, id, timestamp, body }: SignWebhookInput): string {
  return `${SIGNATURE_VERSION},${computeSignature(decodeSecret(secret), id, timestamp, body).toString('base64')}`;
}

export type WebhookHeaderSource = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookInput {
  secret: string;
  headers: WebhookHeaderSource;
  /** The raw request body, exactly as received (not re-serialised JSON). */
  body: WebhookBody;
  /** How far `webhook-timestamp` may be from now, either way; defaults to 5 minutes. */
  toleranceSeconds?: number;
  /** Current time, for tests. */
  now?: Date;
}

/**
 * Checks a received webhook and returns its parsed JSON body. Throws WebhookVerificationError when headers
 * are missing, the timestamp is outside the tolerance (replays), or no `v1` signature matches.
 * Several space-separated signatures are accepted so a sender can rotate secrets.
 */
export function verifyWebhook<T = unknown>({
  secret,
  headers,
  body,
  toleranceSeconds = DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  now = new Date(),
}: VerifyWebhookInput): T {
  const id = readHeader(headers, 'webhook-id');
  const timestampHeader = readHeader(headers, 'webhook-timestamp');
  const signatureHeader = readHeader(headers, 'webhook-signature');
  if (!id || !timestampHeader || !signatureHeader) {
    throw new WebhookVerificationError(
      WebhookVerificationErrorCode.MissingHeaders,
      'webhook-id, webhook-timestamp and webhook-signature headers are required',
    );
  }

  if (!/^\d+$/.test(timestampHeader)) {
    throw new WebhookVerificationError(
      WebhookVerificationErrorCode.InvalidTimestamp,
      'webhook-timestamp must be whole Unix seconds',
    );
  }
  const timestamp = Number(timestampHeader);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (timestamp < nowSeconds - toleranceSeconds) {
    throw new WebhookVerificationError(WebhookVerificationErrorCode.TimestampTooOld, 'webhook timestamp is too old');
  }
  if (timestamp > nowSeconds + toleranceSeconds) {
    throw new WebhookVerificationError(
      WebhookVerificationErrorCode.TimestampTooNew,
      'webhook timestamp is too far in the future',
    );
  }

  const expected = computeSignature(decodeSecret(secret), id, timestampHeader, body);
  const matches = signatureHeader
    .split(' ')
    .filter(Boolean)
    .some((candidate) => {
      const comma = candidate.indexOf(',');
      if (comma < 0 || candidate.slice(0, comma) !== SIGNATURE_VERSION) return false;
      const given = Buffer.from(candidate.slice(comma + 1), 'base64');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  if (!matches) {
    throw new WebhookVerificationError(
      WebhookVerificationErrorCode.InvalidSignature,
      'no matching webhook signature found',
    );
  }

  try {
    return JSON.parse(Buffer.from(body).toString('utf8')) as T;
  } catch {
    throw new WebhookVerificationError(WebhookVerificationErrorCode.InvalidPayload, 'webhook body is not valid JSON');
  }
}

function computeSignature(key: Buffer, id: string, timestamp: number | string, body: WebhookBody): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
}

function decodeSecret(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0) {
    throw new WebhookVerificationError(
      WebhookVerificationErrorCode.InvalidSecret,
      'webhook secret is empty or not base64',
    );
  }
  return key;
}

function readHeader(headers: WebhookHeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(' ') : value;
  }
  return undefined;
}
