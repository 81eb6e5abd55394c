/**
 * A Vite plugin that serves `virtual:world-outlines/<width>`: every shape of the 1:110m world map
 * projected for the unzoomed map at one of its widths, as the page itself would project it
 * (prepareWorld and framePath, imported from src/), at build time. The first map then has no shapes
 * to load, convert or project: in Chromium that was a fifth of the time before it showed.
 * Zoomed in, or at any other width, the page still loads and projects the shapes itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import type { CountriesTopology, World } from '../../src/lib/charts/geo.ts';
import { MAP_DRAW_WIDTHS, type MapDrawWidth, type WorldOutlines } from '../../src/lib/charts/drawWidth.ts';

const PREFIX = 'virtual:world-outlines/';

type Charts = typeof import('../../src/lib/charts/index.ts');

let prepared: Promise<{ charts: Charts; world: World }> | undefined;

/** The page's chart code and the world's shapes, read and converted once for every width. */
function preparedWorld(): Promise<{ charts: Charts; world: World }> {
  prepared ??= (async () => {
    const { tsImport } = await import('tsx/esm/api');
    const charts = (await tsImport('../../src/lib/charts/index.ts', import.meta.url)) as Charts;
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    return {
      charts,
      world: charts.prepareWorld(JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology),
    };
  })();
  return prepared;
}

/** The outlines for a width (the virtual module's content, and what the tests compare with the page's). */
export async function worldOutlines(width: MapDrawWidth): Promise<WorldOutlines> {
  const { charts, world } = await preparedWorld();
  const frame = charts.mapFrame(width);
  return {
    width,
    // A coded shape's name is the page's own name for it; areas to six figures are more than the
    // marker threshold needs.
    shapes: world.shapes.map((s) => [
      s.iso3,
      s.iso3 ? null : s.name,
      Number(s.area.toPrecision(6)),
      charts.framePath(frame, s.feature!),
    ]),
  };
}

export function worldOutlinesPlugin(): Plugin {
  return {
    name: 'atlas:world-outlines',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const width = Number(id.slice(PREFIX.length + 1)) as MapDrawWidth;
      if (!MAP_DRAW_WIDTHS.includes(width)) throw new Error(`No world outlines at width ${width}`);
      // JSON.parse of one string literal is parsed faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(await worldOutlines(width)))});`;
    },
  };
}
