import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { Request, Response } from 'express';
import { DatabaseUnavailableError } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '@app/workflow';
import { allowedMethods } from './allowed-methods';
import { Problem, problem, sendProblem } from './problem';

const STATUS_OF: Record<WorkflowErrorCode, number> = {
  [WorkflowErrorCode.NotFound]: 404,
  [WorkflowErrorCode.Invalid]: 400,
  [WorkflowErrorCode.Forbidden]: 403,
  [WorkflowErrorCode.OwnVerdict]: 403,
  [WorkflowErrorCode.WrongStage]: 409,
  [WorkflowErrorCode.LeaseHeld]: 409,
  [WorkflowErrorCode.LeaseNotHeld]: 409,
  [WorkflowErrorCode.LeaseLimit]: 409,
  [WorkflowErrorCode.ClaimReserved]: 409,
  [WorkflowErrorCode.IdempotencyKeyReused]: 422,
  [WorkflowErrorCode.TooComplex]: 422,
  [WorkflowErrorCode.Busy]: 503,
  [WorkflowErrorCode.Conflict]: 409,
  [WorkflowErrorCode.ArticleTextChanged]: 409,
  [WorkflowErrorCode.ArticleClaimsFromChanged]: 409,
  [WorkflowErrorCode.PageRefused]: 422,
  // The API stands between the caller and the site here, as a gateway does: the site failed, not the request.
  [WorkflowErrorCode.PageUnavailable]: 502,
  [WorkflowErrorCode.PageTimeout]: 504,
  [WorkflowErrorCode.NotARepeat]: 409,
  [WorkflowErrorCode.NotPublished]: 409,
};

/** The one place where errors become HTTP answers: application/problem+json, never a stack trace. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    if (response.headersSent) return;
    const headers: Record<string, string> = {};
    let body: Problem;
    if (error instanceof WorkflowError) {
      const { errors, ...details } = error.details as { errors?: Problem['errors'] };
      body = problem(STATUS_OF[error.code], error.message, {
        type: `/problems/${error.code}`,
        ...(errors?.length ? { errors } : {}),
        ...details,
      });
      if (error.code === WorkflowErrorCode.Busy) headers['Retry-After'] = '5';
    } else if (error instanceof DatabaseUnavailableError) {
      // A burst that has every connection busy, or Postgres restarting: nothing was stored; the same request later is
      // fine. Logged as a warning, with the driver's words, which the answer does not repeat.
      this.logger.warn(error.message);
      body = problem(503, 'The service is busy or its database is restarting; nothing was stored. Try again shortly.');
      headers['Retry-After'] = '2';
    } else if (error instanceof NotFoundException && !request.route) {
      // No route took the request: either nothing lives at this path (404) or it does, under other methods.
      const allowed = allowedMethods(request);
      if (allowed.length > 0) {
        response.setHeader('Allow', allowed.join(', '));
        if (request.method === 'OPTIONS') {
          response.status(204).end();
          return;
        }
        body = problem(405, `${request.method} is not allowed on ${request.path}; it answers ${allowed.join(', ')}.`);
      } else {
        body = problem(404, `There is nothing at ${request.path}.`);
      }
    } else if (error instanceof HttpException) {
      const answer = error.getResponse();
      body =
        typeof answer === 'object' && answer && 'type' in answer && 'status' in answer
          ? (answer as Problem)
          : problem(error.getStatus(), typeof answer === 'string' ? answer : error.message);
      if (body.status === 401) headers['WWW-Authenticate'] = 'Bearer';
    } else {
      this.logger.error((error as Error)?.stack ?? String(error));
      body = problem(500, 'The service failed to answer this request; it has been logged.');
    }
    sendProblem(response, body, headers);
  }
}
