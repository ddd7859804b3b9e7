import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { problem } from './problem';

/** Enough to fix a request by; a body of 100k bad items must not produce a 100k-entry answer. */
const MAX_REPORTED_ERRORS = 50;

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates and converts every DTO; unknown fields are refused, and each failure is named in `errors[]`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const all = flatten(errors);
      const list = all.slice(0, MAX_REPORTED_ERRORS);
      const more = all.length > list.length ? ` (and ${all.length - list.length} more)` : '';
      return new BadRequestException(
        problem(
          400,
          `The request is not valid: ${list
            .slice(0, 10)
            .map((entry) => `${entry.field}: ${entry.message}`)
            .join('; ')}${all.length > 10 ? `; …${all.length - 10} more in errors[]` : ''}`,
          {
            type: '/problems/validation',
            errors: list,
            ...(more ? { errorCount: all.length } : {}),
          },
        ),
      );
    },
  });
}
