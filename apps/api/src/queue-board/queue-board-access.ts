import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_IPV6_SUBNET_PREFIX, InjectThrottlerStorage, normalizeIp, ThrottlerStorage } from '@nestjs/throttler';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppConfig } from '@app/config';
import { Role, roleAllows } from '@app/database';
import { Actor } from '@app/workflow';
import { ServiceQueues } from '@app/queue';
import { RequestAuthenticator } from '../auth/request-authenticator';
import { Problem, problem, sendProblem } from '../problems/problem';
import { BoardSessions } from './board-sessions';
import { BOARD_POLICY, QUEUE_BOARD_PATH, SESSION_COOKIE } from './queue-board.constants';
import { SIGN_IN_PAGE, SIGN_IN_POLICY, SIGN_IN_SCRIPT } from './sign-in-page';

type Caller =
  { kind: 'actor'; actor: Actor; via: 'key' | 'session' } | { kind: 'anonymous' } | { kind: 'refused'; detail: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const REDIS_DOWN = 'The queue dashboard needs Redis, which is not answering; try again once it is back.';
const PROBLEM_TYPE = 'application/problem+json';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Admins only, like the API's admin endpoints. Bull Board is plain express middleware, out of reach of the Nest
 * guards, so this does their work in front of it: the same `Authorization: Bearer <key>` rules (RequestAuthenticator
 * and AuthenticateUseCase), the same roles, the same rate limit, the same problem answers. A browser cannot send
 * that header when it navigates, so `POST /admin/queues/session` with an admin key opens a session: an HttpOnly,
 * SameSite=Strict cookie scoped to /admin/queues whose random token (never the key) ends after 15 idle minutes,
 * when the key is rotated or revoked, or on `DELETE /admin/queues/session`.
 */
@Injectable()
export class QueueBoardAccess {
  private readonly logger = new Logger('QueueBoard');
  /** The answer being made, for failure(), which Bull Board calls with the error alone. */
  private readonly responses = new AsyncLocalStorage<Response>();

  constructor(
    private readonly authenticator: RequestAuthenticator,
    private readonly sessions: BoardSessions,
    private readonly queues: ServiceQueues,
    private readonly config: AppConfig,
    @InjectThrottlerStorage() private readonly throttler: ThrottlerStorage,
  ) {}

  middleware(): RequestHandler {
    return (request, response, next) => {
      this.responses.run(
        response,
        () =>
          void this.admit(request, response, next).catch(() => {
            if (!response.headersSent) sendProblem(response, problem(503, REDIS_DOWN));
          }),
      );
    };
  }

  /**
   * What the board answers when one of its handlers fails: its own 4xx as they are; a Redis that stopped answering
   * mid-request a 503; anything else a 500 that is logged. Never the error's text, which names the Redis client's
   * internals; always a problem document (Bull Board sends the body, so the type is set here first).
   */
  failure(error: Error & { statusCode?: number }): { status: number; body: Problem } {
    this.responses.getStore()?.type(PROBLEM_TYPE);
    const status = ([400, 403, 404, 405, 409] as const).find((code) => code === error.statusCode);
    if (status) return { status, body: problem(status, `The queue dashboard could not do that: ${error.message}`) };
    if (!this.queues.redisReady) return { status: 503, body: problem(503, REDIS_DOWN) };
    this.logger.error(error.stack ?? String(error));
    return {
      status: 500,
      body: problem(500, 'The queue dashboard failed to answer this request; it has been logged.'),
    };
  }

  private async admit(request: Request, response: Response, next: NextFunction): Promise<void> {
    // Paths are relative to /admin/queues here.
    if (request.path === '/sign-in.js' && (request.method === 'GET' || request.method === 'HEAD')) {
      response.type('text/javascript').setHeader('Cache-Control', 'no-cache');
      response.send(SIGN_IN_SCRIPT);
      return;
    }
    const caller = await this.identify(request);
    if (await this.overRateLimit(request, response, caller)) return;
    if (request.path === '/session') return this.session(request, response, caller);
    if (caller.kind !== 'actor')
      return this.unauthorized(request, response, caller.kind === 'refused' ? caller.detail : undefined);
    if (!roleAllows(caller.actor.role, Role.Admin)) {
      return sendProblem(
        response,
        problem(403, `The queue dashboard needs the admin role; your key has ${caller.actor.role}.`),
      );
    }
    // SameSite=Strict keeps the cookie off other sites' requests; a changing request must also say it comes from here.
    if (caller.via === 'session' && !SAFE_METHODS.has(request.method) && !fromThisOrigin(request)) {
      return sendProblem(response, problem(403, 'Changes to the queues must come from this origin.'));
    }
    // BullMQ waits for a connection instead of failing: without this, every call would hang until Redis is back.
    if (request.path.startsWith('/api/') && !this.queues.redisReady)
      return sendProblem(response, problem(503, REDIS_DOWN));
    response.setHeader('Cache-Control', 'no-store');
    if (!request.path.startsWith('/api/') && !request.path.startsWith('/static/')) {
      response.setHeader('Content-Security-Policy', BOARD_POLICY);
    }
    next();
  }

  /**
   * By key or by session, never both: which one counts must not depend on who reads the request. Signing in is the
   * exception, as a browser still holds the cookie of the session it is replacing.
   */
  private async identify(request: Request): Promise<Caller> {
    const authentication = await this.authenticator.resolve(request);
    if (authentication.kind === 'refused') return authentication;
    const tokens = sessionTokens(request);
    if (authentication.kind === 'actor') {
      if (tokens.length > 0 && request.path !== '/session') {
        return { kind: 'refused', detail: 'Send the Authorization header or the dashboard session cookie, not both.' };
      }
      return { kind: 'actor', actor: authentication.actor, via: 'key' };
    }
    if (tokens.length === 0) return { kind: 'anonymous' };
    if (tokens.length > 1) return { kind: 'refused', detail: 'Send one dashboard session cookie, not several.' };
    const [token] = tokens;
    const actor = TOKEN.test(token) ? await this.sessions.resolve(token) : null;
    return actor
      ? { kind: 'actor', actor, via: 'session' }
      : { kind: 'refused', detail: 'The dashboard session has ended; sign in again.' };
  }

  /** POST opens a session for the admin whose key is in the Authorization header; DELETE ends the current one. */
  private async session(request: Request, response: Response, caller: Caller): Promise<void> {
    if (request.method === 'DELETE') {
      for (const token of sessionTokens(request).filter((value) => TOKEN.test(value))) await this.sessions.close(token);
      response.setHeader('Set-Cookie', cookie(request, '', 0));
      response.status(204).end();
      return;
    }
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'DELETE, POST');
      return sendProblem(
        response,
        problem(405, `${request.method} is not allowed on ${QUEUE_BOARD_PATH}/session; it answers DELETE, POST.`),
      );
    }
    if (caller.kind !== 'actor' || caller.via !== 'key') {
      return this.unauthorized(
        request,
        response,
        caller.kind === 'refused' ? caller.detail : 'Sign in with "Authorization: Bearer <admin key>".',
        false,
      );
    }
    if (!roleAllows(caller.actor.role, Role.Admin)) {
      return sendProblem(
        response,
        problem(403, `The queue dashboard needs the admin role; your key has ${caller.actor.role}.`),
      );
    }
    const key = request.headers.authorization!.slice('Bearer '.length);
    const token = await this.sessions.open(caller.actor, key);
    response.setHeader('Set-Cookie', cookie(request, token));
    response.setHeader('Cache-Control', 'no-store');
    response.status(204).end();
  }

  /** 401 as a problem; a browser opening a page gets the sign-in form instead (still 401). */
  private unauthorized(request: Request, response: Response, detail?: string, page = true): void {
    response.setHeader('WWW-Authenticate', 'Bearer');
    if (page && request.method === 'GET' && request.accepts(['json', 'html']) === 'html') {
      response.status(401).type('html').setHeader('Content-Security-Policy', SIGN_IN_POLICY);
      response.setHeader('Cache-Control', 'no-store');
      response.send(SIGN_IN_PAGE);
      return;
    }
    sendProblem(
      response,
      problem(
        401,
        detail ?? `Send an admin API key as "Authorization: Bearer <key>", or sign in at ${QUEUE_BOARD_PATH}.`,
      ),
    );
  }

  /** Counted with the API's own requests: the same RATE_LIMIT_PER_MINUTE bucket as RateLimitGuard uses. */
  private async overRateLimit(request: Request, response: Response, caller: Caller): Promise<boolean> {
    const tracker =
      caller.kind === 'actor'
        ? `user:${caller.actor.id}`
        : `address:${normalizeIp(request.ip ?? '', DEFAULT_IPV6_SUBNET_PREFIX)}`;
    const key = createHash('sha256').update(`default:${tracker}`).digest('hex');
    const limit = this.config.RATE_LIMIT_PER_MINUTE;
    const { isBlocked, timeToBlockExpire } = await this.throttler.increment(key, 60_000, limit, 60_000, 'default');
    if (!isBlocked) return false;
    response.setHeader('Retry-After', String(timeToBlockExpire));
    sendProblem(
      response,
      problem(429, `More than ${limit} requests in a minute; try again in ${timeToBlockExpire} s.`),
    );
    return true;
  }
}

/** Every session cookie the request carries (Node joins several Cookie headers into one). */
function sessionTokens(request: Request): string[] {
  return (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .filter(([name]) => name === SESSION_COOKIE)
    .map(([, ...value]) => value.join('='));
}

/** A browser-session cookie (the server ends idle sessions); a Max-Age of 0 deletes it. */
function cookie(request: Request, token: string, maxAgeSeconds?: number): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    `Path=${QUEUE_BOARD_PATH}`,
    ...(maxAgeSeconds === undefined ? [] : [`Max-Age=${maxAgeSeconds}`]),
    'HttpOnly',
    'SameSite=Strict',
    ...(request.secure ? ['Secure'] : []),
  ].join('; ');
}

/** Browsers send Origin with every changing request; it must name this host. */
function fromThisOrigin(request: Request): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}
