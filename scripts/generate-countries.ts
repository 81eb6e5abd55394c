/**
 * Generates src/lib/data/generated/countries.json (what the map needs: name, region, marker point,
 * numeric code), src/lib/data/generated/country-aliases.json (other spellings, only needed to read
 * a user's file) and src/lib/data/generated/country-names-fr-es.json (French and Spanish common and
 * official names, loaded only for a file that needs them) from two maintained sources, so that the
 * app carries no hand-written country table:
 * - world-countries (mledoze/countries): region, subregion, English alternative spellings,
 *   French and Spanish names;
 * - world-atlas (Natural Earth): a marker point per state, the centroid of its largest polygon at
 *   1:50m (1:10m where 1:50m lacks it), and whether the 1:110m map the app draws has a shape for it.
 *
 * Usage: npm run -s generate:countries [-- --check]   (--check exits 1 when the file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { foldKey } from '../src/lib/data/text';

const require = createRequire(import.meta.url);
const byName = new Intl.Collator('en');
const OUT = new URL('../src/lib/data/generated/countries.json', import.meta.url);
const ALIASES_OUT = new URL('../src/lib/data/generated/country-aliases.json', import.meta.url);
const LOCALES_OUT = new URL('../src/lib/data/generated/country-names-fr-es.json', import.meta.url);
// ISO 3166-1 alpha-2 codes, by which Intl.DisplayNames names the states in the page's language.
const ALPHA2_OUT = new URL('../src/lib/i18n/generated/alpha2.json', import.meta.url);

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { official: string; common: string }>;
  region: string;
  subregion: string;
  latlng: [number, number];
  unMember: boolean;
}

type Shape = Feature<Polygon | MultiPolygon, { name: string }>;

function shapesOf(file: string): Shape[] {
  const topo = require(`world-atlas/${file}`) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return feature(topo, topo.objects.countries).features as Shape[];
}

/** Kosovo has no ISO 3166-1 code; world-countries calls it UNK, the atlas uses XKX. */
const toAtlasIso3 = (cca3: string): string => (cca3 === 'UNK' ? 'XKX' : cca3);

function largestPolygonCentroid(shape: Shape): [number, number] {
  const polygons: Polygon['coordinates'][] =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  let best = polygons[0]!;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates });
    if (area > bestArea) [best, bestArea] = [coordinates, area];
  }
  const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: best });
  return [round(lon), round(lat)];
}

const round = (x: number): number => Math.round(x * 100) / 100;

function findShape(shapes: Shape[], country: WorldCountry): Shape | undefined {
  return (
    shapes.find((s) => s.id !== undefined && s.id === country.ccn3) ??
    shapes.find((s) => s.id === undefined && s.properties.name === country.name.common)
  );
}

// Only plain Latin spellings are useful for matching English-language user files.
const isUsefulSpelling = (s: string): boolean => s.length > 3 && /^[A-Za-z\u00C0-\u017F\s.,'’()&-]+$/.test(s);

type LocaleFile = { countries: Record<string, string | string[]> };
const LOCALES = ['fr', 'es'].map((lang) => require(`i18n-iso-countries/langs/${lang}.json`) as LocaleFile);

/**
 * French and Spanish names (common and official) by ISO3, less those i18n-iso-countries' own fr and
 * es locales already give: the resolver loads both, and this file adds the other forms.
 */
function frenchAndSpanishNames(country: WorldCountry): string[] {
  const given = new Set(
    LOCALES.flatMap((locale) => [locale.countries[country.cca2] ?? []].flat().map(foldKey)),
  );
  const names = ['fra', 'spa'].flatMap((lang) => {
    const t = country.translations[lang];
    return t ? [t.common, t.official] : [];
  });
  return [...new Set(names)].filter((name) => !given.has(foldKey(name)));
}

/** The generated files' texts: the country facts, the other spellings and French and Spanish names. */
export function generateCountries(): { countries: string; aliases: string; locales: string; alpha2: string } {
  const countries = require('world-countries') as WorldCountry[];
  const small = shapesOf('countries-110m.json');
  const mid = shapesOf('countries-50m.json');
  const fine = shapesOf('countries-10m.json');
  const rows = countries
    .map((c) => {
      const shape = findShape(mid, c) ?? findShape(fine, c);
      const point = shape ? largestPolygonCentroid(shape) : [round(c.latlng[1]), round(c.latlng[0])];
      return {
        iso3: toAtlasIso3(c.cca3),
        alpha2: c.cca2,
        // Kosovo has no ISO numeric code; 983 is the user-assigned one i18n-iso-countries uses.
        numeric: c.ccn3 || (c.cca3 === 'UNK' ? '983' : null),
        name: c.name.common,
        region: c.region,
        subregion: c.subregion || c.region,
        onBaseMap: findShape(small, c) !== undefined,
        point,
        aliases: [...new Set([c.name.official, ...c.altSpellings].filter(isUsefulSpelling))],
        locales: frenchAndSpanishNames(c),
      };
    })
    // In name order, as Intl.Collator('en') sorts them, so that the page can sort states by name
    // without a collator of its own (see compareCountryNames).
    .sort((a, b) => byName.compare(a.name, b.name) || a.iso3.localeCompare(b.iso3));
  const aliases = Object.fromEntries(rows.map((r) => [r.iso3, r.aliases]));
  const locales = Object.fromEntries(rows.map((r) => [r.iso3, r.locales]));
  const alpha2 = Object.fromEntries(
    rows.map((r) => [r.iso3, r.alpha2]).sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
  const facts = rows.map(({ aliases: _, locales: __, alpha2: ___, ...facts }) => facts);
  return {
    countries: JSON.stringify(facts, null, 2) + '\n',
    aliases: JSON.stringify(aliases, null, 2) + '\n',
    locales: JSON.stringify(locales, null, 2) + '\n',
    alpha2: JSON.stringify(alpha2, null, 2) + '\n',
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const texts = generateCountries();
  for (const [url, text] of [
    [OUT, texts.countries],
    [ALIASES_OUT, texts.aliases],
    [LOCALES_OUT, texts.locales],
    [ALPHA2_OUT, texts.alpha2],
  ] as const) {
    if (process.argv.includes('--check')) {
      if (readFileSync(url, 'utf8') !== text) {
        console.error(`${url.pathname} is stale: run npm run generate:countries`);
        process.exit(1);
      }
    } else {
      writeFileSync(url, text);
      console.log(`wrote ${url.pathname}`);
    }
  }
}
