import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments } from 'class-validator';

/** The forms every date the API reads may take; said once, for the messages, the OpenAPI document and the README. */
export const DATE_TIME_FORMS =
  'a date, 2026-09-06 (midnight UTC), or a date-time with a zone, 2026-09-06T12:00:00Z or 2026-09-06T14:00:00+02:00 ' +
  '(RFC 3339; seconds and a decimal fraction optional), in the years 0001 to 9999';

/** The first and last instants Postgres and JavaScript agree on and toISOString prints with four-digit years. */
const EARLIEST = utc(1, 1, 1, 0, 0, 0, 0);
const LATEST = utc(9999, 12, 31, 23, 59, 59, 999);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:\d{2})?$/;

export type ParsedDateTime = { date: Date } | { refused: string };

/**
 * Reads the ISO 8601 extended calendar forms RFC 3339 profiles, and nothing else: week and ordinal dates, basic
 * forms (20260101), reduced precision (2026-01) and comma fractions are refused rather than guessed at, and so is a
 * time without a zone, which would otherwise be read in whatever zone the server happens to run in. Years below 100
 * are built with setUTCFullYear, since Date.UTC reads them as 19xx. A fraction beyond milliseconds is cut off.
 */
export function parseDateTime(text: string): ParsedDateTime {
  const match = DATE.exec(text) ?? DATE_TIME.exec(text);
  if (!match) return { refused: `must be ${DATE_TIME_FORMS}` };
  const dateOnly = match.length === 4;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = match;
  if (!dateOnly && zone === undefined) {
    return { refused: 'has a time but no zone: add Z for UTC or an offset such as +02:00' };
  }
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number);
  if (y < 1) return { refused: 'must be in the years 0001 to 9999' };
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
    return { refused: `is not a date of the calendar (${year}-${month}-${day})` };
  if (h > 23 || mi > 59 || s > 59)
    return { refused: 'is not a time of day (hours 00 to 23, minutes and seconds 00 to 59)' };
  let offsetMinutes = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const [offsetHours, offsetRest] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
    if (offsetHours > 23 || offsetRest > 59) return { refused: 'has a zone offset out of range (-23:59 to +23:59)' };
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const time = utc(y, mo, d, h, mi, s, Number(fraction.padEnd(3, '0').slice(0, 3))) - offsetMinutes * 60_000;
  if (time < EARLIEST || time > LATEST) return { refused: 'must be in the years 0001 to 9999 (in UTC)' };
  return { date: new Date(time) };
}

/** A date-time refused by parseDateTime, kept as the field's value so that validation can say why. */
class RefusedDateTime {
  constructor(readonly reason: string) {}
}

/**
 * A body field or query parameter that is a date or date-time (see DATE_TIME_FORMS), handed on as a Date: parsed
 * here once, so nothing downstream reads the string again. Anything else is a 400 naming the field and the reason.
 */
export function IsDateTime() {
  return applyDecorators(
    Transform(({ obj, key }) => {
      const raw = (obj as Record<string, unknown>)[key];
      if (typeof raw !== 'string') return raw;
      const parsed = parseDateTime(raw);
      return 'date' in parsed ? parsed.date : new RefusedDateTime(parsed.refused);
    }),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isDateTime',
        target: target.constructor,
        propertyName: String(propertyName),
        options: {
          message: ({ property, value }: ValidationArguments) =>
            value instanceof RefusedDateTime
              ? `${property} ${value.reason}`
              : `${property} must be a string: ${DATE_TIME_FORMS}`,
        },
        validator: { validate: (value: unknown) => value instanceof Date },
      }),
  );
}

function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
