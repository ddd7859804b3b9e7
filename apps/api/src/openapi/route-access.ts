import { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Role } from '@app/database';
import { PUBLIC_KEY, ROLE_KEY } from '../auth/auth.decorators';
import { IDEMPOTENT_KEY } from '../idempotency/idempotency-key';

/** What the guards will ask of a caller of one route, read from the same metadata they read. */
export interface RouteAccess {
  public: boolean;
  /** The least role allowed; null for public routes. Routes that name none are admin-only, as in the guard. */
  role: Role | null;
  /** Counted by the rate limiter (everything but what `@SkipThrottle()` exempts). */
  rateLimited: boolean;
  /** Honours an Idempotency-Key (`@AcceptsIdempotencyKey`); a POST that does not refuses one. */
  idempotent: boolean;
}

/** @nestjs/throttler's metadata key for `@SkipThrottle()` of the throttler named "default" (not exported by it). */
const SKIP_DEFAULT_THROTTLER = 'THROTTLER:SKIPdefault';

/**
 * The access rules of every controller route, keyed the way the OpenAPI document names operations
 * (`<Controller>_<method>`), so that the document states exactly what ApiKeyGuard, RateLimitGuard and
 * IdempotencyKeyInterceptor enforce.
 */
export function routeAccessByOperationId(app: INestApplication): Map<string, RouteAccess> {
  const discovery = app.get(DiscoveryService, { strict: false });
  const reflector = app.get(Reflector, { strict: false });
  const scanner = new MetadataScanner();
  const rules = new Map<string, RouteAccess>();
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!controller) continue;
    const prototype = controller.prototype as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method] as (...args: unknown[]) => unknown;
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
      const targets = [handler, controller];
      const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
      rules.set(operationId(controller.name, method), {
        public: isPublic,
        role: isPublic ? null : (reflector.getAllAndOverride<Role>(ROLE_KEY, targets) ?? Role.Admin),
        rateLimited: reflector.getAllAndOverride<boolean>(SKIP_DEFAULT_THROTTLER, targets) !== true,
        idempotent: reflector.getAllAndOverride<boolean>(IDEMPOTENT_KEY, targets) === true,
      });
    }
  }
  return rules;
}

export function operationId(controllerName: string, methodName: string): string {
  return `${controllerName}_${methodName}`;
}
