import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import generated from './generated/countries.json';
import { editDistance, foldKey } from './text';

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
  point: number[];
  aliases: string[];
}

isoCountries.registerLocale(english);

/**
 * Names the two libraries lack or spell differently. Each entry is a documented exception:
 * Kosovo has no ISO code (XKX is the code the EU and World Bank use; the library says XKK);
 * the others are former or informal names seen in conference reports.
 */
const ALIASES: Readonly<Record<string, string>> = {
  kosovo: 'XKX',
  xkk: 'XKX',
  xk: 'XKX',
  'holy see': 'VAT',
  vatican: 'VAT',
  swaziland: 'SWZ',
  'lao pdr': 'LAO',
  laos: 'LAO',
  'republic of korea': 'KOR',
  'korea south': 'KOR',
  dprk: 'PRK',
  'korea north': 'PRK',
  burma: 'MMR',
  'ivory coast': 'CIV',
  'cape verde': 'CPV',
  'east timor': 'TLS',
  macedonia: 'MKD',
  'fyr macedonia': 'MKD',
  'the former yugoslav republic of macedonia': 'MKD',
  'great britain': 'GBR',
  britain: 'GBR',
  uk: 'GBR',
  usa: 'USA',
  us: 'USA',
  'united states of america': 'USA',
  'russian federation': 'RUS',
  'czech republic': 'CZE',
  turkiye: 'TUR',
  'state of palestine': 'PSE',
  'vatican city': 'VAT',
  'micronesia federated states of': 'FSM',
  'st kitts and nevis': 'KNA',
  'st lucia': 'LCA',
  'st vincent and the grenadines': 'VCT',
  'bosnia herzegovina': 'BIH',
  'the netherlands': 'NLD',
  holland: 'NLD',
  'the gambia': 'GMB',
  'the bahamas': 'BHS',
};

const info = new Map<string, CountryInfo>();
const byKey = new Map<string, Iso3>();

function remember(key: string, iso3: Iso3): void {
  const folded = foldKey(key);
  if (folded && !byKey.has(folded)) byKey.set(folded, iso3);
}

for (const row of generated as GeneratedCountry[]) {
  const iso3 = row.iso3 as Iso3;
  info.set(iso3, { ...row, iso3, point: [row.point[0] ?? 0, row.point[1] ?? 0] });
}
// Library names first (they win ties), then world-countries' spellings, then our aliases.
for (const [iso2, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
  const iso3 = normaliseCode(isoCountries.alpha2ToAlpha3(iso2));
  if (iso3) for (const name of names) remember(name, iso3);
}
for (const row of generated as GeneratedCountry[]) {
  for (const name of [row.name, ...row.aliases]) remember(name, row.iso3 as Iso3);
}
for (const [key, iso3] of Object.entries(ALIASES)) byKey.set(foldKey(key), iso3 as Iso3);

function normaliseCode(iso3: string | undefined): Iso3 | undefined {
  if (!iso3) return undefined;
  const upper = iso3.toUpperCase();
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

/** Every state the atlas knows, sorted by ISO3. */
export function allCountries(): CountryInfo[] {
  return [...info.values()];
}

/** The display name of a state ("KOR" → "South Korea"); the code itself when unknown. */
export function countryName(iso3: string): string {
  return info.get(iso3)?.name ?? iso3;
}

/** The ISO 3166-1 alpha-2 code of a state ("KOR" → "KR"); undefined where there is none (Kosovo). */
export function countryIso2(iso3: string): string | undefined {
  return isoCountries.alpha3ToAlpha2(iso3) ?? undefined;
}

/** Maps a numeric ISO code, as world-atlas uses for shape ids, to ISO3 ("410" → "KOR"). */
export function iso3FromNumeric(numeric: string | number): Iso3 | undefined {
  return normaliseCode(isoCountries.numericToAlpha3(numeric));
}

export type CountryResolution = { ok: true; iso3: Iso3 } | { ok: false; suggestion?: Iso3 };

/**
 * Resolves a country written in any common convention to ISO3: names (official, short, former),
 * ISO2, ISO3 and numeric codes. "Korea, Republic of" → KOR, "Türkiye" → TUR, "410" → KOR, "XK" → XKX.
 * When nothing matches, it suggests the closest known name, if one is close.
 */
export function resolveCountry(input: string): CountryResolution {
  const raw = input.trim();
  if (!raw) return { ok: false };
  if (/^\d{1,3}$/.test(raw)) {
    const iso3 = iso3FromNumeric(raw.padStart(3, '0'));
    return iso3 ? { ok: true, iso3 } : { ok: false };
  }
  if (/^[A-Za-z]{3}$/.test(raw)) {
    const iso3 = normaliseCode(raw);
    if (iso3) return { ok: true, iso3 };
  }
  if (/^[A-Za-z]{2}$/.test(raw)) {
    const iso3 = normaliseCode(isoCountries.alpha2ToAlpha3(raw.toUpperCase()));
    if (iso3) return { ok: true, iso3 };
  }
  const key = foldKey(raw);
  const direct = byKey.get(key) ?? byKey.get(key.replace(/^the /, ''));
  if (direct) return { ok: true, iso3: direct };
  // "Korea, Republic of" → "Republic of Korea"
  const comma = raw.split(',');
  if (comma.length === 2) {
    const swapped = byKey.get(foldKey(`${comma[1]} ${comma[0]}`));
    if (swapped) return { ok: true, iso3: swapped };
  }
  const suggestion = closestCountry(key);
  return suggestion ? { ok: false, suggestion } : { ok: false };
}

function closestCountry(key: string): Iso3 | undefined {
  if (key.length < 3) return undefined;
  let best: Iso3 | undefined;
  let bestScore = Infinity;
  for (const [candidate, iso3] of byKey) {
    if (Math.abs(candidate.length - key.length) > 4) continue;
    const score = editDistance(key, candidate);
    if (score < bestScore) [best, bestScore] = [iso3, score];
  }
  // Accept up to one edit in four characters: "Germny" → DEU, but not "Atlantis".
  return bestScore <= Math.max(1, Math.floor(key.length / 4)) ? best : undefined;
}
