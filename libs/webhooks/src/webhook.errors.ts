/** The errors of this lib: callers tell them apart by `code`; the message is for people. */
abstract class CodedError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}

export enum WebhookUrlErrorCode {
  InvalidUrl = 'WEBHOOK_URL_INVALID',
  UnsupportedProtocol = 'WEBHOOK_URL_UNSUPPORTED_PROTOCOL',
  CredentialsInUrl = 'WEBHOOK_URL_CREDENTIALS',
  UnresolvableHost = 'WEBHOOK_URL_UNRESOLVABLE_HOST',
  PrivateAddress = 'WEBHOOK_URL_PRIVATE_ADDRESS',
}

/** A webhook URL that must not be called: rejected when a subscription is created and again at delivery time. */
export class WebhookUrlError extends CodedError<WebhookUrlErrorCode> {
  override readonly name = 'WebhookUrlError';
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
export class WebhookVerificationError extends CodedError<WebhookVerificationErrorCode> {
  override readonly name = 'WebhookVerificationError';
}
