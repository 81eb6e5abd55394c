import { utcParse } from 'd3';
import { makeDate, type DateResult } from './dates';

// Parsing lives apart from dates.ts, which the first map needs (to order the bundled data, parsed at
// build time): so d3-time-format, which only parsing needs, stays out of the page's first chunks.

// Written forms seen in conference reports; d3-time-format matches month names case-insensitively.
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
 * be swapped (03/04/2013) is an "ambiguous-date" issue, never a guess, unless `dayFirst` says which
 * comes first (as the rest of its column shows: see numericDateOrder).
 */
export function parseDate(input: string, dayFirst?: boolean): DateResult {
  const raw = input.trim().replace(/\s+/g, ' ');
  const invalid = (suggestion?: string): DateResult => ({
    ok: false,
    code: 'invalid-date',
    key: 'loader.issue.invalidDate',
    params: { value: input },
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
    if (a <= 12 && b <= 12 && a !== b && dayFirst !== undefined) {
      const date = dayFirst ? makeDate(year, b, a) : makeDate(year, a, b);
      return date ? { ok: true, value: date } : invalid();
    }
    if (a <= 12 && b <= 12 && a !== b) {
      const dayFirst = makeDate(year, b, a);
      const monthFirst = makeDate(year, a, b);
      return {
        ok: false,
        code: 'ambiguous-date',
        key: 'loader.issue.ambiguousDate',
        params: { value: input, dayFirst: String(dayFirst?.iso), monthFirst: String(monthFirst?.iso) },
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

const NUMERIC_DATE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\s*$/;

/**
 * Which comes first in a column's numeric dates, as its unambiguous ones show: true when some put a
 * number over 12 first (25/05/2011) and none second, false for the reverse, undefined when none say
 * or they disagree.
 */
export function numericDateOrder(values: Iterable<string>): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = NUMERIC_DATE.exec(value);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst;
}

function fromUtc(d: Date, precision: 'month' | 'day'): DateResult | undefined {
  const date = makeDate(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    precision === 'day' ? d.getUTCDate() : undefined,
  );
  return date ? { ok: true, value: date } : undefined;
}
