import { geoArea } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { allCountries, countryInfo, countryName, iso3FromNumeric } from '$lib/data';
import type { WorldOutlines } from './drawWidth';

/** One country shape of the base map, with its ISO3 code when it has one. */
export interface WorldShape {
  /** ISO3, or null for areas with no code (Northern Cyprus, Somaliland). */
  iso3: string | null;
  name: string;
  /** Its place in the world's shapes (and in outlines made for it). */
  index: number;
  /** The shape itself; absent from a world made of outlines alone. */
  feature?: Feature<Geometry>;
  /** Area on the unit sphere (steradians), to tell which states are too small to see. */
  readonly area: number;
}

/** The base map, converted from TopoJSON once and indexed by ISO3. */
export interface World {
  shapes: WorldShape[];
  byIso3: ReadonlyMap<string, WorldShape>;
  /**
   * Each shape's path data on the unzoomed map at one width, projected at build time; a world with
   * these and no features can draw only that map.
   */
  outlines?: { width: number; paths: readonly (string | null)[] };
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Converts world-atlas TopoJSON to shapes keyed by ISO3. Shapes with no numeric id are matched by
 * their exact name (world-atlas leaves Kosovo without one); those still unmatched keep iso3 = null.
 */
export function prepareWorld(topology: CountriesTopology): World {
  const byName = new Map(allCountries().map((c) => [c.name, c.iso3]));
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const shapes = collection.features.map((f, index): WorldShape => {
    const byId = f.id !== undefined ? iso3FromNumeric(String(f.id)) : undefined;
    const iso3 = byId ?? byName.get(f.properties.name) ?? null;
    // Measured when first asked: the map asks only about the states in its data.
    let area: number | undefined;
    return {
      iso3,
      name: iso3 ? (countryInfo(iso3)?.name ?? f.properties.name) : f.properties.name,
      index,
      feature: f,
      get area() {
        return (area ??= geoArea(f));
      },
    };
  });
  return { shapes, byIso3: indexByIso3(shapes) };
}

function indexByIso3(shapes: readonly WorldShape[]): Map<string, WorldShape> {
  const byIso3 = new Map<string, WorldShape>();
  for (const s of shapes) if (s.iso3 && !byIso3.has(s.iso3)) byIso3.set(s.iso3, s);
  return byIso3;
}

/** A world made of outlines projected at build time: it draws the unzoomed map at their width. */
export function worldFromOutlines({ width, shapes: rows }: WorldOutlines): World {
  const shapes = rows.map(([iso3, name, area], index): WorldShape => ({
    iso3,
    name: name ?? countryName(iso3!),
    index,
    area,
  }));
  return { shapes, byIso3: indexByIso3(shapes), outlines: { width, paths: rows.map((row) => row[3]) } };
}
