import { types } from 'pg';

const TIMESTAMP_OID = 1114;
const TIMESTAMPTZ_OID = 1184;
// PostgreSQL's ISO output of a `timestamp` (DateStyle ISO): the fraction has up to 6 digits, trailing zeros dropped.
const ISO_OUTPUT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;

/**
 * A `timestamp` PostgreSQL printed in UTC, as the ISO 8601 text `Date.prototype.toISOString` gives: the milliseconds
 * cut, not rounded, as the driver's parse of a `timestamptz` and `new Date` cut them. What a stored event's
 * `recordedAt` reads as, without the driver's parse, a Date and its text for each of the replay's rows. Anything else
 * (a year past 9999) goes the driver's way.
 */
export function isoOfUtcTimestamp(text: string): string {
  if (!ISO_OUTPUT.test(text)) return (types.getTypeParser(TIMESTAMPTZ_OID)(`${text}+00`) as Date).toISOString();
  const fraction = text.length > 19 ? text.slice(20, 23) : '';
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction.padEnd(3, '0')}Z`;
}

/** The driver's parsers, with `timestamp` columns read by isoOfUtcTimestamp. */
export const UTC_TIMESTAMPS_AS_ISO = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP_OID && format !== 'binary'
      ? isoOfUtcTimestamp
      : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
};
