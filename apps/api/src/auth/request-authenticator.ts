import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { Actor, AuthenticateUseCase } from '@app/workflow';

export type Authentication =
  | { kind: 'actor'; actor: Actor }
  /** No Authorization header at all. */
  | { kind: 'anonymous' }
  /** A header that is malformed, or a key that is unknown or revoked; `detail` says which. */
  | { kind: 'refused'; detail: string };

const RESOLVED = Symbol('authentication');

/** Keys are printable ASCII; anything longer than this is not a key this service gave out. */
const BEARER = /^Bearer ([\x21-\x7e]{1,512})$/i;

/**
 * Who sent a request, worked out once per request: the rate limiter (which counts per key) and the API-key guard
 * (which answers 401/403) both ask, and the key is looked up only once.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(private readonly authenticate: AuthenticateUseCase) {}

  resolve(request: Request): Promise<Authentication> {
    const holder = request as Request & { [RESOLVED]?: Promise<Authentication> };
    holder[RESOLVED] ??= this.lookUp(request.headers.authorization);
    return holder[RESOLVED];
  }

  private async lookUp(header: string | undefined): Promise<Authentication> {
    if (header === undefined) return { kind: 'anonymous' };
    // Exactly "Bearer <key>": no surrounding or doubled spaces, no other scheme, nothing after the key.
    const match = BEARER.exec(header);
    if (!match) return { kind: 'refused', detail: 'The Authorization header must be "Bearer <key>".' };
    const actor = await this.authenticate.execute(match[1]);
    return actor ? { kind: 'actor', actor } : { kind: 'refused', detail: 'This API key is not known or has been revoked.' };
  }
}
