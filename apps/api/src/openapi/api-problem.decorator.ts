import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto';

const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A response object whose body is a problem document. */
export function problemResponse(
  description: string,
  headers?: Record<string, { description: string; schema: object }>,
) {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
  };
}

/**
 * An error answer particular to one endpoint (a 409 for a lease someone else holds, a 422 for a reused
 * Idempotency-Key). The ones every endpoint of a kind shares (400, 401, 403, 404, 413, 415, 429) are added from
 * each route's metadata when the document is built, so they cannot be forgotten.
 */
export function ApiProblem(status: number, description: string) {
  return applyDecorators(ApiExtraModels(ProblemDto), ApiResponse({ status, ...problemResponse(description) }));
}
