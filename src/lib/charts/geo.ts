import { geoArea } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { allCountries, countryInfo, iso3FromNumeric } from '$lib/data';

/** One country shape of the base map, with its ISO3 code when it has one. */
export interface WorldShape {
  /** ISO3, or null for areas with no code (Northern Cyprus, Somaliland). */
  iso3: string | null;
  name: string;
  feature: Feature<Geometry>;
  /** Area on the unit sphere (steradians), to tell which states are too small to see. */
  readonly area: number;
}

/** The base map, converted from TopoJSON once and indexed by ISO3. */
export interface World {
  shapes: WorldShape[];
  byIso3: ReadonlyMap<string, WorldShape>;
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
  const shapes = collection.features.map((f): WorldShape => {
    const byId = f.id !== undefined ? iso3FromNumeric(String(f.id)) : undefined;
    const iso3 = byId ?? byName.get(f.properties.name) ?? null;
    // Measured when first asked: the map asks only about the states in its data.
    let area: number | undefined;
    return {
      iso3,
      name: iso3 ? (countryInfo(iso3)?.name ?? f.properties.name) : f.properties.name,
      feature: f,
      get area() {
        return (area ??= geoArea(f));
      },
    };
  });
  const byIso3 = new Map<string, WorldShape>();
  for (const s of shapes) if (s.iso3 && !byIso3.has(s.iso3)) byIso3.set(s.iso3, s);
  return { shapes, byIso3 };
}
