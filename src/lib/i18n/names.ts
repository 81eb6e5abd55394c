import { currentLang } from './current';
import type { Lang } from './langs';

/**
 * Names in the page's language that are not messages: states (Intl.DisplayNames, from their ISO
 * codes, with no name table bundled) and conferences and initiatives (their official names where the
 * data records one, data/names.csv). English names stay the data's own.
 */
type CountryNamer = (iso3: string, lang: Lang) => string | undefined;
let countryNamer: CountryNamer | null = null;
const official = new Map<string, string>();

/** Set by ./load.ts once the code table a language's state names need has arrived. */
export function setCountryNamer(namer: CountryNamer): void {
  countryNamer = namer;
}

/** A state's name in the page's language, or undefined in English (or when Intl has none). */
export function localCountryName(iso3: string): string | undefined {
  const lang = currentLang();
  return lang === 'en' ? undefined : countryNamer?.(iso3, lang);
}

export interface OfficialName {
  /** 'conferences' or 'initiatives'. */
  table: string;
  id: string;
  lang: string;
  name: string;
  /** A short label in that language ("Séoul 2013"), where the page shows one; '' = none. */
  short_name?: string;
}

/** Keeps the official names the data records (data/names.csv), replacing those kept before. */
export function setOfficialNames(names: readonly OfficialName[]): void {
  official.clear();
  for (const n of names) {
    official.set(`${n.table}:${n.id}:${n.lang}`, n.name);
    if (n.short_name) official.set(`${n.table}:${n.id}:${n.lang}:short`, n.short_name);
  }
}

/**
 * A conference's or an initiative's name for the page: the official name in the page's language
 * when the data has one, with `lang` undefined; else the English name, with `lang: 'en'`, for the
 * element that shows it to say so (`lang="en"`), so that screen readers read it as English.
 */
export function localName(
  table: 'conferences' | 'initiatives',
  id: string,
  english: string,
  form: 'name' | 'short' = 'name',
): { text: string; lang: 'en' | undefined } {
  const lang = currentLang();
  if (lang === 'en') return { text: english, lang: undefined };
  const name = official.get(`${table}:${id}:${lang}${form === 'short' ? ':short' : ''}`);
  return name ? { text: name, lang: undefined } : { text: english, lang: 'en' };
}
