// The benchmark's reference page: a bare Plot world map from world-atlas, nothing else. The app's
// page weight and load time are compared with this, in the same run.
import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries);
const width = document.body.clientWidth || 960;
document.getElementById('map')!.append(
  Plot.plot({
    width,
    projection: { type: 'equal-earth', domain: { type: 'Sphere' } },
    marks: [Plot.sphere(), Plot.geo(countries, { fill: '#d9d9d9', stroke: 'white' })],
  }),
);
