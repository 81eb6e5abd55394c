import { utcParse } from 'd3';

/** How much of a date its source gives; a year-only date is never shown as 1 January. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date at the precision its source gives: "2013" → {year: 2013, precision: 'year', iso: '2013'}. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  /** ISO 8601 at the given precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
}

export type DateResult =
  | { ok: true; value: PartialDate }
  | { ok: false; code: 'invalid-date' | 'ambiguous-date'; message: string; suggestion?: string };

const pad = (n: number): string => String(n).padStart(2, '0');

/** Builds a checked PartialDate; undefined when the day does not exist (2013-02-30). */
export function makeDate(year: number, month?: number, day?: number): PartialDate | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (month === undefined) return { year, precision: 'year', iso: String(year) };
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month, precision: 'month', iso: `${year}-${pad(month)}` };
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  return { year, month, day, precision: 'day', iso: `${year}-${pad(month)}-${pad(day)}` };
}

// Written forms seen in conference reports; d3-time-format matches month names case-insensitively.
// The parsers are made on first use, so that code which only compares dates (the bundled data's
// path to the first map) does not pull d3-time-format into the page's first chunk.
const DAY_PATTERNS = ['%d %B %Y', '%d %b %Y', '%B %d, %Y', '%b %d, %Y', '%B %d %Y', '%b %d %Y', '%d %b. %Y'];
const MONTH_PATTERNS = ['%B %Y', '%b %Y', '%b. %Y'];
let writtenForms: { day: WrittenParser[]; month: WrittenParser[] } | undefined;
type WrittenParser = (text: string) => Date | null;
function written(): { day: WrittenParser[]; month: WrittenParser[] } {
  return (writtenForms ??= { day: DAY_PATTERNS.map(utcParse), month: MONTH_PATTERNS.map(utcParse) });
}

/**
 * Parses a date at year, month or day precision: ISO forms (2013, 2013-10, 2013-10-17) and written
 * ones ("17 Oct 2013", "October 17, 2013", "October 2013"). A numeric form whose day and month could
 * be swapped (03/04/2013) is an "ambiguous-date" issue, never a guess.
 */
export function parseDate(input: string): DateResult {
  const raw = input.trim().replace(/\s+/g, ' ');
  const invalid = (suggestion?: string): DateResult => ({
    ok: false,
    code: 'invalid-date',
    message: `"${input}" is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD.`,
    ...(suggestion ? { suggestion } : {}),
  });
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T[\d:.]+Z?)?$/.exec(raw);
  if (m) {
    const date = makeDate(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
    return date ? { ok: true, value: date } : invalid();
  }
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(raw);
  if (m) {
    const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { ok: true, value: date } : invalid();
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a <= 12 && b <= 12 && a !== b) {
      const dayFirst = makeDate(year, b, a);
      const monthFirst = makeDate(year, a, b);
      return {
        ok: false,
        code: 'ambiguous-date',
        message: `"${input}" could be ${dayFirst?.iso} (day first) or ${monthFirst?.iso} (month first). Write it as YYYY-MM-DD.`,
      };
    }
    // One reading only: the number over 12 must be the day.
    const date = a > 12 ? makeDate(year, b, a) : makeDate(year, a, b);
    return date ? { ok: true, value: date } : invalid();
  }
  const cleaned = raw.replace(/(\d)(st|nd|rd|th)\b/i, '$1').replace(/^(\w{3})t\b/i, '$1');
  for (const parse of written().day) {
    const d = parse(cleaned);
    if (d) return fromUtc(d, 'day') ?? invalid();
  }
  for (const parse of written().month) {
    const d = parse(cleaned);
    if (d) return fromUtc(d, 'month') ?? invalid();
  }
  return invalid();
}

function fromUtc(d: Date, precision: 'month' | 'day'): DateResult | undefined {
  const date = makeDate(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    precision === 'day' ? d.getUTCDate() : undefined,
  );
  return date ? { ok: true, value: date } : undefined;
}

/** The first instant a partial date covers (UTC): "2013" → 2013-01-01T00:00Z. */
export function dateStart(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The instant just after a partial date ends (UTC): "2013" → 2014-01-01T00:00Z. */
export function dateEnd(date: PartialDate): Date {
  if (date.precision === 'year') return new Date(Date.UTC(date.year + 1, 0, 1));
  if (date.precision === 'month') return new Date(Date.UTC(date.year, date.month!, 1));
  return new Date(Date.UTC(date.year, date.month! - 1, date.day! + 1));
}

/** Orders partial dates by their start, coarser first on ties ("2013" before "2013-01-01"). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return dateStart(a).getTime() - dateStart(b).getTime() || a.iso.length - b.iso.length;
}
