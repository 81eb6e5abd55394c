import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { allCountries, iso3FromNumeric, normaliseIso3, type Iso3 } from './countries';
import aliases from './generated/country-aliases.json';
import { editDistance, foldKey } from './text';

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

let index: Map<string, Iso3> | undefined;

/**
 * The folded-name index, built on first use: reading a user's file needs it, drawing the bundled
 * data does not, so the first page load skips its cost.
 */
function nameIndex(): Map<string, Iso3> {
  if (index) return index;
  isoCountries.registerLocale(english);
  const byKey = new Map<string, Iso3>();
  const remember = (key: string, iso3: Iso3): void => {
    const folded = foldKey(key);
    if (folded && !byKey.has(folded)) byKey.set(folded, iso3);
  };
  // Library names first (they win ties), then world-countries' spellings, then our aliases.
  for (const [iso2, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
    const iso3 = normaliseIso3(isoCountries.alpha2ToAlpha3(iso2));
    if (iso3) for (const name of names) remember(name, iso3);
  }
  const spellings = aliases as Record<string, string[]>;
  for (const country of allCountries())
    for (const name of [country.name, ...(spellings[country.iso3] ?? [])]) remember(name, country.iso3);
  for (const [key, iso3] of Object.entries(ALIASES)) byKey.set(foldKey(key), iso3 as Iso3);
  return (index = byKey);
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
    const iso3 = iso3FromNumeric(raw);
    return iso3 ? { ok: true, iso3 } : { ok: false };
  }
  if (/^[A-Za-z]{3}$/.test(raw)) {
    const iso3 = normaliseIso3(raw);
    if (iso3) return { ok: true, iso3 };
  }
  if (/^[A-Za-z]{2}$/.test(raw)) {
    const iso3 = normaliseIso3(isoCountries.alpha2ToAlpha3(raw.toUpperCase()));
    if (iso3) return { ok: true, iso3 };
  }
  const key = foldKey(raw);
  const byKey = nameIndex();
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
  for (const [candidate, iso3] of nameIndex()) {
    if (Math.abs(candidate.length - key.length) > 4) continue;
    const score = editDistance(key, candidate);
    if (score < bestScore) [best, bestScore] = [iso3, score];
  }
  // Accept up to one edit in four characters: "Germny" → DEU, but not "Atlantis".
  return bestScore <= Math.max(1, Math.floor(key.length / 4)) ? best : undefined;
}
