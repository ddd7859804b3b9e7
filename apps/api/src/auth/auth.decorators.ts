import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '@app/database';
import { Actor } from '@app/workflow';

export const ROLE_KEY = 'requiredRole';
export const PUBLIC_KEY = 'public';

/** The least role that may call this endpoint; every higher role may too. */
export const RequireRole = (role: Role) => SetMetadata(ROLE_KEY, role);

/** Reachable without a key (health checks). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The authenticated caller. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => context.switchToHttp().getRequest().actor,
);
