import * as Plot from '@observablehq/plot';
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  symbolWye,
} from 'd3';
import { t, type MessageKey } from '$lib/i18n';
import type { ThemeCell, ThemesModel } from '$lib/query';
import { seriesColour, type Palette } from '../palette';
import { formatMetric, themesRamp } from './themesScale';
import { tagElements } from '../tagElements';

export interface ThemesSpecInput {
  model: ThemesModel;
  width: number;
  palette: Readonly<Palette>;
  /** The cell whose detail is open (`group` + `theme`), drawn with a ring. */
  selected: { group: string; theme: string } | null;
}

/** Marker shapes that tell the themes apart in print, where their colours are greys. */
export const PRINT_SYMBOLS = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'star',
  'cross',
  'times',
  'wye',
] as const;

/** The SVG path of the nth theme's print marker, centred on 0,0, for legends beside the chart. */
export function printSymbolPath(index: number, area = 48): string {
  // Looked up when called, not when the module loads (the chart modules load before d3 in the page).
  const shapes = {
    circle: symbolCircle,
    square: symbolSquare,
    triangle: symbolTriangle,
    diamond: symbolDiamond,
    star: symbolStar,
    cross: symbolCross,
    times: symbolTimes,
    wye: symbolWye,
  } as const;
  return symbol(shapes[PRINT_SYMBOLS[index % PRINT_SYMBOLS.length]!], area)() ?? '';
}

/** Each theme's colour in a palette (greys by theme order in print): themeColours(model, p)('cybercrime'). */
export function themeColours(model: ThemesModel, palette: Readonly<Palette>): (theme: string) => string {
  const colour = new Map(model.themes.map((theme, i) => [theme.id, seriesColour(palette, theme.colour, i)]));
  return (theme) => colour.get(theme) ?? palette.muted;
}

type Basis = ThemesModel['basis'];
type Group = ThemesModel['group'];

/** The chart's name for screen readers, by basis and grouping (initiatives and agendas have no "by text"). */
const HEATMAP_LABEL = {
  texts: {
    conference: 'themes.chart.heatmap.texts.conference',
    document: 'themes.chart.heatmap.texts.document',
    year: 'themes.chart.heatmap.texts.year',
  },
  initiatives: {
    conference: 'themes.chart.heatmap.initiatives.conference',
    document: 'themes.chart.heatmap.initiatives.conference',
    year: 'themes.chart.heatmap.initiatives.year',
  },
  agendas: {
    conference: 'themes.chart.heatmap.agendas.conference',
    document: 'themes.chart.heatmap.agendas.conference',
    year: 'themes.chart.heatmap.agendas.year',
  },
} as const satisfies Record<Basis, Record<Group, MessageKey>>;

const BARS_LABEL = {
  texts: {
    conference: 'themes.chart.bars.texts.conference',
    document: 'themes.chart.bars.texts.document',
    year: 'themes.chart.bars.texts.year',
  },
  initiatives: {
    conference: 'themes.chart.bars.initiatives.conference',
    document: 'themes.chart.bars.initiatives.conference',
    year: 'themes.chart.bars.initiatives.year',
  },
  agendas: {
    conference: 'themes.chart.bars.agendas.conference',
    document: 'themes.chart.bars.agendas.conference',
    year: 'themes.chart.bars.agendas.year',
  },
} as const satisfies Record<Basis, Record<Group, MessageKey>>;

/** "Share of theme mentions (%)", of initiative themes, of agenda themes: the shares' axis. */
const SHARE_AXIS = {
  texts: 'themes.chart.shareAxis.texts',
  initiatives: 'themes.chart.shareAxis.initiatives',
  agendas: 'themes.chart.shareAxis.agendas',
} as const satisfies Record<Basis, MessageKey>;

/** What a count counts, as an axis label: mentions, initiatives, conferences. */
export const COUNT_LABEL = {
  texts: 'themes.metric.count',
  initiatives: 'themes.basis.initiatives',
  agendas: 'themes.metric.conferences',
} as const satisfies Record<Basis, MessageKey>;

/** A cell's value with its unit where the basis is not texts ("3 initiatives"); texts as before. */
function valueText(c: ThemeCell, model: ThemesModel): string {
  if (model.basis === 'texts' || model.metric !== 'count') return formatMetric(c.value, model.metric);
  return model.basis === 'initiatives'
    ? t('themes.unit.initiatives', { count: c.value })
    : t('themes.unit.conferences', { count: c.value });
}

/** A cell's name for screen readers: "Privacy, Seoul 2013: 5, on the official agenda". */
function cellLabel(c: ThemeCell, model: ThemesModel): string {
  const params = { name: c.themeLabel, column: c.groupLabel, value: valueText(c, model) };
  return c.onAgenda ? t('themes.cell.labelAgenda', params) : t('themes.cell.label', params);
}

/**
 * Marks the column labels a drawn themes chart shows in English in another language's page (a
 * text's title, a conference without a name in that language) lang="en", for screen readers. The
 * columns are the x axis of the heatmap and the trend, the y axis of the bars.
 */
export function markColumnLangs(chart: Element, model: ThemesModel, axis: 'x' | 'y'): void {
  const ticks = chart.querySelectorAll(`[aria-label="${axis}-axis tick label"] text`);
  if (ticks.length !== model.columns.length) return;
  ticks.forEach((tick, i) => {
    const lang = model.columns[i]!.lang;
    if (lang) tick.setAttribute('lang', lang);
    else tick.removeAttribute('lang');
  });
}

const groupAttribute = (model: ThemesModel): string =>
  model.group === 'document' ? 'data-document' : model.group === 'year' ? 'data-year' : 'data-conference';

function tag(model: ThemesModel, cells: ThemeCell[]) {
  return tagElements(cells, (c) => ({
    // An image with a name; the interactive heatmap makes its cells buttons once drawn.
    role: 'img',
    'data-theme': c.theme,
    [c.ownText ? 'data-document' : groupAttribute(model)]: c.group,
    'aria-label': cellLabel(c, model),
  }));
}

const truncate = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * The theme × column heatmap (pure): one cell per theme and conference (or document, or year),
 * shaded by the chosen metric and labelled with its value, a diamond where the conference put the
 * theme on its official agenda. Cells carry data-theme and data-conference (or data-document).
 */
export function themesHeatmapSpec({ model, width, palette, selected }: ThemesSpecInput): Plot.PlotOptions {
  const columns = model.columns.map((c) => c.id);
  const label = new Map(model.columns.map((c) => [c.id, c.label]));
  const max = Math.max(...model.cells.map((c) => c.value), 1e-9);
  const dark = palette.name === 'dark';
  const picked = model.cells.filter((c) => c.group === selected?.group && c.theme === selected.theme);
  return {
    width,
    height: model.themes.length * 36 + 90,
    marginLeft: width < 560 ? 130 : 210,
    marginBottom: 56,
    style: { background: 'transparent', color: palette.text, fontSize: '12px' },
    ariaLabel: t(HEATMAP_LABEL[model.basis][model.group]),
    x: {
      domain: columns,
      label: null,
      tickFormat: (id: string) => truncate(label.get(id) ?? id, model.group === 'document' ? 14 : 18),
      tickRotate: columns.length > 6 ? -30 : 0,
    },
    y: {
      domain: model.themes.map((theme) => theme.id),
      label: null,
      tickFormat: (id: string) =>
        truncate(model.themes.find((theme) => theme.id === id)?.label ?? id, width < 560 ? 17 : 27),
    },
    color: {
      type: 'linear',
      domain: [0, max],
      range: themesRamp(palette),
    },
    marks: [
      Plot.cell(model.cells, {
        x: 'group',
        y: 'theme',
        fill: 'value',
        inset: 1,
        fillOpacity: (c: ThemeCell) => (c.chosen ? 1 : 0.35),
        render: tag(model, model.cells),
      }),
      Plot.text(model.cells, {
        x: 'group',
        y: 'theme',
        text: (c: ThemeCell) => formatMetric(c.value, model.metric),
        // Strong cells of chosen themes are dark in light mode and pale in dark mode: flip the text.
        fill: (c: ThemeCell) =>
          c.chosen && c.value / max > 0.55 ? (dark ? '#121417' : '#ffffff') : palette.text,
        ariaHidden: 'true',
      }),
      Plot.text(
        model.cells.filter((c) => c.onAgenda),
        {
          x: 'group',
          y: 'theme',
          text: () => '◆',
          dx: 16,
          dy: -9,
          fontSize: 10,
          fill: palette.text,
          ariaHidden: 'true',
        },
      ),
      Plot.cell(picked, {
        x: 'group',
        y: 'theme',
        fill: 'none',
        stroke: palette.focus,
        strokeWidth: 3,
        ariaHidden: 'true',
      }),
    ],
  };
}

/**
 * Theme shares as stacked bars, one bar per column (pure): what part of all theme mentions each
 * theme takes, so columns of different lengths compare. Each segment carries the same data hooks.
 */
export function themesBarsSpec({
  model,
  width,
  palette,
}: Omit<ThemesSpecInput, 'selected'>): Plot.PlotOptions {
  const label = new Map(model.columns.map((c) => [c.id, c.label]));
  const cells = model.cells.filter((c) => c.count > 0);
  const themeColour = themeColours(model, palette);
  return {
    width,
    height: model.columns.length * 30 + 50,
    marginLeft: width < 560 ? 110 : 160,
    style: { background: 'transparent', color: palette.text, fontSize: '12px' },
    ariaLabel: t(BARS_LABEL[model.basis][model.group]),
    x: { domain: [0, 100], label: `${t(SHARE_AXIS[model.basis])} →`, percent: true },
    y: {
      domain: model.columns.map((c) => c.id),
      label: null,
      tickFormat: (id: string) => truncate(label.get(id) ?? id, width < 560 ? 14 : 22),
    },
    marks: [
      Plot.barX(
        cells,
        Plot.stackX({
          x: 'share',
          y: 'group',
          fill: (c: ThemeCell) => themeColour(c.theme),
          fillOpacity: (c: ThemeCell) => (c.chosen ? 1 : 0.35),
          stroke: palette.background,
          order: model.themes.map((theme) => theme.id),
          z: 'theme',
          render: tag(model, cells),
        }),
      ),
      Plot.ruleX([0], { ariaHidden: 'true' }),
    ],
  };
}

/**
 * Theme trend across the columns in order (conferences by date, or years): one line per theme in
 * the chosen metric and its theme colour, a dot per value carrying the data hooks (pure). The view
 * names the colours in a legend beside it.
 */
export function themesTrendSpec({
  model,
  width,
  palette,
}: Omit<ThemesSpecInput, 'selected'>): Plot.PlotOptions {
  const label = new Map(model.columns.map((c) => [c.id, c.label]));
  const colour = themeColours(model, palette);
  const print = palette.name === 'print';
  const shape = new Map(model.themes.map((theme, i) => [theme.id, PRINT_SYMBOLS[i % PRINT_SYMBOLS.length]!]));
  return {
    width,
    height: 320,
    marginRight: 20,
    style: { background: 'transparent', color: palette.text, fontSize: '12px' },
    ariaLabel: model.group === 'year' ? t('themes.chart.trend.years') : t('themes.chart.trend.conferences'),
    x: {
      domain: model.columns.map((c) => c.id),
      label: null,
      tickFormat: (id: string) => truncate(label.get(id) ?? id, 14),
    },
    y: {
      label:
        model.metric === 'share'
          ? t(SHARE_AXIS[model.basis])
          : model.metric === 'per-1000'
            ? t('themes.chart.per1000Axis')
            : t(COUNT_LABEL[model.basis]),
      grid: true,
      percent: model.metric === 'share',
    },
    marks: [
      Plot.line(model.cells, {
        x: 'group',
        y: 'value',
        z: 'theme',
        stroke: (c: ThemeCell) => colour(c.theme),
        strokeWidth: (c: ThemeCell) => (c.chosen ? 2.5 : 1),
        strokeOpacity: (c: ThemeCell) => (c.chosen ? 1 : 0.35),
        ariaHidden: 'true',
      }),
      Plot.dot(model.cells, {
        x: 'group',
        y: 'value',
        fill: (c: ThemeCell) => colour(c.theme),
        r: 3.5,
        // In print each theme also has its own marker shape, outlined so that pale greys show.
        ...(print
          ? { symbol: (c: ThemeCell) => shape.get(c.theme), stroke: palette.text, strokeWidth: 0.75, r: 4.5 }
          : {}),
        render: tag(model, model.cells),
      }),
    ],
  };
}
