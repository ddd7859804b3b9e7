import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Request } from 'express';
import { Observable } from 'rxjs';
import { problem } from './problem';

/**
 * Endpoints that take no body (take-next, submit, approve, promote, …) refuse one with fields, as DTO endpoints
 * refuse unknown fields: a client that sends `{"rating": …}` to submit learns that it was not read. No body, or
 * `{}`, is fine.
 */
@Injectable()
export class UnexpectedBodyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http' && !readsBody(context)) {
      const body: unknown = context.switchToHttp().getRequest<Request>().body;
      if (body !== undefined && !isEmptyObject(body)) {
        const fields =
          body !== null && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body) : ['(body)'];
        throw new BadRequestException(
          problem(400, `This endpoint takes no request body; leave it out (got ${fields.slice(0, 10).join(', ')}).`, {
            type: '/problems/validation',
            errors: fields.slice(0, 50).map((field) => ({ field, message: 'this endpoint takes no request body' })),
          }),
        );
      }
    }
    return next.handle();
  }
}

function readsBody(context: ExecutionContext): boolean {
  const parameters =
    (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) as
      Record<string, unknown> | undefined) ?? {};
  return Object.keys(parameters).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
}

function isEmptyObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}
