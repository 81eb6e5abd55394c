import { symbol } from 'd3';
import { initiativeName } from '$lib/format';
import { t } from '$lib/i18n';
import { conferenceTitle, type MapKey, type MapModel } from '$lib/query';
import type { World } from '../geo';
import type { Palette } from '../palette';
import type { SvgNode } from '../svgTree';
import { framePath, MAP_SPHERE, mapGraticule } from './mapFrame';
import { mapLayers, mapStateLabel, shapePath, type MapDatum, type MapLayers } from './mapLayers';
import { MAP_LABEL_SIZE, placeMapLabels } from './mapLabels';
import { MAP_SYMBOLS, mapKeyStyle, patternTile, shapeFill } from './mapStyles';

export interface MapSpecOptions {
  width: number;
  palette: Readonly<Palette>;
  /** Prefix for the SVG pattern ids, unique per page. */
  idPrefix?: string;
  /** ISO3 of a state to outline (the open profile). */
  selected?: string | null;
  /** ISO3 codes of states to outline and label (URL `highlight=`); their elements get data-highlight. */
  highlighted?: readonly string[];
  /** A region preset to zoom to ("Europe"); null = the world. */
  region?: string | null;
  /**
   * Shift of every layer in px, so that thin lines fall on whole pixels: 0.5 on a screen of
   * device pixel ratio 1 (as Plot does), 0 elsewhere and in exports.
   */
  offset?: number;
}

const hooks = (d: MapDatum, kind: 'shape' | 'marker', highlighted: boolean): Record<string, string> => ({
  'data-iso3': d.iso3,
  'data-status': d.status,
  'data-key': d.key,
  'data-kind': kind,
  ...(d.user ? { 'data-origin': 'user' } : {}),
  ...(highlighted ? { 'data-highlight': 'true' } : {}),
  'aria-label': mapStateLabel(d, highlighted),
});

/** A plain-language description of what the map shows, for the SVG's aria-label. */
function describe(model: MapModel): string {
  const name = (c: MapModel['conference']): string => (c ? conferenceTitle(c) : '');
  if (model.mode === 'membership')
    return t('map.svg.membership', { group: model.initiative ? initiativeName(model.initiative) : '' });
  if (model.mode === 'compare')
    return t('map.svg.compare', { a: name(model.base), b: name(model.conference) });
  if (model.mode === 'cumulative') return t('map.svg.cumulative', { event: name(model.conference) });
  return t('map.svg.attendance', { event: name(model.conference) });
}

const ROUND = { 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
const DECORATION = { 'aria-hidden': 'true', 'pointer-events': 'none' };
/** A stably sorted copy, by a number. */
const sortBy = <T>(list: readonly T[], by: (d: T) => number): T[] =>
  list
    .map((d, i) => [d, by(d), i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([d]) => d);
const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * The participation map as an SVG tree (see svgTree.ts): Equal Earth (zoomed to a region preset
 * when asked), each state filled by class (solid, hatched, dotted, crossed or plain, hosts
 * outlined), markers with a shape per class for small states, the selected state outlined. Every
 * state element carries the Contracts' hooks, data-iso3 and data-status, plus data-key (its class),
 * data-kind (shape or marker) and an aria-label ("South Korea: host"). Pure: no DOM.
 */
export function attendanceMapSpec(model: MapModel, world: World, options: MapSpecOptions): SvgNode {
  const { width, palette: p } = options;
  const prefix = options.idPrefix ?? 'lpa-map';
  const layers = mapLayers(model, world, width, options.region ?? null);
  const { frame } = layers;
  const style = (key: MapKey) => mapKeyStyle(key, p);
  const offset = options.offset ?? 0;
  const transform: Record<string, string> = offset ? { transform: `translate(${offset},${offset})` } : {};
  const path = (d: string | null): SvgNode => ({ tag: 'path', attributes: { d: d ?? '' } });
  const pathOf = (s: MapLayers['shapes'][number]): string => shapePath(frame, world, s.shape) ?? '';
  // Markers shrink on a phone, where small states crowd together, and stop growing past 880 px;
  // a state with no record is drawn smaller than one that took part. The ring around a selected
  // marker follows.
  const radius = Math.min(5.5, Math.max(3, width / 160));
  const markerRadius = (d: MapDatum): number => (d.key === 'no-record' ? 0.65 * radius : radius);
  const at = (d: MapDatum): [number, number] => frame.project(d.point) ?? [0, 0];
  const selectedShapes = layers.shapes.filter((s) => s.iso3 === options.selected);
  const selectedMarkers = layers.markers.filter((s) => s.iso3 === options.selected);
  const highlighted = new Set(options.highlighted ?? []);
  const lit = (d: MapDatum): boolean => highlighted.has(d.iso3);
  const group = (attributes: Record<string, string>, children: SvgNode[]): SvgNode => ({
    tag: 'g',
    attributes: { ...attributes, ...transform },
    children,
  });
  return {
    tag: 'svg',
    attributes: {
      width: String(width),
      height: String(frame.height),
      viewBox: `0 0 ${width} ${frame.height}`,
      'aria-label': describe(model),
      style: `background: transparent; color: ${p.text}`,
    },
    children: [
      patternDefs(prefix, model.keys, p),
      group({ fill: p.ocean, stroke: p.graticule, 'stroke-width': '1.5', ...ROUND, ...DECORATION }, [
        path(framePath(frame, MAP_SPHERE)),
      ]),
      group({ fill: 'none', stroke: p.graticule, ...ROUND, ...DECORATION }, [
        path(framePath(frame, mapGraticule())),
      ]),
      group(
        { fill: p.otherLand, stroke: p.border, 'stroke-width': '0.5', ...ROUND, 'aria-hidden': 'true' },
        layers.unclaimed.map((s) => path(shapePath(frame, world, s))),
      ),
      group(
        { stroke: p.border, 'stroke-width': '0.5', ...ROUND },
        layers.shapes.map((s) => ({
          tag: 'path',
          attributes: {
            d: pathOf(s),
            fill: shapeFill(s.key, style(s.key), prefix),
            ...hooks(s, 'shape', lit(s)),
          },
        })),
      ),
      group(
        { fill: 'none', 'stroke-width': '1.5', ...ROUND, ...DECORATION },
        layers.shapes
          .filter((s) => style(s.key).outline)
          .map((s) => ({ tag: 'path', attributes: { d: pathOf(s), stroke: style(s.key).outline! } })),
      ),
      group(
        {},
        // Larger markers first, so that smaller ones are drawn on top of them (Plot's order).
        sortBy(layers.markers, (d) => -markerRadius(d)).map((d) => {
          const s = style(d.key);
          const r = markerRadius(d);
          const [x, y] = at(d);
          return {
            tag: 'path',
            attributes: {
              transform: `translate(${num(x)},${num(y)})`,
              d: symbol(MAP_SYMBOLS[s.symbol], r * r * Math.PI)() ?? '',
              fill: s.fill,
              stroke: s.stroke,
              'stroke-width': d.key === 'no-record' ? '0.75' : '1.25',
              ...hooks(d, 'marker', lit(d)),
            },
          };
        }),
      ),
      group(
        { fill: 'none', stroke: p.highlight, 'stroke-width': '2.5', ...ROUND, ...DECORATION },
        selectedShapes.map((s) => path(pathOf(s))),
      ),
      group(
        { fill: 'none', stroke: p.highlight, 'stroke-width': '2.5', ...DECORATION },
        selectedMarkers.map((d) => {
          const [x, y] = at(d);
          return { tag: 'circle', attributes: { cx: num(x), cy: num(y), r: String(radius + 4.5) } };
        }),
      ),
      ...(highlighted.size
        ? highlightLayers(layers, highlighted, { at, pathOf, radius, width, height: frame.height, p })
        : []),
    ],
  };
}

/**
 * The highlighted states (URL `highlight=`): a heavy outline in the text colour over a halo of the
 * background, so it shows on every fill, and their names placed beside them inside the chart.
 */
function highlightLayers(
  layers: MapLayers,
  highlighted: ReadonlySet<string>,
  g: {
    at: (d: MapDatum) => [number, number];
    pathOf: (s: MapLayers['shapes'][number]) => string;
    radius: number;
    width: number;
    height: number;
    p: Readonly<Palette>;
  },
): SvgNode[] {
  const shapes = layers.shapes.filter((s) => highlighted.has(s.iso3));
  const markers = layers.markers.filter((d) => highlighted.has(d.iso3));
  const outline = (stroke: string, width: string): SvgNode[] => [
    ...shapes.map((s) => ({ tag: 'path', attributes: { d: g.pathOf(s), stroke, 'stroke-width': width } })),
    ...markers.map((d) => {
      const [x, y] = g.at(d);
      return {
        tag: 'circle',
        attributes: { cx: num(x), cy: num(y), r: String(g.radius + 3), stroke, 'stroke-width': width },
      };
    }),
  ];
  // One label per state, at its label point (a marker's place, or the state's own point).
  const named = new Map<string, MapDatum>();
  for (const d of [...markers, ...shapes]) if (!named.has(d.iso3)) named.set(d.iso3, d);
  const labels = placeMapLabels(
    [...named.values()].map((d) => {
      const [x, y] = g.at(d);
      return { id: d.iso3, text: d.name, x, y };
    }),
    g.width,
    g.height,
  );
  return [
    {
      tag: 'g',
      attributes: { fill: 'none', ...ROUND, ...DECORATION },
      children: [...outline(g.p.background, '4.5'), ...outline(g.p.text, '2')],
    },
    {
      tag: 'g',
      attributes: {
        'font-size': String(MAP_LABEL_SIZE),
        'font-weight': 'bold',
        fill: g.p.text,
        stroke: g.p.background,
        'stroke-width': '3',
        'paint-order': 'stroke',
        'stroke-linejoin': 'round',
        'data-map-labels': '',
        ...DECORATION,
      },
      children: labels.map((l) => ({
        tag: 'text',
        attributes: {
          x: num(l.tx),
          y: num(l.ty),
          'text-anchor': l.anchor,
          'data-label-for': l.id,
          'data-highlight': 'true',
        },
        text: l.text,
      })),
    },
  ];
}

/** An SVG <defs> with one pattern per patterned class of the legend, ids `${prefix}-${key}`. */
function patternDefs(prefix: string, keys: readonly MapKey[], p: Readonly<Palette>): SvgNode {
  const children: SvgNode[] = [];
  for (const key of keys) {
    const style = mapKeyStyle(key, p);
    if (!style.pattern) continue;
    const tile = patternTile(style);
    const size = String(tile.size);
    children.push({
      tag: 'pattern',
      attributes: {
        id: `${prefix}-${key}`,
        patternUnits: 'userSpaceOnUse',
        width: size,
        height: size,
        ...(tile.rotate ? { patternTransform: `rotate(${tile.rotate})` } : {}),
      },
      children: tile.elements.map((e) => ({ tag: e.tag, attributes: e.attributes })),
    });
  }
  return { tag: 'defs', attributes: {}, children };
}
