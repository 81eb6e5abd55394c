import { prepareWorld, type CountriesTopology, type World } from './geo';

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
