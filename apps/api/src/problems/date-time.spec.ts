import fc from 'fast-check';
import { parseDateTime } from './date-time';

const iso = (text: string) => {
  const parsed = parseDateTime(text);
  return 'date' in parsed ? parsed.date.toISOString() : `refused: ${parsed.refused}`;
};

describe('parseDateTime', () => {
  it.each([
    ['2026-09-06T12:00:00Z', '2026-09-06T12:00:00.000Z'],
    ['2026-09-06T12:00Z', '2026-09-06T12:00:00.000Z'],
    ['2026-09-06T12:00:00.5Z', '2026-09-06T12:00:00.500Z'],
    ['2026-09-06T12:00:00.123456789Z', '2026-09-06T12:00:00.123Z'],
    ['2026-09-06T14:00:00+02:00', '2026-09-06T12:00:00.000Z'],
    ['2026-09-06T17:30:00+05:30', '2026-09-06T12:00:00.000Z'],
    ['2026-09-06T08:00:00-04:00', '2026-09-06T12:00:00.000Z'],
    ['2026-09-06T12:00:00-00:00', '2026-09-06T12:00:00.000Z'],
    ['2026-09-06t12:00:00z', '2026-09-06T12:00:00.000Z'],
    ['2026-09-06', '2026-09-06T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29T23:59:59Z', '2000-02-29T23:59:59.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['0001-01-01', '0001-01-01T00:00:00.000Z'],
    ['0099-12-31T23:59:59.999Z', '0099-12-31T23:59:59.999Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['0001-01-01T01:00:00+01:00', '0001-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    // Forms of ISO 8601 that new Date() cannot read, or reads differently from the standard.
    ['2026-W01', /must be a date/],
    ['2026-W01-1', /must be a date/],
    ['2026-001', /must be a date/],
    ['20260101', /must be a date/],
    ['20260101T000000Z', /must be a date/],
    ['2026-01-01T00:00:00,5Z', /must be a date/],
    ['2026-01-01T00Z', /must be a date/],
    ['2026-01', /must be a date/],
    ['2026', /must be a date/],
    ['2026-01-01T00:00:00+0200', /must be a date/],
    ['2026-01-01T00:00:00+02', /must be a date/],
    ['2026-01-01 00:00:00Z', /must be a date/],
    [' 2026-01-01', /must be a date/],
    ['2026-01-01T00:00:00.Z', /must be a date/],
    ['2026-01-01T00:00:00.1234567890Z', /must be a date/],
    ['+002026-01-01T00:00:00Z', /must be a date/],
    ['-000001-01-01T00:00:00Z', /must be a date/],
    ['yesterday', /must be a date/],
    ['', /must be a date/],
    ['２０２６-01-01', /must be a date/],
    // A time without a zone is refused, not read in the server's zone.
    ['2026-01-01T12:00:00', /no zone/],
    ['2026-01-01T12:00', /no zone/],
    // Not on the calendar, not a time of day.
    ['2026-02-29', /not a date of the calendar/],
    ['1900-02-29', /not a date of the calendar/],
    ['2026-02-30T00:00:00Z', /not a date of the calendar/],
    ['2026-04-31', /not a date of the calendar/],
    ['2026-13-01', /not a date of the calendar/],
    ['2026-00-10', /not a date of the calendar/],
    ['2026-01-00', /not a date of the calendar/],
    ['2026-01-01T24:00:00Z', /not a time of day/],
    ['2026-01-01T23:60:00Z', /not a time of day/],
    ['2026-12-31T23:59:60Z', /not a time of day/],
    ['2026-01-01T00:00:00+24:00', /offset out of range/],
    ['2026-01-01T00:00:00+01:60', /offset out of range/],
    // Outside the years 1 to 9999, before or after the offset is applied.
    ['0000-01-01T00:00:00Z', /years 0001 to 9999/],
    ['0000-12-31', /years 0001 to 9999/],
    ['0001-01-01T00:00:00+00:01', /years 0001 to 9999/],
    ['9999-12-31T23:59:59-00:01', /years 0001 to 9999/],
  ])('refuses %s', (text, reason) => {
    expect(iso(text)).toMatch(reason);
  });

  const instant = fc.date({
    min: new Date('0001-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  });

  it('reads back every instant of the years 1 to 9999 that toISOString prints', () => {
    fc.assert(
      fc.property(instant, (date) => {
        const parsed = parseDateTime(date.toISOString());
        expect('date' in parsed && parsed.date.getTime()).toBe(date.getTime());
      }),
    );
  });

  it('reads the same instant written with any offset', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }), (date, offset) => {
        const local = new Date(date.getTime() + offset * 60_000);
        fc.pre(local.getUTCFullYear() >= 1 && local.getUTCFullYear() <= 9999);
        const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
        const parsed = parseDateTime(local.toISOString().replace('Z', zone));
        expect('date' in parsed && parsed.date.getTime()).toBe(date.getTime());
      }),
    );
  });

  it('answers any string with a Date in the years 1 to 9999 or a reason, and never throws', () => {
    const dateLike = fc.stringMatching(
      /^[0-9]{1,5}-[0-9]{1,3}(-[0-9W]{1,3})?([Tt ][0-9:.,]{1,14}([Zz]|[+-][0-9:]{1,6})?)?$/,
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), dateLike), (text) => {
        const parsed = parseDateTime(text);
        if ('date' in parsed) {
          expect(Number.isNaN(parsed.date.getTime())).toBe(false);
          expect(parsed.date.toISOString()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        } else {
          expect(parsed.refused).toEqual(expect.any(String));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
