import express, { NextFunction, Request, Response } from 'express';
import { problem, sendProblem } from './problem';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** No request of this API nests deeper than a few levels; deeper JSON only exhausts the validator's recursion. */
const MAX_JSON_DEPTH = 32;
/**
 * No field of this API takes more than a hundred items; validating each of 100k items would cost seconds of CPU
 * for one 300 KB request, so longer arrays are refused before any validation.
 */
const MAX_ARRAY_LENGTH = 1000;
/** Keys that would reach an object's prototype when copied into a DTO; no field of this API has these names. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies up to 2 MB, strictly UTF-8. Parser failures are answered here as problems (express would answer
 * them with an HTML page), and a body that is not JSON is refused rather than silently ignored.
 */
export function jsonBodyParser() {
  const parse = express.json({
    limit: MAX_BODY_BYTES,
    strict: true,
    type: ['application/json', 'application/*+json'],
    verify: (_request, _response, buffer) => {
      utf8.decode(buffer);
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    const length = Number(request.headers['content-length'] ?? 0);
    const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;
    // Whatever the method: a body the API cannot read is refused, never silently dropped.
    if (hasBody && !request.is(['application/json', 'application/*+json'])) {
      return sendProblem(response, problem(415, 'Send the request body as JSON (Content-Type: application/json).'));
    }
    parse(request, response, (error?: unknown) => {
      if (!error) {
        const refusal = checkShape(request.body);
        return refusal ? sendProblem(response, refusal) : next();
      }
      const failure = error as { type?: string; status?: number; message?: string };
      if (failure.type === 'entity.too.large') {
        return sendProblem(
          response,
          problem(413, `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`),
        );
      }
      if (failure.type === 'entity.parse.failed') {
        return sendProblem(
          response,
          problem(400, `The request body is not valid JSON: ${failure.message}`, { type: '/problems/malformed-json' }),
        );
      }
      if (error instanceof TypeError || failure.type === 'entity.verify.failed') {
        return sendProblem(
          response,
          problem(400, 'The request body is not valid UTF-8.', { type: '/problems/invalid-encoding' }),
        );
      }
      if (failure.type === 'encoding.unsupported' || failure.type === 'charset.unsupported') {
        return sendProblem(response, problem(415, `Unsupported body encoding: ${failure.message}`));
      }
      if (request.headers['content-encoding'] && failure.status === 400) {
        return sendProblem(
          response,
          problem(400, `The request body could not be decoded as ${request.headers['content-encoding']}.`, {
            type: '/problems/invalid-encoding',
          }),
        );
      }
      return sendProblem(
        response,
        problem(
          failure.status && failure.status < 500 ? failure.status : 400,
          failure.message ?? 'Unreadable request body.',
        ),
      );
    });
  };
}

/** Walks the parsed body without recursion: too deep, too long an array, or a key that names a prototype, is refused. */
function checkShape(body: unknown) {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      return problem(400, `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`, {
        type: '/problems/malformed-json',
      });
    }
    if (Array.isArray(value) && value.length > MAX_ARRAY_LENGTH) {
      const field = path || '(body)';
      const message = `must contain no more than ${MAX_ARRAY_LENGTH} elements (got ${value.length})`;
      return problem(400, `The request is not valid: ${field}: ${message}`, {
        type: '/problems/validation',
        errors: [{ field, message }],
      });
    }
    for (const [key, child] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) {
        return problem(400, `The request is not valid: ${field}: property ${key} should not exist`, {
          type: '/problems/validation',
          errors: [{ field, message: `property ${key} should not exist` }],
        });
      }
      stack.push({ value: child, path: field, depth: depth + 1 });
    }
  }
  return null;
}
