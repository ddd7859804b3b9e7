import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsNumber, Max, Min } from 'class-validator';

/** A query parameter written as a decimal integer ("0x10", "1e3" and " 5" are not), between min and max. */
export function IsIntParam(field: string, min: number, max: number) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value,
    ),
    IsInt({ message: `${field} must be a whole number from ${min} to ${max}` }),
    Min(min, { message: `${field} must be at least ${min}` }),
    Max(max, { message: `${field} must be at most ${max}` }),
  );
}

/** A query parameter written as a plain decimal number, between min and max. */
export function IsNumberParam(field: string, min: number, max: number) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^-?\d{1,15}(\.\d{1,15})?$/.test(value) ? Number(value) : value,
    ),
    IsNumber(
      { allowNaN: false, allowInfinity: false },
      { message: `${field} must be a decimal number from ${min} to ${max}` },
    ),
    Min(min, { message: `${field} must be at least ${min}` }),
    Max(max, { message: `${field} must be at most ${max}` }),
  );
}
