/**
 * Generates src/lib/data/generated/countries.json (what the map needs: name, region, marker point,
 * numeric code) and src/lib/data/generated/country-aliases.json (other spellings, only needed to read
 * a user's file) from two maintained sources, so that the app carries no hand-written country table:
 * - world-countries (mledoze/countries): region, subregion, English alternative spellings;
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

const require = createRequire(import.meta.url);
const byName = new Intl.Collator('en');
const OUT = new URL('../src/lib/data/generated/countries.json', import.meta.url);
const ALIASES_OUT = new URL('../src/lib/data/generated/country-aliases.json', import.meta.url);

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string; official: string };
  altSpellings: string[];
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

/** The two generated files' texts: the country facts, and the other spellings by ISO3. */
export function generateCountries(): { countries: string; aliases: string } {
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
        // Kosovo has no ISO numeric code; 983 is the user-assigned one i18n-iso-countries uses.
        numeric: c.ccn3 || (c.cca3 === 'UNK' ? '983' : null),
        name: c.name.common,
        region: c.region,
        subregion: c.subregion || c.region,
        onBaseMap: findShape(small, c) !== undefined,
        point,
        aliases: [...new Set([c.name.official, ...c.altSpellings].filter(isUsefulSpelling))],
      };
    })
    // In name order, as Intl.Collator('en') sorts them, so that the page can sort states by name
    // without a collator of its own (see compareCountryNames).
    .sort((a, b) => byName.compare(a.name, b.name) || a.iso3.localeCompare(b.iso3));
  const aliases = Object.fromEntries(rows.map((r) => [r.iso3, r.aliases]));
  const facts = rows.map(({ aliases: _, ...facts }) => facts);
  return {
    countries: JSON.stringify(facts, null, 2) + '\n',
    aliases: JSON.stringify(aliases, null, 2) + '\n',
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const texts = generateCountries();
  for (const [url, text] of [
    [OUT, texts.countries],
    [ALIASES_OUT, texts.aliases],
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
