import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDate, IsInt, isISO8601, IsNumber, Max, MaxDate, Min, MinDate } from 'class-validator';

/** Postgres and JavaScript agree on these years; a date outside them is a typo, not a query. */
const EARLIEST = new Date('0001-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T23:59:59.999Z');

/**
 * A query parameter that is an ISO 8601 date or date-time, converted to a Date. Anything else ("yesterday", "1",
 * year -100000) is left as it came so that validation names the field, instead of reaching the database.
 */
export function IsDateTimeParam(field: string) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && isISO8601(value, { strict: true }) ? new Date(value) : value)),
    IsDate({ message: `${field} must be an ISO 8601 date-time such as 2026-09-06T12:00:00Z` }),
    MinDate(EARLIEST, { message: `${field} must not be before year 1` }),
    MaxDate(LATEST, { message: `${field} must not be after year 9999` }),
  );
}

/** A query parameter written as a decimal integer ("0x10", "1e3" and " 5" are not), between min and max. */
export function IsIntParam(field: string, min: number, max: number) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value)),
    IsInt({ message: `${field} must be a whole number from ${min} to ${max}` }),
    Min(min, { message: `${field} must be at least ${min}` }),
    Max(max, { message: `${field} must be at most ${max}` }),
  );
}

/** A query parameter written as a plain decimal number, between min and max. */
export function IsNumberParam(field: string, min: number, max: number) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,15}(\.\d{1,15})?$/.test(value) ? Number(value) : value)),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${field} must be a decimal number from ${min} to ${max}` }),
    Min(min, { message: `${field} must be at least ${min}` }),
    Max(max, { message: `${field} must be at most ${max}` }),
  );
}
