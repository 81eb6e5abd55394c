import { currentLang, formatCount, formatLocale, numberFormat, type Lang } from '$lib/i18n';

export { formatCount };

/** One decimal: 4.25 → "4.3". */
export function formatDecimal(value: number): string {
  return numberFormat(currentLang(), 'decimal', {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(value);
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
