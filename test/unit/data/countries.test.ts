import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  allCountries,
  compareCountryNames,
  countryInfo,
  countryName,
  iso3FromNumeric,
  isIso3,
  resolveCountry,
} from '$lib/data';

describe('resolveCountry', () => {
  const cases: { input: string; expected: string }[] = [
    { input: 'KOR', expected: 'KOR' },
    { input: 'kor', expected: 'KOR' },
    { input: 'KR', expected: 'KOR' },
    { input: '410', expected: 'KOR' },
    { input: '36', expected: 'AUS' },
    { input: 'Korea, Republic of', expected: 'KOR' },
    { input: 'Republic of Korea', expected: 'KOR' },
    { input: 'South Korea', expected: 'KOR' },
    { input: 'Turkey', expected: 'TUR' },
    { input: 'Türkiye', expected: 'TUR' },
    { input: 'Swaziland', expected: 'SWZ' },
    { input: 'Eswatini', expected: 'SWZ' },
    { input: 'Czech Republic', expected: 'CZE' },
    { input: 'Czechia', expected: 'CZE' },
    { input: 'Ivory Coast', expected: 'CIV' },
    { input: "Côte d'Ivoire", expected: 'CIV' },
    { input: 'Cote d’Ivoire', expected: 'CIV' },
    { input: 'Holy See', expected: 'VAT' },
    { input: 'Vatican', expected: 'VAT' },
    { input: 'Lao PDR', expected: 'LAO' },
    { input: "Lao People's Democratic Republic", expected: 'LAO' },
    { input: 'Kosovo', expected: 'XKX' },
    { input: 'XK', expected: 'XKX' },
    { input: 'XKK', expected: 'XKX' },
    { input: 'XKX', expected: 'XKX' },
    { input: 'Russian Federation', expected: 'RUS' },
    { input: 'Russia', expected: 'RUS' },
    { input: 'United States of America', expected: 'USA' },
    { input: 'UK', expected: 'GBR' },
    { input: 'The Netherlands', expected: 'NLD' },
    { input: 'Viet Nam', expected: 'VNM' },
    { input: '  Germany  ', expected: 'DEU' },
    { input: 'Bosnia & Herzegovina', expected: 'BIH' },
  ];
  test.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(resolveCountry(input)).toEqual({ ok: true, iso3: expected });
  });

  test('an unknown name suggests the closest known state', () => {
    expect(resolveCountry('Germny')).toEqual({ ok: false, suggestion: 'DEU' });
    expect(resolveCountry('Frnace')).toEqual({ ok: false, suggestion: 'FRA' });
  });

  test('a name far from any state gets no suggestion', () => {
    expect(resolveCountry('Atlantis')).toEqual({ ok: false });
    expect(resolveCountry('')).toEqual({ ok: false });
    expect(resolveCountry('999')).toEqual({ ok: false });
  });
});

describe('country facts', () => {
  test('names, regions and marker points come from the generated table', () => {
    expect(countryName('KOR')).toBe('South Korea');
    expect(countryInfo('MLT')).toMatchObject({ region: 'Europe', onBaseMap: false });
    expect(countryInfo('XKX')).toMatchObject({ name: 'Kosovo', region: 'Europe' });
    const [lon, lat] = countryInfo('SGP')!.point;
    expect(lon).toBeCloseTo(103.8, 0);
    expect(lat).toBeCloseTo(1.35, 0);
  });

  test('every UN member state is known, with a point on the globe', () => {
    const all = allCountries();
    expect(all.length).toBeGreaterThanOrEqual(249);
    for (const c of all) {
      expect(Math.abs(c.point[0])).toBeLessThanOrEqual(180);
      expect(Math.abs(c.point[1])).toBeLessThanOrEqual(90);
    }
  });

  test('states sort by name as Intl.Collator does, with no collator at run time', () => {
    const collator = new Intl.Collator('en');
    const codes = allCountries().map((c) => c.iso3 as string);
    fc.assert(
      fc.property(fc.shuffledSubarray(codes), fc.constantFrom('ZZZ', 'EUU', 'QQQ'), (some, unknown) => {
        const byName = (a: string, b: string) => collator.compare(countryName(a), countryName(b));
        const list = [...some, unknown];
        expect([...list].sort(compareCountryNames).map(countryName)).toEqual(
          [...list].sort(byName).map(countryName),
        );
      }),
      { numRuns: 100 },
    );
    // Accents count for less than letters: Åland Islands comes among the As, Réunion before Romania.
    const names = allCountries().map((c) => c.name);
    expect(names.indexOf('Åland Islands')).toBeLessThan(names.indexOf('Albania'));
    expect(names.indexOf('Réunion')).toBeLessThan(names.indexOf('Romania'));
  });

  test('codes', () => {
    expect(isIso3('KOR')).toBe(true);
    expect(isIso3('ZZZ')).toBe(false);
    expect(iso3FromNumeric('250')).toBe('FRA');
    expect(iso3FromNumeric('983')).toBe('XKX');
  });
});
