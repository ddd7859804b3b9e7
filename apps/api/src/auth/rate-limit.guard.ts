import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  normalizeIp,
  ThrottlerGuard,
  ThrottlerModuleOptions,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { Request } from 'express';
import { RequestAuthenticator } from './request-authenticator';

/**
 * RATE_LIMIT_PER_MINUTE requests per API key across the whole API (not per endpoint); requests without a known
 * key count against their address, so guessing keys is limited too. Runs before the API-key guard.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {
    super(options, storage, reflector);
  }

  // The throttler hands over the HTTP adapter's request: Express's.
  protected override async getTracker(request: Request): Promise<string> {
    const authentication = await this.authenticator.resolve(request);
    if (authentication.kind === 'actor') return `user:${authentication.actor.id}`;
    // Express has no address once the socket is gone: such requests share one count.
    return `address:${normalizeIp(request.ip ?? 'unknown', this.ipv6SubnetPrefix)}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return createHash('sha256').update(`${throttlerName}:${tracker}`).digest('hex');
  }
}
