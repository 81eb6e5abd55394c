// Made when first used: a page's first number format starts ICU, 10–15 ms in Chromium, and the
// first view formats only whole numbers, which need none (see formatCount).
let integer: Intl.NumberFormat | undefined;
let decimal: Intl.NumberFormat | undefined;
let percent: Intl.NumberFormat | undefined;

/** A whole number with thousands separators: 1600 → "1,600"; null → "–". */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  // en-GB groups the digits of a whole number in threes with commas, as this does.
  if (Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  integer ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
  return integer.format(value);
}

/** One decimal: 4.25 → "4.3". */
export function formatDecimal(value: number): string {
  decimal ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return decimal.format(value);
}

/** A share as a percentage: 0.237 → "24%". */
export function formatShare(value: number): string {
  percent ??= new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
  return percent.format(value);
}

/** A list in prose: ["a", "b", "c"] → "a, b and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "1 state", "2 states". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
