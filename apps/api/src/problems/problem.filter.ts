import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Response } from 'express';
import { WorkflowError, WorkflowErrorCode } from '@app/workflow';
import { Problem, problem, sendProblem } from './problem';

const STATUS_OF: Record<WorkflowErrorCode, number> = {
  [WorkflowErrorCode.NotFound]: 404,
  [WorkflowErrorCode.Invalid]: 400,
  [WorkflowErrorCode.Forbidden]: 403,
  [WorkflowErrorCode.WrongStage]: 409,
  [WorkflowErrorCode.LeaseHeld]: 409,
  [WorkflowErrorCode.LeaseNotHeld]: 409,
  [WorkflowErrorCode.IdempotencyKeyReused]: 422,
  [WorkflowErrorCode.Conflict]: 409,
};

/** The one place where errors become HTTP answers: application/problem+json, never a stack trace. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
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
