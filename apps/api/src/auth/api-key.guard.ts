import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { Role, roleAllows } from '@app/database';
import { Actor } from '@app/workflow';
import { problem } from '../problems/problem';
import { PUBLIC_KEY, ROLE_KEY } from './auth.decorators';
import { RequestAuthenticator } from './request-authenticator';

/**
 * `Authorization: Bearer <api-key>` on every call that is not marked public: 401 without a known key, 403 when
 * the key's role is below the endpoint's. Endpoints that name no role are for admins, so a forgotten decorator
 * fails closed.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const authentication = await this.authenticator.resolve(request);
    if (authentication.kind === 'anonymous') {
      throw new UnauthorizedException(problem(401, 'Send your API key as "Authorization: Bearer <key>".'));
    }
    if (authentication.kind === 'refused') throw new UnauthorizedException(problem(401, authentication.detail));
    const { actor } = authentication;
    request.actor = actor;
    const required = this.reflector.getAllAndOverride<Role>(ROLE_KEY, targets) ?? Role.Admin;
    if (!roleAllows(actor.role, required)) {
      throw new ForbiddenException(
        problem(403, `This needs the ${required} role or higher; your key has ${actor.role}.`),
      );
    }
    return true;
  }
}
