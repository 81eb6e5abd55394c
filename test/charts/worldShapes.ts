import { readFileSync } from 'node:fs';
import { prepareWorld, type CountriesTopology, type World } from '$lib/charts';

/** The world map's shapes as the page loads them (world-atlas 1:110m, converted by prepareWorld). */
export const worldShapes = (): World =>
  prepareWorld(
    JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as CountriesTopology,
  );
