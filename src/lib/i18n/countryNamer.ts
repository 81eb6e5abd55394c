import codes from './generated/alpha2.json';
import { formatLocale, type Lang } from './langs';

// A chunk of its own, with the code table: an English page never loads it.
const alpha2: Readonly<Record<string, string>> = codes;
const displayNames = new Map<Lang, Intl.DisplayNames>();

/** A state's name in `lang` from Intl.DisplayNames, by its ISO 3166-1 alpha-2 code. */
export function countryNameIn(iso3: string, lang: Lang): string | undefined {
  const code = alpha2[iso3];
  if (!code) return undefined;
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames(formatLocale(lang), { type: 'region', fallback: 'none' });
    displayNames.set(lang, names);
  }
  return names.of(code);
}
