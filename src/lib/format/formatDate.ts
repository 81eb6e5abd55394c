import type { PartialDate } from '$lib/data';
import { currentLang, formatLocale, type Lang } from '$lib/i18n';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const formats = new Map<string, Intl.DateTimeFormat>();
/** Intl's date format for a language at a precision (month or day), made once. */
function dateFormat(lang: Lang, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC' };
    if (precision === 'day') options.day = 'numeric';
    formats.set(key, (format = new Intl.DateTimeFormat(formatLocale(lang), options)));
  }
  return format;
}

const asDate = (d: PartialDate): Date => new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));

/** A date at its own precision, for people: "2013", "Oct 2013", "17 Oct 2013" (in French "17 oct. 2013"). */
export function formatDate(date: PartialDate | null | undefined): string {
  if (!date) return '';
  if (date.precision === 'year') return String(date.year);
  const lang = currentLang();
  if (lang !== 'en') return dateFormat(lang, date.precision).format(asDate(date));
  const month = MONTHS[date.month! - 1]!;
  return date.precision === 'month' ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/**
 * A span of two partial dates, without repeating what they share:
 * "17–18 Oct 2013", "30 Sep – 2 Oct 2014", "2013 – 2015"; one date alone when there is no end.
 */
export function formatDateRange(
  start: PartialDate | null | undefined,
  end: PartialDate | null | undefined,
): string {
  if (!start) return formatDate(end);
  if (!end || end.iso === start.iso) return formatDate(start);
  const lang = currentLang();
  if (start.precision === 'day' && end.precision === 'day' && start.year === end.year) {
    if (lang !== 'en') return dateFormat(lang, 'day').formatRange(asDate(start), asDate(end));
    if (start.month === end.month) return `${start.day}–${formatDate(end)}`;
    return `${start.day} ${MONTHS[start.month! - 1]} – ${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}
