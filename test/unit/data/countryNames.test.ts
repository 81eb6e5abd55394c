import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import isoCountries from 'i18n-iso-countries';
import french from 'i18n-iso-countries/langs/fr.json';
import spanish from 'i18n-iso-countries/langs/es.json';
import worldCountriesNames from '../../../src/lib/data/generated/country-names-fr-es.json';
import englishSpellings from '../../../src/lib/data/generated/country-aliases.json';
import englishNames from 'i18n-iso-countries/langs/en.json';
import {
  allCountries,
  countryLocalesLoaded,
  isIso3,
  loadCountryLocales,
  needsCountryLocales,
  resolveCountry,
} from '$lib/data';
import {
  FRENCH_NAMES,
  LOCALE_NEAR_MISSES,
  NEAR_MISSES,
  OTHER_REGISTER_NAMES,
  SECOND_SAMPLE_ENGLISH,
  SECOND_SAMPLE_LOCALES,
  SPANISH_NAMES,
  UN_NAMES,
  WORLD_BANK_NAMES,
  type CorpusName,
} from './countryCorpus';

interface Tally {
  correct: number;
  wrong: string[];
  unresolved: string[];
}

/** How a list of names fares: right, wrong (another state) or not resolved. */
function tally(names: { name: string; iso3: string | null }[]): Tally {
  const result: Tally = { correct: 0, wrong: [], unresolved: [] };
  for (const { name, iso3 } of names) {
    const found = resolveCountry(name);
    if (found.ok ? found.iso3 === iso3 : iso3 === null) result.correct++;
    else if (found.ok) result.wrong.push(`${name} → ${found.iso3}`);
    else result.unresolved.push(name);
  }
  return result;
}

const ENGLISH: CorpusName[] = [...UN_NAMES, ...WORLD_BANK_NAMES, ...OTHER_REGISTER_NAMES];
const LOCALES: CorpusName[] = [...FRENCH_NAMES, ...SPANISH_NAMES];
const everyName = (): string[] => [
  ...ENGLISH.map((c) => c.name),
  ...NEAR_MISSES.map((c) => c.name),
  ...SECOND_SAMPLE_ENGLISH.map((c) => c.name),
  ...allCountries().map((c) => c.name),
];
// What English-only resolution gives, to check that loading the locales changes none of it.
let englishOnly: string[] = [];
const snapshot = (): string[] => everyName().map((name) => JSON.stringify(resolveCountry(name)));

describe('country names in English, as registers write them', () => {
  test.each(UN_NAMES)('UN: $name → $iso3', ({ name, iso3 }) => {
    expect(resolveCountry(name)).toEqual({ ok: true, iso3 });
  });

  test.each(WORLD_BANK_NAMES)('World Bank: $name → $iso3', ({ name, iso3 }) => {
    expect(resolveCountry(name)).toEqual({ ok: true, iso3 });
  });

  test.each(OTHER_REGISTER_NAMES)('ISO, ITU, CoE, former names: $name → $iso3', ({ name, iso3 }) => {
    expect(resolveCountry(name)).toEqual({ ok: true, iso3 });
  });

  test.each(NEAR_MISSES)('near miss: $name → $iso3', ({ name, iso3 }) => {
    const found = resolveCountry(name);
    expect(found.ok ? found.iso3 : null).toBe(iso3);
  });

  test('every state resolves from its own display name', () => {
    for (const country of allCountries())
      expect(resolveCountry(country.name), country.name).toEqual({ ok: true, iso3: country.iso3 });
  });

  test('every English name of the libraries resolves to its own state, or not at all', () => {
    const lists: [string, string[]][] = [
      ...Object.entries(englishNames.countries).map(([iso2, names]): [string, string[]] => [
        isoCountries.alpha2ToAlpha3(iso2)!.replace('XKK', 'XKX'),
        [names].flat(),
      ]),
      ...Object.entries(englishSpellings as Record<string, string[]>),
    ];
    const wrong: string[] = [];
    const unresolved: string[] = [];
    for (const [own, names] of lists)
      for (const name of names) {
        const found = resolveCountry(name);
        if (found.ok && found.iso3 !== own) wrong.push(`${name} → ${found.iso3}, not ${own}`);
        else if (!found.ok) unresolved.push(name);
      }
    expect(wrong).toEqual([]);
    // Only the names several states go by.
    expect(new Set(unresolved)).toEqual(new Set(['Congo', 'Virgin Islands', 'Guiana']));
  });

  test('the whole English corpus: none wrong, none unresolved', () => {
    const result = tally([...ENGLISH, ...NEAR_MISSES]);
    expect(result.wrong).toEqual([]);
    expect(result.unresolved).toEqual([]);
    expect(result.correct).toBe(ENGLISH.length + NEAR_MISSES.length);
  });

  test('a second sample, written after the rules: none wrong, one Natural Earth label unresolved', () => {
    const result = tally(SECOND_SAMPLE_ENGLISH);
    expect(result.wrong).toEqual([]);
    expect(result.unresolved).toEqual(['Bosnia and Herz.']);
  });

  test('a name several states go by, or none, is not resolved and suggests nothing', () => {
    for (const { name } of NEAR_MISSES.filter((near) => near.iso3 === null))
      expect(resolveCountry(name), name).toEqual({ ok: false });
  });

  test('a typo is only a suggestion, never a resolution', () => {
    expect(resolveCountry('Nigerria')).toEqual({ ok: false, suggestion: 'NGA' });
    expect(resolveCountry('Domnica')).toEqual({ ok: false, suggestion: 'DMA' });
    // As close to Niger as to Nigeria: no suggestion rather than a guess.
    expect(resolveCountry('Nigera')).toEqual({ ok: false });
    expect(resolveCountry('Korea, Rep')).toEqual({ ok: true, iso3: 'KOR' });
    expect(resolveCountry('Koreaa, Rep.')).toMatchObject({ ok: false });
  });

  test('case, spacing and punctuation do not change a resolution', () => {
    const names = [...ENGLISH, ...NEAR_MISSES].map((c) => c.name);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), (name, upper) => {
        const variant = ` ${upper ? name.toUpperCase() : name.toLowerCase()}  `.replace(/ /g, '  ');
        expect(resolveCountry(variant)).toEqual(resolveCountry(name));
      }),
      { numRuns: 200 },
    );
  });

  test('any text resolves to a known state or to nothing, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const found = resolveCountry(text);
        if (found.ok) expect(isIso3(found.iso3)).toBe(true);
        else if (found.suggestion) expect(isIso3(found.suggestion)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('French and Spanish names before their locales load', () => {
  test('they are not loaded until asked for', () => {
    expect(countryLocalesLoaded()).toBe(false);
  });

  test('none resolves to a wrong state; only names spelt as in English resolve', () => {
    const result = tally(LOCALES);
    expect(result.wrong).toEqual([]);
    // "Côte d'Ivoire", "Suisse", "Belgique", "Algérie", "Israël" and others that world-countries
    // gives as English alternative spellings, or that are spelt alike.
    expect(result.correct).toBeLessThan(LOCALES.length / 5);
    expect(resolveCountry('Allemagne')).toEqual({ ok: false });
    expect(resolveCountry('Corée du Sud')).toMatchObject({ ok: false });
  });

  test('needsCountryLocales says when a file calls for them', () => {
    expect(needsCountryLocales(['Germany', 'France', 'Korea, Rep.'])).toBe(false);
    expect(needsCountryLocales(['Germany', 'Allemagne'])).toBe(true);
    expect(needsCountryLocales(['Alemania'])).toBe(true);
    englishOnly = snapshot();
  });
});

describe('French and Spanish names after loadCountryLocales()', () => {
  beforeAll(async () => {
    await loadCountryLocales();
  });

  test('they are loaded, and a file no longer needs them', () => {
    expect(countryLocalesLoaded()).toBe(true);
    expect(needsCountryLocales(['Allemagne', 'Atlantis'])).toBe(false);
  });

  test.each(FRENCH_NAMES)('French: $name → $iso3', ({ name, iso3 }) => {
    expect(resolveCountry(name)).toEqual({ ok: true, iso3 });
  });

  test.each(SPANISH_NAMES)('Spanish: $name → $iso3', ({ name, iso3 }) => {
    expect(resolveCountry(name)).toEqual({ ok: true, iso3 });
  });

  test.each(LOCALE_NEAR_MISSES)('near miss: $name → $iso3', ({ name, iso3 }) => {
    const found = resolveCountry(name);
    expect(found.ok ? found.iso3 : null).toBe(iso3);
  });

  test('the whole French and Spanish corpus: none wrong, none unresolved', () => {
    const result = tally([...LOCALES, ...LOCALE_NEAR_MISSES]);
    expect(result.wrong).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });

  test('a second sample, written after the rules: none wrong, two unresolved', () => {
    const result = tally(SECOND_SAMPLE_LOCALES);
    expect(result.wrong).toEqual([]);
    expect(result.unresolved).toEqual(['República Francesa', 'Birmania']);
  });

  test('loading them changes no English resolution', () => {
    expect(englishOnly.length).toBeGreaterThan(400);
    expect(snapshot()).toEqual(englishOnly);
  });

  test('a French or Spanish name several states go by suggests nothing either', () => {
    for (const { name } of LOCALE_NEAR_MISSES.filter((near) => near.iso3 === null))
      expect(resolveCountry(name), name).toEqual({ ok: false });
  });

  test('every French and Spanish name of the libraries resolves to its own state, or not at all', () => {
    const lists: [string, string[]][] = [
      ...[french, spanish].flatMap((locale) =>
        Object.entries(locale.countries).map(([iso2, names]): [string, string[]] => [
          isoCountries.alpha2ToAlpha3(iso2)!.replace('XKK', 'XKX'),
          [names].flat(),
        ]),
      ),
      ...Object.entries(worldCountriesNames as Record<string, string[]>),
    ];
    const wrong: string[] = [];
    let resolved = 0;
    for (const [own, names] of lists)
      for (const name of names) {
        const found = resolveCountry(name);
        if (found.ok && found.iso3 !== own) wrong.push(`${name} → ${found.iso3}, not ${own}`);
        else if (found.ok) resolved++;
      }
    // world-countries calls Sint Maarten "Saint-Martin" in French; the English name wins, and
    // means the French part, as a French file would.
    expect(wrong).toEqual(['Saint-Martin → MAF, not SXM']);
    expect(resolved).toBeGreaterThan(900);
  });

  test('loading twice is harmless', async () => {
    await loadCountryLocales();
    expect(resolveCountry('Pays-Bas')).toEqual({ ok: true, iso3: 'NLD' });
  });
});
