import { generateWebhookSecret, signWebhook, verifyWebhook } from './webhook-signature';
import { webhookHeaders, serializeWebhookPayload } from './webhook-message';
import { WebhookEventType } from './webhook-event-type';
import { WebhookVerificationError, WebhookVerificationErrorCode } from './webhook.errors';

// The test vector published with the Standard Webhooks reference libraries.
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const VECTOR_TIME = new Date(VECTOR.timestamp * 1000);

function vectorHeaders(signature = VECTOR.signature, timestamp = VECTOR.timestamp) {
  return { 'webhook-id': VECTOR.id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
}

function verificationCode(run: () => unknown): WebhookVerificationErrorCode | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.code;
    throw error;
  }
  return undefined;
}

describe('generateWebhookSecret', () => {
  it('is whsec_ followed by 32 random bytes in base64', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});

describe('signWebhook', () => {
  it('matches the Standard Webhooks test vector', () => {
    expect(signWebhook(VECTOR)).toBe(VECTOR.signature);
  });

  it('signs bytes the same as the equivalent string', () => {
    expect(signWebhook({ ...VECTOR, body: Buffer.from(VECTOR.body) })).toBe(VECTOR.signature);
  });

  it('accepts a bare base64 secret without the whsec_ prefix', () => {
    expect(signWebhook({ ...VECTOR, secret: VECTOR.secret.slice('whsec_'.length) })).toBe(VECTOR.signature);
  });
});

describe('verifyWebhook', () => {
  it('accepts the test vector and returns the parsed body', () => {
    expect(
      verifyWebhook({ secret: VECTOR.secret, headers: vectorHeaders(), body: VECTOR.body, now: VECTOR_TIME }),
    ).toEqual({
      test: 2432232314,
    });
  });

  it('reads headers case-insensitively and from a fetch Headers object', () => {
    const upper = {
      'Webhook-Id': VECTOR.id,
      'Webhook-Timestamp': String(VECTOR.timestamp),
      'Webhook-Signature': VECTOR.signature,
    };
    expect(() =>
      verifyWebhook({ secret: VECTOR.secret, headers: upper, body: VECTOR.body, now: VECTOR_TIME }),
    ).not.toThrow();
    expect(() =>
      verifyWebhook({
        secret: VECTOR.secret,
        headers: new Headers(vectorHeaders()),
        body: VECTOR.body,
        now: VECTOR_TIME,
      }),
    ).not.toThrow();
  });

  it('accepts a header carrying several signatures when one matches (secret rotation)', () => {
    const other = signWebhook({ ...VECTOR, secret: generateWebhookSecret() });
    const headers = vectorHeaders(`v1a,whatever ${other} ${VECTOR.signature}`);
    expect(() => verifyWebhook({ secret: VECTOR.secret, headers, body: VECTOR.body, now: VECTOR_TIME })).not.toThrow();
  });

  it('rejects a tampered body', () => {
    const run = () =>
      verifyWebhook({
        secret: VECTOR.secret,
        headers: vectorHeaders(),
        body: '{"test": 2432232315}',
        now: VECTOR_TIME,
      });
    expect(verificationCode(run)).toBe(WebhookVerificationErrorCode.InvalidSignature);
  });

  it('rejects a signature made with another secret, or under another version', () => {
    const forged = signWebhook({ ...VECTOR, secret: generateWebhookSecret() });
    expect(
      verificationCode(() =>
        verifyWebhook({ secret: VECTOR.secret, headers: vectorHeaders(forged), body: VECTOR.body, now: VECTOR_TIME }),
      ),
    ).toBe(WebhookVerificationErrorCode.InvalidSignature);
    const wrongVersion = VECTOR.signature.replace(/^v1,/, 'v2,');
    expect(
      verificationCode(() =>
        verifyWebhook({
          secret: VECTOR.secret,
          headers: vectorHeaders(wrongVersion),
          body: VECTOR.body,
          now: VECTOR_TIME,
        }),
      ),
    ).toBe(WebhookVerificationErrorCode.InvalidSignature);
  });

  it('rejects a changed timestamp even within tolerance, since it is signed', () => {
    const run = () =>
      verifyWebhook({
        secret: VECTOR.secret,
        headers: vectorHeaders(VECTOR.signature, VECTOR.timestamp + 1),
        body: VECTOR.body,
        now: VECTOR_TIME,
      });
    expect(verificationCode(run)).toBe(WebhookVerificationErrorCode.InvalidSignature);
  });

  it('rejects a message older or newer than the tolerance', () => {
    const verifyAt = (now: Date) => () =>
      verifyWebhook({ secret: VECTOR.secret, headers: vectorHeaders(), body: VECTOR.body, now, toleranceSeconds: 300 });
    expect(verificationCode(verifyAt(new Date((VECTOR.timestamp + 301) * 1000)))).toBe(
      WebhookVerificationErrorCode.TimestampTooOld,
    );
    expect(verificationCode(verifyAt(new Date((VECTOR.timestamp - 301) * 1000)))).toBe(
      WebhookVerificationErrorCode.TimestampTooNew,
    );
    expect(verificationCode(verifyAt(new Date((VECTOR.timestamp + 299) * 1000)))).toBeUndefined();
  });

  it('rejects missing headers and non-numeric timestamps', () => {
    const { 'webhook-signature': _dropped, ...unsigned } = vectorHeaders();
    expect(
      verificationCode(() =>
        verifyWebhook({ secret: VECTOR.secret, headers: unsigned, body: VECTOR.body, now: VECTOR_TIME }),
      ),
    ).toBe(WebhookVerificationErrorCode.MissingHeaders);
    const headers = { ...vectorHeaders(), 'webhook-timestamp': '1614265330.5' };
    expect(
      verificationCode(() => verifyWebhook({ secret: VECTOR.secret, headers, body: VECTOR.body, now: VECTOR_TIME })),
    ).toBe(WebhookVerificationErrorCode.InvalidTimestamp);
  });
});

describe('webhookHeaders', () => {
  it('builds the Standard Webhooks headers that verifyWebhook accepts', () => {
    const secret = generateWebhookSecret();
    const occurredAt = new Date('2026-09-06T12:00:00Z');
    const body = serializeWebhookPayload(WebhookEventType.VerdictPublished, { claimId: 'c1' }, occurredAt);
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders({ secret, id: 'msg_1', timestamp, body });

    expect(headers).toEqual({
      'content-type': 'application/json',
      'user-agent': expect.stringMatching(/\S/),
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({ secret, id: 'msg_1', timestamp, body }),
    });
    expect(verifyWebhook({ secret, headers, body })).toEqual({
      type: 'verdict.published',
      timestamp: '2026-09-06T12:00:00.000Z',
      data: { claimId: 'c1' },
    });
  });

  it('uses a given user agent', () => {
    const headers = webhookHeaders({
      secret: VECTOR.secret,
      id: 'msg_1',
      timestamp: 1,
      body: '{}',
      userAgent: 'newsroom-test/2',
    });
    expect(headers['user-agent']).toBe('newsroom-test/2');
  });
});
