import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  Type,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { Request } from 'express';
import { Observable } from 'rxjs';
import { ApiProblem } from '../openapi/api-problem.decorator';
import { problem } from '../problems/problem';

export const IDEMPOTENT_KEY = 'acceptsIdempotencyKey';
const HEADER = 'idempotency-key';
/** Set on an answer that repeats an earlier one instead of doing the request again. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
const FORMAT = /^[\x21-\x7e]{1,255}$/;

/**
 * This POST honours an `Idempotency-Key`: its use case stores the answer with what it creates, in one transaction,
 * and answers a retry from it. On every other POST the header is refused (IdempotencyKeyInterceptor), so a client
 * never believes a retry safe where it is not. `replay` says what a retry gets, for the OpenAPI document.
 */
export function AcceptsIdempotencyKey(replay: string) {
  return applyDecorators(
    SetMetadata(IDEMPOTENT_KEY, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        `1 to 255 visible ASCII characters, chosen by the caller (a UUID is a good one) and kept per caller. ${replay} ` +
        'The same key with another request is a 422.',
    }),
    ApiProblem(422, 'The Idempotency-Key was used before for a different request.'),
  );
}

/** The answer to a retry, as documented by the operations that replay (a 200 with this header). */
export function replayedResponse(description: string, type: Type<unknown>) {
  return ApiResponse({
    status: 200,
    description,
    type,
    headers: {
      [REPLAYED_HEADER]: {
        description: '`true`: this answers a retry of an earlier request.',
        schema: { type: 'string' },
      },
    },
  });
}

/** The caller's Idempotency-Key, already checked by IdempotencyKeyInterceptor. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined =>
  context.switchToHttp().getRequest<Request>().get(HEADER),
);

/**
 * Refuses an `Idempotency-Key` on a POST that does not honour it (400), and one that is not 1 to 255 visible ASCII
 * characters where it is honoured (two headers arrive joined by ", ", so they are refused too). Other methods are
 * idempotent already and read no key.
 */
@Injectable()
export class IdempotencyKeyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.getType() === 'http' ? context.switchToHttp().getRequest<Request>() : undefined;
    const key = request?.get(HEADER);
    if (request?.method === 'POST' && key !== undefined) {
      if (!this.reflector.getAllAndOverride<boolean>(IDEMPOTENT_KEY, [context.getHandler(), context.getClass()])) {
        throw refused(
          'Idempotency-Key is not supported here: this request is not replayed from a stored answer. Send it without ' +
            'the header; the API reference names the operations that take one.',
          'is not supported here',
        );
      }
      if (!FORMAT.test(key))
        throw refused(
          'Idempotency-Key must be 1 to 255 visible ASCII characters.',
          'must be 1 to 255 visible ASCII characters',
        );
    }
    return next.handle();
  }
}

function refused(detail: string, message: string): BadRequestException {
  return new BadRequestException(
    problem(400, detail, { type: '/problems/validation', errors: [{ field: 'Idempotency-Key', message }] }),
  );
}
