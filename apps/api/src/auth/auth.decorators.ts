import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Request } from 'express';
import { Role } from '@app/database';
import { Actor } from '@app/workflow';

export { Public, PUBLIC_KEY } from '@app/observability';

export const ROLE_KEY = 'requiredRole';

/** The least role that may call this endpoint; every higher role may too. */
export const RequireRole = (role: Role) => SetMetadata(ROLE_KEY, role);

/** The authenticated caller, as ApiKeyGuard put it on the request. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    context.switchToHttp().getRequest<Request & { actor: Actor }>().actor,
);
