import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { Actor, AuthenticateCommand, AuthenticateUseCase } from '@app/workflow';

export type Authentication =
  | { kind: 'actor'; actor: Actor }
  /** No Authorization header at all. */
  | { kind: 'anonymous' }
  /** A header that is malformed, or a key that is unknown or revoked; `detail` says which. */
  | { kind: 'refused'; detail: string };

const RESOLVED = Symbol('authentication');

/**
 * The scheme in any case (RFC 9110 §11.1), one space, the key. Keys are printable ASCII; anything longer than this is
 * not a key this service gave out.
 */
const BEARER = /^Bearer ([\x21-\x7e]{1,512})$/i;

/** Query parameters a client might put a key in. The service never reads one; with a header it makes two credentials. */
const KEY_IN_ADDRESS = /^(api[-_]?key|access[-_]?token|key|token|bearer|auth|authorization|password|secret)$/i;

/**
 * Who sent a request, worked out once per request: the rate limiter (which counts per key) and the API-key guard
 * (which answers 401/403) both ask, and the key is looked up only once.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(private readonly authenticate: AuthenticateUseCase) {}

  resolve(request: Request): Promise<Authentication> {
    const holder = request as Request & { [RESOLVED]?: Promise<Authentication> };
    holder[RESOLVED] ??= this.lookUp(request);
    return holder[RESOLVED];
  }

  private async lookUp(request: Request): Promise<Authentication> {
    // Node keeps only the first of several Authorization headers in `headers`; a proxy in front may read another.
    // Which key counts must never be a matter of who reads which copy, so two credentials are refused, not chosen from.
    const headers = request.headersDistinct.authorization ?? [];
    if (headers.length > 1) {
      return { kind: 'refused', detail: `Send one Authorization header; this request has ${headers.length}.` };
    }
    if (keyInAddress(request)) {
      return {
        kind: 'refused',
        detail:
          'Send the key in the Authorization header only, never in the address (logs, proxies and browser history keep addresses).',
      };
    }
    const [header] = headers;
    if (header === undefined) return { kind: 'anonymous' };
    // Exactly "Bearer <key>": no surrounding or doubled spaces, no other scheme, nothing after the key.
    const match = BEARER.exec(header);
    if (!match) return { kind: 'refused', detail: 'The Authorization header must be "Bearer <key>".' };
    const actor = await this.authenticate.execute(new AuthenticateCommand(match[1]));
    return actor
      ? { kind: 'actor', actor }
      : { kind: 'refused', detail: 'This API key is not known or has been revoked.' };
  }
}

function keyInAddress(request: Request): boolean {
  const query = request.originalUrl.indexOf('?');
  if (query < 0) return false;
  return [...new URLSearchParams(request.originalUrl.slice(query + 1)).keys()].some((name) =>
    KEY_IN_ADDRESS.test(name),
  );
}
