import { symbol } from 'd3';
import { themeLabel } from '$lib/format';
import { t } from '$lib/i18n';
import {
  mapCoverageLine,
  mapKeyLabel,
  type MapKey,
  type MapModel,
  type ThemesModel,
  type TimelineModel,
} from '$lib/query';
import { MAP_SYMBOLS, mapKeyStyle, patternTile } from '../map/mapStyles';
import { seriesColour, type Palette } from '../palette';
import type { SvgNode } from '../svgTree';
import { formatMetric, themesRamp } from '../themes/themesScale';
import type { FigureLegend, LegendEntry } from './figureFrame';

const PREFIX = 'lpa-legend';
/** The lane of initiatives with no theme (selectTimeline's UNTHEMED_LANE, not imported: see below). */
const UNTHEMED_LANE = 'other';

/** A 20 × 14 patch of a fill, outlined, at the left of a 40 × 16 swatch box. */
const patch = (fill: string, stroke: string, strokeWidth = 0.75): SvgNode => ({
  tag: 'rect',
  attributes: {
    x: '1',
    y: '1',
    width: '20',
    height: '14',
    fill,
    stroke,
    'stroke-width': String(strokeWidth),
  },
});

/** A marker shape at the right of a swatch box. */
const marker = (kind: keyof typeof MAP_SYMBOLS, fill: string, stroke: string, x = 31): SvgNode => ({
  tag: 'path',
  attributes: {
    d: symbol(MAP_SYMBOLS[kind], 64)() ?? '',
    transform: `translate(${x} 8)`,
    fill,
    stroke,
    'stroke-width': '1.25',
  },
});

/** A map class's swatch (its fill or pattern, outline and marker shape) and the pattern it needs. */
export function mapKeySwatch(key: MapKey, p: Readonly<Palette>): { swatch: SvgNode[]; defs: SvgNode[] } {
  const style = mapKeyStyle(key, p);
  const defs: SvgNode[] = [];
  if (style.pattern) {
    const tile = patternTile(style);
    defs.push({
      tag: 'pattern',
      attributes: {
        id: `${PREFIX}-${key}`,
        patternUnits: 'userSpaceOnUse',
        width: String(tile.size),
        height: String(tile.size),
        ...(tile.rotate ? { patternTransform: `rotate(${tile.rotate})` } : {}),
      },
      children: tile.elements.map((e) => ({ tag: e.tag, attributes: e.attributes })),
    });
  }
  const fill = style.pattern ? `url(#${PREFIX}-${key})` : style.fill;
  const swatch = [
    patch(fill, style.outline ?? p.muted, style.outline ? 2 : 0.75),
    marker(style.symbol, style.symbol === 'times' ? 'none' : style.fill, style.stroke),
  ];
  return { swatch, defs };
}

/**
 * The map's legend for an exported figure: each class with its swatch and how many states the map
 * draws in it (no record included), the highlighted states by name, the coverage line, and the
 * sources of the conferences shown.
 */
export function mapFigureLegend(
  model: MapModel,
  counts: Partial<Record<MapKey, number>>,
  p: Readonly<Palette>,
  sources: string[],
  highlighted: readonly string[] = [],
): FigureLegend {
  const defs: SvgNode[] = [];
  const entries: LegendEntry[] = model.keys.map((key) => {
    const swatch = mapKeySwatch(key, p);
    defs.push(...swatch.defs);
    return { label: mapKeyLabel(key, model), count: counts[key] ?? 0, swatch: swatch.swatch };
  });
  if (highlighted.length)
    entries.push({
      label: t('figures.legend.highlighted', { names: highlighted.join(t('figures.listSeparator')) }),
      count: null,
      swatch: [patch('none', p.text, 2)],
      swatchWidth: 22,
    });
  return {
    entries,
    defs,
    keys: [t('figures.map.key')],
    coverage: mapCoverageLine(model),
    sources,
    sourceNote: t('figures.map.sourceNote'),
  };
}

/**
 * The timeline's legend for an exported figure: the conference diamond and each theme lane's
 * colour, with how many items each draws; bars and dots explained.
 */
export function timelineFigureLegend(
  model: TimelineModel,
  p: Readonly<Palette>,
  sources: string[],
): FigureLegend {
  const count = (lane: string): number =>
    new Set(model.items.filter((i) => i.lane === lane).map((i) => i.id)).size;
  const entries: LegendEntry[] = model.lanes.map((lane, i) =>
    // The conferences' lane holds the conferences (its id is not imported, to keep the timeline's
    // selector off the map view's path).
    model.items.some((item) => item.lane === lane.id && item.kind === 'conference')
      ? {
          label: t('figures.timeline.conference'),
          count: count(lane.id),
          swatch: [marker('diamond', p.text, p.background, 9)],
          swatchWidth: 18,
        }
      : {
          label: lane.id === UNTHEMED_LANE ? t('figures.timeline.noTheme') : themeLabel(lane),
          count: count(lane.id),
          swatch: [patch(seriesColour(p, lane.colour, i), p.name === 'print' ? p.muted : p.background)],
          swatchWidth: 22,
        },
  );
  return {
    entries,
    defs: [],
    keys: [t('figures.timeline.key')],
    coverage: null,
    sources,
    sourceNote: t('figures.timeline.sourceNote'),
  };
}

/**
 * The themes heatmap's legend for an exported figure: the shading from least to most, the ◆ key
 * for official agendas, and the sources of the texts counted.
 */
export function themesFigureLegend(
  model: ThemesModel,
  p: Readonly<Palette>,
  sources: string[],
): FigureLegend {
  const max = Math.max(0, ...model.cells.map((c) => c.value));
  const [low, high] = themesRamp(p);
  const range = { low: formatMetric(0, model.metric), high: formatMetric(max, model.metric) };
  const shade =
    model.metric === 'count'
      ? t('figures.themes.shadeCount', range)
      : model.metric === 'per-1000'
        ? t('figures.themes.shadePer1000', range)
        : t('figures.themes.shadeShare', range);
  const gradient: SvgNode = {
    tag: 'linearGradient',
    attributes: { id: `${PREFIX}-ramp` },
    children: [
      { tag: 'stop', attributes: { offset: '0', 'stop-color': low } },
      { tag: 'stop', attributes: { offset: '1', 'stop-color': high } },
    ],
  };
  const agenda = model.cells.filter((c) => c.onAgenda).length;
  return {
    entries: [
      {
        label: shade,
        count: null,
        swatch: [
          {
            tag: 'rect',
            attributes: {
              x: '1',
              y: '1',
              width: '38',
              height: '14',
              fill: `url(#${PREFIX}-ramp)`,
              stroke: p.muted,
              'stroke-width': '0.75',
            },
          },
        ],
      },
      {
        label: t('figures.themes.agenda'),
        count: agenda,
        swatch: [
          { tag: 'text', attributes: { x: '2', y: '12.5', 'font-size': '12', fill: p.text }, text: '◆' },
        ],
        swatchWidth: 12,
      },
    ],
    defs: [gradient],
    keys: [
      t('figures.themes.agendaKey'),
      ...(model.cells.some((c) => !c.chosen) ? [t('figures.themes.faded')] : []),
      ...(model.uncounted.length ? [t('figures.themes.uncounted', { count: model.uncounted.length })] : []),
    ],
    coverage: t('figures.themes.coverage', {
      count: model.columns.reduce((s, c) => s + c.documents.length, 0),
    }),
    sources,
    sourceNote: t('figures.themes.sourceNote'),
  };
}
