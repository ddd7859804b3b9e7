export enum WebhookUrlErrorCode {
  InvalidUrl = 'WEBHOOK_URL_INVALID',
  UnsupportedProtocol = 'WEBHOOK_URL_UNSUPPORTED_PROTOCOL',
  CredentialsInUrl = 'WEBHOOK_URL_CREDENTIALS',
  UnresolvableHost = 'WEBHOOK_URL_UNRESOLVABLE_HOST',
  PrivateAddress = 'WEBHOOK_URL_PRIVATE_ADDRESS',
}

/** A webhook URL that must not be called: rejected when a subscription is created and again at delivery time. */
export class WebhookUrlError extends Error {
  override readonly name = 'WebhookUrlError';

  constructor(
    readonly code: WebhookUrlErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export enum WebhookVerificationErrorCode {
  MissingHeaders = 'WEBHOOK_MISSING_HEADERS',
  InvalidTimestamp = 'WEBHOOK_INVALID_TIMESTAMP',
  TimestampTooOld = 'WEBHOOK_TIMESTAMP_TOO_OLD',
  TimestampTooNew = 'WEBHOOK_TIMESTAMP_TOO_NEW',
  InvalidSignature = 'WEBHOOK_INVALID_SIGNATURE',
  InvalidSecret = 'WEBHOOK_INVALID_SECRET',
  InvalidPayload = 'WEBHOOK_INVALID_PAYLOAD',
}

/** A received webhook that cannot be trusted (see verifyWebhook). */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';

  constructor(
    readonly code: WebhookVerificationErrorCode,
    message: string,
  ) {
    super(message);
  }
}
