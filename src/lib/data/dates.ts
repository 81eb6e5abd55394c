import type { Said } from './issues';

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
  | ({ ok: false; code: 'invalid-date' | 'ambiguous-date'; suggestion?: string } & Said);

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
