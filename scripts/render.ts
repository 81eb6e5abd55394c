/**
 * `npm run -s render -- --chart map|timeline|themes|matrix [--conference ID] [--theme ID[~ID]] [--from YYYY]
 *   [--to YYYY] [--span YYYY~YYYY] [--scheme light|dark] [--width PX] [--out FILE.svg]`
 * Writes a chart as a standalone SVG, from the same spec code as the page (src/lib/charts), run
 * under JSDOM on the bundled data, with the Contracts' DOM hooks. Prints to stdout without --out.
 * Exit status: 0 written; 2 bad arguments or an unknown id.
 * PNG is left to the page's download button: rasterising without a browser would need a native
 * library, which this project does not install.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import {
  attendanceMapSpec,
  matrixSpec,
  paletteFor,
  prepareWorld,
  themesHeatmapSpec,
  timelineSpec,
  windowOfSpan,
  toSvgElement,
  type CountriesTopology,
} from '../src/lib/charts/index.ts';
import { loadTables, type Dataset } from '../src/lib/data/index.ts';
import {
  applyFilters,
  defaultFilters,
  selectMapView,
  selectMatrix,
  selectThemes,
  selectTimeline,
  type Filters,
} from '../src/lib/query/index.ts';
import { readBundledSources } from './lib/readBundled.ts';

const USAGE =
  'usage: npm run -s render -- --chart map|timeline|themes|matrix [--conference ID] [--theme ID] [--from YYYY] [--to YYYY] [--span YYYY~YYYY] [--scheme light|dark] [--width PX] [--out FILE.svg]';

type Renderer = (
  dataset: Dataset,
  filters: Filters,
  options: { width: number; scheme: 'light' | 'dark' },
) => (document: Document) => Element;

/** Plot charts: their options drawn by Plot in `document`. */
const plot =
  (options: Plot.PlotOptions) =>
  (document: Document): Element =>
    Plot.plot({ ...options, document }) as unknown as Element;

/** One line per chart: the page's own view model and spec. */
const CHARTS: Record<string, Renderer> = {
  map: (dataset, filters, { width, scheme }) => {
    const model = selectMapView(dataset, filters);
    if (!model) throw new Error('No conference in the data to draw.');
    const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as CountriesTopology;
    const spec = attendanceMapSpec(model, prepareWorld(topology), {
      width,
      palette: paletteFor(scheme),
      selected: null,
      region: filters.region,
    });
    return (document) => toSvgElement(spec, document);
  },
  timeline: (dataset, filters, { width, scheme }) => {
    const model = selectTimeline(dataset, applyFilters(dataset, filters), filters);
    return plot(
      timelineSpec({
        model,
        window: filters.span ? windowOfSpan(filters.span) : model.initial,
        width,
        palette: paletteFor(scheme),
        selected: filters.initiative,
      }),
    );
  },
  themes: (dataset, filters, { width, scheme }) =>
    plot(
      themesHeatmapSpec({
        model: selectThemes(dataset, filters),
        width,
        palette: paletteFor(scheme),
        selected: null,
      }),
    ),
  matrix: (dataset, filters, { scheme }) => {
    const model = selectMatrix(dataset, applyFilters(dataset, filters), filters);
    return (document) => toSvgElement(matrixSpec({ model, palette: paletteFor(scheme) }), document);
  },
};

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      chart: { type: 'string' },
      conference: { type: 'string' },
      theme: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      span: { type: 'string' },
      scheme: { type: 'string', default: 'light' },
      width: { type: 'string', default: '960' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const render = CHARTS[args.chart ?? ''];
if (!render) fail(`--chart must be one of ${Object.keys(CHARTS).join(', ')}.`);
const scheme =
  args.scheme === 'dark'
    ? 'dark'
    : args.scheme === 'light'
      ? 'light'
      : fail('--scheme must be light or dark.');
const width = Number(args.width);
if (!Number.isInteger(width) || width < 320 || width > 4000)
  fail('--width must be a whole number of pixels, 320–4000.');
const year = (v: string | undefined): number | null =>
  v === undefined ? null : /^\d{4}$/.test(v) ? Number(v) : fail(`"${v}" is not a year.`);

function spanArg(v: string): [number, number] {
  const m = /^(\d{4})~(\d{4})$/.exec(v);
  if (!m || Number(m[1]) > Number(m[2])) fail(`"${v}" is not a span of years (YYYY~YYYY, first ≤ last).`);
  return [Number(m[1]), Number(m[2])];
}

const { dataset } = loadTables(readBundledSources());
const filters: Filters = {
  ...defaultFilters(),
  conferences: args.conference ? args.conference.split('~') : [],
  themes: args.theme ? args.theme.split('~') : [],
  from: year(args.from),
  to: year(args.to),
  span: args.span === undefined ? null : spanArg(args.span),
};
for (const id of filters.conferences)
  if (!dataset.conferenceById.has(id)) fail(`No conference "${id}" in the data.`);
for (const id of filters.themes) if (!dataset.themeById.has(id)) fail(`No theme "${id}" in the data.`);

const { document } = new JSDOM('<!doctype html><body></body>').window;
const svg = render(dataset, filters, { width, scheme })(document);
svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
const palette = paletteFor(scheme);
svg.setAttribute('style', `background: ${palette.background}; color: ${palette.text}`);
const text = `<?xml version="1.0" encoding="UTF-8"?>\n${svg.outerHTML.replaceAll('currentColor', palette.text)}\n`;
if (args.out) {
  writeFileSync(args.out, text);
  console.error(`wrote ${args.out}`);
} else process.stdout.write(text);
