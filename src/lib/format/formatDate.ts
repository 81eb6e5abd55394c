import type { PartialDate } from '$lib/data';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date at its own precision, for people: "2013", "Oct 2013", "17 Oct 2013". */
export function formatDate(date: PartialDate | null | undefined): string {
  if (!date) return '';
  if (date.precision === 'year') return String(date.year);
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
  if (start.precision === 'day' && end.precision === 'day' && start.year === end.year) {
    if (start.month === end.month) return `${start.day}–${formatDate(end)}`;
    return `${start.day} ${MONTHS[start.month! - 1]} – ${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}
