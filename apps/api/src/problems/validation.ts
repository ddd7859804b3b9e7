import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { problem } from './problem';

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
      const list = flatten(errors);
      return new BadRequestException(
        problem(400, `The request is not valid: ${list.map((entry) => `${entry.field}: ${entry.message}`).join('; ')}`, {
          type: '/problems/validation',
          errors: list,
        }),
      );
    },
  });
}
