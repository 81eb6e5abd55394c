import { prepareWorld, worldFromOutlines, type CountriesTopology, type World } from './geo';
import type { MapDrawWidth } from './drawWidth';
import { MAP_OUTLINES } from './outlines';

let world: Promise<World> | undefined;

/**
 * Loads the 1:110m world shapes once per page (a separate, cacheable chunk) and converts them once;
 * every later call gets the same promise.
 */
export function loadWorld(): Promise<World> {
  world ??= import('world-atlas/countries-110m.json').then((m) =>
    prepareWorld((m as unknown as { default: CountriesTopology }).default),
  );
  return world;
}

const outlines = new Map<MapDrawWidth, Promise<World>>();

/**
 * The world as outlines projected at build time for the unzoomed map at a width, once per page:
 * enough to draw that map, and much less work for the page than loadWorld's shapes.
 */
export function loadOutlines(width: MapDrawWidth): Promise<World> {
  let loaded = outlines.get(width);
  if (!loaded)
    outlines.set(width, (loaded = MAP_OUTLINES[width]().then((m) => worldFromOutlines(m.default))));
  return loaded;
}
