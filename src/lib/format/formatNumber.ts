import { currentLang } from '$lib/i18n/current';
import { formatLocale, type Lang } from '$lib/i18n/langs';

// Made when first used, per language: a page's first number format starts ICU, 10–15 ms in
// Chromium, and the English first view formats only whole numbers, which need none (see formatCount).
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(formatLocale(lang), options)));
  return format;
}

/** A whole number with thousands separators: 1600 → "1,600" (in French "1 600"); null → "–". */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const lang = currentLang();
  // en-GB groups the digits of a whole number in threes with commas, as this does.
  if (lang === 'en' && Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  return numberFormat(lang, 'integer', { maximumFractionDigits: 0 }).format(value);
}

/** One decimal: 4.25 → "4.3". */
export function formatDecimal(value: number): string {
  return numberFormat(currentLang(), 'decimal', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    value,
  );
}

/** A share as a percentage: 0.237 → "24%". */
export function formatShare(value: number): string {
  return numberFormat(currentLang(), 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

const lists = new Map<Lang, Intl.ListFormat>();

/** A list in prose: ["a", "b", "c"] → "a, b and c" (in French "a, b et c"). */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const lang = currentLang();
  if (lang === 'en') return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  let list = lists.get(lang);
  if (!list) lists.set(lang, (list = new Intl.ListFormat(formatLocale(lang), { type: 'conjunction' })));
  return list.format(items);
}

/** "1 state", "2 states". English only: the page's words are messages, with their plural forms. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
