import { currentLang } from './current';
import { formatLocale, type Lang } from './langs';

// Made when first used, per language: a page's first number format starts ICU, 10–15 ms in
// Chromium, and the English first view formats only whole numbers, which need none (see formatCount).
const formats = new Map<string, Intl.NumberFormat>();

/** Intl's number format for the language and a kind of number, made once. */
export function numberFormat(lang: Lang, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
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
