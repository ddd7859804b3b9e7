import { NextFunction, Request, Response } from 'express';
import { httpDuration } from './metrics';
import { requestIdFrom, runWithRequestId } from './request-context';

/**
 * Gives each request its id (the client's X-Request-Id when sane, else a new one), echoes it in the answer, and
 * runs the rest of the request inside it, so logs and the jobs this request causes carry it.
 */
export function requestContext() {
  return (request: Request, response: Response, next: NextFunction) => {
    const requestId = requestIdFrom(request.headers['x-request-id']);
    (request as Request & { id: string }).id = requestId;
    response.setHeader('X-Request-Id', requestId);
    runWithRequestId(requestId, next);
  };
}

/** Latency of every request by method, route pattern (not the raw path, to keep label values few) and status. */
export function httpMetrics() {
  return (request: Request, response: Response, next: NextFunction) => {
    const stop = httpDuration.startTimer();
    response.on('finish', () => {
      // Express types the matched route as `any`; all this reads of it is the pattern.
      const matched = request.route as { path?: string } | undefined;
      const route = matched?.path ? `${request.baseUrl ?? ''}${matched.path}` : 'unmatched';
      stop({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };
}
