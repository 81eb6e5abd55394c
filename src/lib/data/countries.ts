import { currentLang, formatLocale, localCountryName, type Lang } from '$lib/i18n';
import generated from './generated/countries.json';

const collators = new Map<Lang, Intl.Collator>();
/** The order of names in a language (made once per language; English uses the list's own order). */
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(formatLocale(lang))));
  return collator;
}

/** An ISO 3166-1 alpha-3 code (Kosovo as XKX), checked against the country list. */
export type Iso3 = string & { readonly __brand: 'Iso3' };

/** What the atlas knows of one state: display name, region and the point its map marker sits on. */
export interface CountryInfo {
  iso3: Iso3;
  name: string;
  region: string;
  subregion: string;
  /** Whether the 1:110m world map has a shape for this state; if not it is drawn as a marker. */
  onBaseMap: boolean;
  /** [longitude, latitude] of the centroid of the state's largest polygon. */
  point: [number, number];
}

interface GeneratedCountry extends Omit<CountryInfo, 'iso3' | 'point'> {
  iso3: string;
  numeric: string | null;
  point: number[];
}

// Only the facts the map needs live here; the name index for reading user files is in
// countryResolver.ts, so the first page load does not carry it.
const info = new Map<string, CountryInfo>();
const byNumeric = new Map<string, Iso3>();
// The generated list is in name order (Intl.Collator('en') sorted it), so states sort by name
// without a collator here: the first collator or number format a page makes starts ICU, which took
// 10–15 ms in Chromium, and the first view would pay for it before showing the map.
const nameOrder = new Map<string, number>();
for (const row of generated as GeneratedCountry[]) {
  const iso3 = row.iso3 as Iso3;
  const { numeric: _, ...facts } = row;
  nameOrder.set(iso3, nameOrder.size);
  info.set(iso3, { ...facts, iso3, point: [row.point[0] ?? 0, row.point[1] ?? 0] });
  if (row.numeric) byNumeric.set(row.numeric, iso3);
}

/** A known ISO3 code for `code` in any case, with the library spellings of Kosovo mapped to XKX. */
export function normaliseIso3(code: string | undefined): Iso3 | undefined {
  if (!code) return undefined;
  const upper = code.toUpperCase();
  if (upper === 'XKK' || upper === 'UNK') return 'XKX' as Iso3;
  return info.has(upper) ? (upper as Iso3) : undefined;
}

/** True when `code` is an ISO3 code the atlas knows ("KOR" → true, "XKX" → true, "ZZZ" → false). */
export function isIso3(code: string): code is Iso3 {
  return info.has(code);
}

/** The atlas's facts about a state, or undefined for an unknown code. */
export function countryInfo(iso3: string): CountryInfo | undefined {
  return info.get(iso3);
}

/** Every state the atlas knows, in name order. */
export function allCountries(): CountryInfo[] {
  return [...info.values()];
}

/**
 * Orders two states by their names in the page's language; in English, as Intl.Collator('en') does ("Côte d'Ivoire" between
 * "Costa Rica" and "Croatia"); codes the atlas does not know are compared by what countryName shows.
 */
export function compareCountryNames(a: string, b: string): number {
  const lang = currentLang();
  if (lang !== 'en') return collatorFor(lang).compare(countryName(a), countryName(b));
  const x = nameOrder.get(a);
  const y = nameOrder.get(b);
  return x !== undefined && y !== undefined ? x - y : countryName(a).localeCompare(countryName(b));
}

/** The display name of a state ("KOR" → "South Korea"); the code itself when unknown. */
export function countryName(iso3: string): string {
  return localCountryName(iso3) ?? info.get(iso3)?.name ?? iso3;
}

/** Maps a numeric ISO code, as world-atlas uses for shape ids, to ISO3 ("410" → "KOR"). */
export function iso3FromNumeric(numeric: string | number): Iso3 | undefined {
  return byNumeric.get(String(numeric).padStart(3, '0'));
}
