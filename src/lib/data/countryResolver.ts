import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { allCountries, iso3FromNumeric, normaliseIso3, type Iso3 } from './countries';
import { countryKey, invertedName, lookupKeys, unbracketedName } from './countryKeys';
import aliases from './generated/country-aliases.json';
import { editDistance, foldKey } from './text';

/**
 * Names neither library gives, each a documented exception, matched on the folded cell as written:
 * "Congo (the)" is the UN terminology database's and ISO 3166's short name for the Republic of the
 * Congo, although "Congo" alone is not resolved; "Cabo Verde" and "West Bank and Gaza" are the
 * World Bank's names; "Korea, Dem. Rep." its name before 2017, "Dem. Rep. Korea" Natural Earth's;
 * the others are informal and former names seen in conference reports.
 */
const ALIASES: Readonly<Record<string, string>> = {
  'congo the': 'COG',
  'cabo verde': 'CPV',
  'west bank and gaza': 'PSE',
  'korea dem rep': 'PRK',
  'dem rep korea': 'PRK',
  'korea south': 'KOR',
  'korea north': 'PRK',
  'fyr macedonia': 'MKD',
  britain: 'GBR',
};

/**
 * Names several states go by that no library lists twice, so nothing would mark them: "Virgin
 * Islands" (British or U.S.), "Korea" (Republic or Democratic People's Republic), "Guiana" (Guyana,
 * once British Guiana, or French Guiana; world-countries gives it to the latter). A cell that says
 * only this is not resolved, and gets no suggestion, since any one would be a guess.
 */
const AMBIGUOUS = ['virgin is', 'korea', 'coree', 'corea', 'iles vierges', 'islas virgenes', 'guiana'];

/**
 * What a key means: one state, or null when it names several. `rank` orders the evidence: 0 a name
 * as a library gives it, 1 its inverted reading ("Korea, Republic of" → "Republic of Korea"),
 * 2 its reading without brackets. A lower rank wins; a tie between two states makes the key
 * ambiguous ("Congo" is both Congos' name in i18n-iso-countries).
 */
interface Entry {
  iso3: Iso3 | null;
  rank: number;
}

let index: Map<string, Entry> | undefined;
let localesLoaded = false;

/** Records a name and its derived readings; `keep` leaves keys already known untouched. */
function remember(byKey: Map<string, Entry>, name: string, iso3: Iso3, keep?: ReadonlySet<string>): void {
  const readings: [string | undefined, number][] = [
    [name, 0],
    [invertedName(name), 1],
    [unbracketedName(name), 2],
  ];
  for (const [reading, rank] of readings) {
    if (!reading) continue;
    const key = countryKey(reading);
    if (!key || keep?.has(key)) continue;
    const known = byKey.get(key);
    if (!known || rank < known.rank) byKey.set(key, { iso3, rank });
    else if (rank === known.rank && known.iso3 !== iso3) known.iso3 = null;
  }
}

/**
 * The name index, built on first use: reading a user's file needs it, drawing the bundled data does
 * not, so the first page load skips its cost. English names from i18n-iso-countries and
 * world-countries; French and Spanish ones join after loadCountryLocales().
 */
function nameIndex(): Map<string, Entry> {
  if (index) return index;
  isoCountries.registerLocale(english);
  const byKey = new Map<string, Entry>();
  const seen = new Set<string>();
  const add = (name: string, iso3: Iso3): void => {
    // The libraries repeat many names; each name and state is read once.
    if (seen.has(iso3 + name)) return;
    seen.add(iso3 + name);
    remember(byKey, name, iso3);
  };
  for (const [iso2, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
    const iso3 = normaliseIso3(isoCountries.alpha2ToAlpha3(iso2));
    if (iso3) for (const name of names) add(name, iso3);
  }
  const spellings = aliases as Record<string, string[]>;
  for (const country of allCountries())
    for (const name of [country.name, ...(spellings[country.iso3] ?? [])]) add(name, country.iso3);
  for (const key of AMBIGUOUS) byKey.set(key, { iso3: null, rank: 0 });
  index = byKey;
  if (localesLoaded) addLocaleNames(byKey, localeNames);
  return byKey;
}

type LocaleNames = [string, string[]][];
let localeNames: LocaleNames = [];

/**
 * Adds French and Spanish names under keys English does not already use, so that loading them
 * never changes how an English name resolves (Spanish "Congo" stays ambiguous, as in English).
 */
function addLocaleNames(byKey: Map<string, Entry>, names: LocaleNames): void {
  const english = new Set(byKey.keys());
  for (const [iso3, list] of names) {
    const code = normaliseIso3(iso3);
    if (code) for (const name of list) remember(byKey, name, code, english);
  }
}

/**
 * Loads the French and Spanish country names (i18n-iso-countries' own fr and es locales, and
 * world-countries' official and common names) in a separate chunk, and adds them to the index.
 * Until it resolves, a French or Spanish name simply does not resolve. Safe to call twice.
 */
export async function loadCountryLocales(): Promise<void> {
  if (localesLoaded) return;
  const [fr, es, more] = await Promise.all([
    import('i18n-iso-countries/langs/fr.json'),
    import('i18n-iso-countries/langs/es.json'),
    import('./generated/country-names-fr-es.json'),
  ]);
  const names: LocaleNames = [];
  for (const locale of [fr.default, es.default]) {
    isoCountries.registerLocale(locale);
    for (const [iso2, list] of Object.entries(isoCountries.getNames(locale.locale, { select: 'all' })))
      names.push([isoCountries.alpha2ToAlpha3(iso2) ?? '', list]);
  }
  names.push(...Object.entries(more.default as Record<string, string[]>));
  if (localesLoaded) return;
  localeNames = names;
  localesLoaded = true;
  if (index) addLocaleNames(index, names);
}

/** Whether loadCountryLocales() has finished: French and Spanish names resolve from then on. */
export function countryLocalesLoaded(): boolean {
  return localesLoaded;
}

/**
 * Whether a file's country cells call for loadCountryLocales(): true when the locales are not yet
 * loaded and some name does not resolve in English. Deliberately simple: a typo alone also loads
 * them, which costs one small chunk and changes no English result.
 */
export function needsCountryLocales(names: Iterable<string>): boolean {
  if (localesLoaded) return false;
  for (const name of names) if (match(name.trim()) === undefined) return true;
  return false;
}

export type CountryResolution = { ok: true; iso3: Iso3 } | { ok: false; suggestion?: Iso3 };

/**
 * Resolves a country written in any common convention to ISO3: codes (ISO2, ISO3, numeric) and
 * names as libraries and registers write them. "Korea, Republic of", "Korea, Rep." and "Republic
 * of Korea (the)" → KOR, "Hong Kong SAR, China" → HKG, "410" → KOR, "XK" → XKX; after
 * loadCountryLocales(), "Corée du Sud" → KOR. A name that several states go by ("Congo",
 * "Korea") is not resolved and gets no suggestion. Otherwise, when nothing matches, it suggests
 * the closest known name if one state is clearly closest; a suggestion is never applied here.
 */
export function resolveCountry(input: string): CountryResolution {
  const raw = input.trim();
  const found = match(raw);
  if (found) return { ok: true, iso3: found };
  if (found === null) return { ok: false };
  const suggestion = closestCountry(countryKey(raw));
  return suggestion ? { ok: false, suggestion } : { ok: false };
}

/**
 * The state a trimmed cell names; null when it cannot name one (empty, an unknown number, a name
 * several states share), undefined when nothing matches it.
 */
function match(raw: string): Iso3 | null | undefined {
  if (!raw) return null;
  const code = resolveCode(raw);
  if (code) return code;
  if (/^\d+$/.test(raw)) return null;
  const alias = ALIASES[foldKey(raw)];
  if (alias) return alias as Iso3;
  const byKey = nameIndex();
  const found = new Set<Iso3 | null>();
  for (const key of lookupKeys(raw)) {
    const entry = byKey.get(key);
    if (entry) found.add(entry.iso3);
  }
  // One state, on every reading that matched; two states, or a shared name, is no answer.
  if (found.size === 1) return [...found][0]!;
  return found.size > 1 ? null : undefined;
}

/** ISO 3166-1 numeric, alpha-3 or alpha-2 codes, with Kosovo's spellings as XKX. */
function resolveCode(raw: string): Iso3 | undefined {
  if (/^\d{1,3}$/.test(raw)) return iso3FromNumeric(raw);
  if (/^[A-Za-z]{3}$/.test(raw)) return normaliseIso3(raw);
  if (/^[A-Za-z]{2}$/.test(raw)) return normaliseIso3(isoCountries.alpha2ToAlpha3(raw.toUpperCase()));
  return undefined;
}

function closestCountry(key: string): Iso3 | undefined {
  if (key.length < 3) return undefined;
  // Accept up to one edit in four characters: "Germny" → DEU, but not "Atlantis". Names whose
  // length differs by more cannot be that close, so they are not compared.
  const most = Math.max(1, Math.floor(key.length / 4));
  const short = shortWords(key);
  let best: Iso3 | null = null;
  let bestScore = Infinity;
  const longer = new Set<Iso3 | null>();
  for (const [candidate, entry] of nameIndex()) {
    // "Dominican" begins "Dominican Republic": the cell may mean that state, so no guess.
    if (candidate.startsWith(`${key} `)) longer.add(entry.iso3);
    if (Math.abs(candidate.length - key.length) > most) continue;
    // A short word carries the meaning ("UK" and "US" Virgin Islands): it must match as it is.
    if (shortWords(candidate) !== short) continue;
    const score = editDistance(key, candidate);
    if (score < bestScore) [best, bestScore] = [entry.iso3, score];
    // Two states as close as each other ("Nigera": Niger or Nigeria?) suggest neither.
    else if (score === bestScore && entry.iso3 !== best) best = null;
  }
  if (!best || bestScore > most) return undefined;
  return [...longer].every((iso3) => iso3 === best) ? best : undefined;
}

/** The words of three letters or fewer in a key, in order: "uk virgin is" → "uk is". */
function shortWords(key: string): string {
  return key
    .split(' ')
    .filter((word) => word.length <= 3)
    .join(' ');
}
