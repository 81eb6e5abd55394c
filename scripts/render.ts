/**
 * `npm run -s render -- --chart map|timeline|themes|matrix [--conference ID] [--theme ID[~ID]] [--from YYYY]
 *   [--to YYYY] [--span YYYY~YYYY] [--scheme light|dark] [--width PX] [--title T] [--subtitle T] [--note T]
 *   [--highlight ISO3~ISO3] [--palette print] [--base URL] [--out FILE.svg]`
 * Writes a chart as a standalone figure (SVG), from the same spec code as the page (src/lib/charts),
 * run under JSDOM on the bundled data, with the Contracts' DOM hooks, framed as the page's
 * downloads are: title, subtitle, legend with counts, keys, coverage, note, sources and permalink
 * (`--base` is the atlas' address the permalink starts with; without it, the query alone is
 * printed). Prints to stdout without --out.
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
  mapCounts,
  mapFigureLegend,
  mapLayers,
  paletteFor,
  themesFigureLegend,
  timelineFigureLegend,
  prepareWorld,
  themesHeatmapSpec,
  nameChartParts,
  timelineSpec,
  windowOfSpan,
  toSvgElement,
  type CountriesTopology,
  type FigureLegend,
} from '../src/lib/charts/index.ts';
import { countryName, loadTables, type Dataset } from '../src/lib/data/index.ts';
import { standaloneFigure } from '../src/lib/export/index.ts';
import {
  applyFilters,
  defaultFilters,
  describeMap,
  describeThemes,
  describeTimeline,
  highlightedItems,
  mapSources,
  parseHighlightInput,
  mapTitle,
  selectMapView,
  selectMatrix,
  selectThemes,
  selectTimeline,
  themesSources,
  THEMES_TITLE,
  TIMELINE_TITLE,
  timelineSources,
  type Filters,
} from '../src/lib/query/index.ts';
// The URL module alone: the state layer's index also holds the page's runes store.
import { filtersToSearch } from '../src/lib/state/urlState.ts';
import { readBundledSources } from './lib/readBundled.ts';
import { loadAllMessages } from '../src/lib/i18n/index.ts';

// The tools speak English: every English message, not only the first view's.
await loadAllMessages();

const USAGE =
  'usage: npm run -s render -- --chart map|timeline|themes|matrix [--conference ID] [--theme ID] [--from YYYY] [--to YYYY] [--span YYYY~YYYY] [--scheme light|dark] [--width PX] [--title TEXT] [--subtitle TEXT] [--note TEXT] [--highlight ISO3~ISO3] [--palette print] [--base URL] [--out FILE.svg]';

/** A chart drawn for a figure: how to draw it, and its default words and legend. */
interface Rendered {
  draw: (document: Document) => Element;
  title: string;
  subtitle: string;
  legend: FigureLegend;
}

type Renderer = (
  dataset: Dataset,
  filters: Filters,
  options: { width: number; scheme: 'light' | 'dark' },
) => Rendered;

/** Plot charts: their options drawn by Plot in `document`. */
const plot =
  (options: Plot.PlotOptions) =>
  (document: Document): Element => {
    const chart = Plot.plot({ ...options, document }) as unknown as Element;
    nameChartParts(chart);
    return chart;
  };

/** One line per chart: the page's own view model and spec. */
const CHARTS: Record<string, Renderer> = {
  map: (dataset, filters, { width, scheme }) => {
    const model = selectMapView(dataset, filters);
    if (!model) throw new Error('No conference in the data to draw.');
    const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as CountriesTopology;
    const world = prepareWorld(topology);
    const palette = paletteFor(scheme, filters.palette);
    const highlighted = filters.highlight;
    const spec = attendanceMapSpec(model, world, {
      width,
      palette,
      selected: null,
      region: filters.region,
      highlighted,
    });
    const counts = mapCounts(mapLayers(model, world, width));
    return {
      draw: (document) => toSvgElement(spec, document),
      title: mapTitle(model),
      subtitle: describeMap(model, filters.region),
      legend: mapFigureLegend(model, counts, palette, mapSources(model), highlighted.map(countryName)),
    };
  },
  timeline: (dataset, filters, { width, scheme }) => {
    const model = selectTimeline(dataset, applyFilters(dataset, filters), filters);
    const palette = paletteFor(scheme, filters.palette);
    return {
      draw: plot(
        timelineSpec({
          model,
          window: filters.span ? windowOfSpan(filters.span) : model.initial,
          width,
          palette,
          selected: filters.initiative,
          highlighted: highlightedItems(dataset, model, filters.highlight),
        }),
      ),
      title: TIMELINE_TITLE,
      subtitle: describeTimeline(model, filters.themes),
      legend: timelineFigureLegend(model, palette, timelineSources(dataset, model)),
    };
  },
  themes: (dataset, filters, { width, scheme }) => {
    const model = selectThemes(dataset, filters);
    const palette = paletteFor(scheme, filters.palette);
    return {
      draw: plot(themesHeatmapSpec({ model, width, palette, selected: null })),
      title: THEMES_TITLE,
      subtitle: describeThemes(model),
      legend: themesFigureLegend(model, palette, themesSources(dataset, model)),
    };
  },
  matrix: (dataset, filters, { scheme }) => {
    const model = selectMatrix(dataset, applyFilters(dataset, filters), filters);
    const palette = paletteFor(scheme, filters.palette);
    return {
      // The matrix draws its own key (shape for the role, fill for the evidence) inside its SVG.
      draw: (document) => toSvgElement(matrixSpec({ model, palette }), document),
      title: 'Who came back? States by conference',
      subtitle: `${model.rows.length} states by ${model.conferences.length} conferences: the role each had and how it is documented`,
      legend: {
        entries: [],
        defs: [],
        keys: [
          'A dot is "no record found": no source we found places the state there, not a record of absence.',
        ],
        coverage: null,
        sources: [...new Set(model.rows.flatMap((r) => r.cells.flatMap((c) => c.sources)))],
        sourceNote: "Each cell's sources: the data (CSV) at the link below.",
      },
    };
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
      title: { type: 'string' },
      subtitle: { type: 'string' },
      note: { type: 'string' },
      highlight: { type: 'string' },
      palette: { type: 'string', default: 'default' },
      base: { type: 'string' },
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

/** `--highlight FRA~DEU` (or names): ISO3 codes, exit 2 on what is not a state. */
function highlightArg(value: string | undefined): string[] {
  if (value === undefined) return [];
  const { codes, unknown } = parseHighlightInput(value);
  if (unknown.length) fail(`--highlight: not a state the atlas knows: ${unknown.join(', ')}.`);
  return codes;
}

const { dataset } = loadTables(readBundledSources());
const filters: Filters = {
  ...defaultFilters(),
  conferences: args.conference ? args.conference.split('~') : [],
  themes: args.theme ? args.theme.split('~') : [],
  from: year(args.from),
  to: year(args.to),
  span: args.span === undefined ? null : spanArg(args.span),
  highlight: highlightArg(args.highlight),
  palette:
    args.palette === 'print' || args.palette === 'default'
      ? args.palette
      : fail('--palette must be print (or default).'),
};
for (const id of filters.conferences)
  if (!dataset.conferenceById.has(id)) fail(`No conference "${id}" in the data.`);
for (const id of filters.themes) if (!dataset.themeById.has(id)) fail(`No theme "${id}" in the data.`);

const { document } = new JSDOM('<!doctype html><body></body>').window;
const rendered = render(dataset, filters, { width, scheme });
const chart = rendered.draw(document);
const palette = paletteFor(scheme, filters.palette);
// The user's words, as text (never markup), in place of the chart's own where given.
const words = (v: string | undefined): string => (v ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
const text = {
  title: words(args.title) || rendered.title,
  subtitle: words(args.subtitle) || rendered.subtitle,
  note: words(args.note),
};
const query = filtersToSearch({
  ...filters,
  embed: args.chart as Filters['embed'],
  title: words(args.title),
  subtitle: words(args.subtitle),
  note: words(args.note),
});
let permalink = query || '?';
if (args.base) {
  try {
    permalink = new URL(query, args.base).href;
  } catch {
    fail(`--base "${args.base}" is not a URL.`);
  }
}
const figure = standaloneFigure(chart, { text, legend: rendered.legend, permalink, palette });
const output = `<?xml version="1.0" encoding="UTF-8"?>\n${figure}\n`;
if (args.out) {
  writeFileSync(args.out, output);
  console.error(`wrote ${args.out}`);
} else process.stdout.write(output);
