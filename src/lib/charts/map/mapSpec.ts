import * as Plot from '@observablehq/plot';
import { geoPath } from 'd3';
import { countryInfo } from '$lib/data';
import type { MapKey, MapModel, MapState, MapStatus } from '$lib/query';
import type { World, WorldShape } from '../geo';
import type { Palette } from '../palette';
import { tagElements } from '../tagElements';
import { mapFrame, type MapFrame } from './mapFrame';
import { MAP_KEY_LABELS, mapKeyStyle, patternTile, shapeFill } from './mapStyles';

/** A state as the map draws it: a shape of the base map, or a marker where the shape is missing or tiny. */
export interface MapDatum {
  iso3: string;
  name: string;
  key: MapKey;
  /** The Contracts' data-status: attendance (host, attendee, no-record), or the membership class. */
  status: MapStatus | MapKey;
  /** [longitude, latitude], for markers. */
  point: [number, number];
}

/** The map's layers: shapes, markers over small or missing states, and uncoded land. */
export interface MapLayers {
  frame: MapFrame;
  shapes: (MapDatum & { shape: WorldShape })[];
  /** Shapes with no ISO3 code (disputed areas), drawn as neutral land. */
  unclaimed: WorldShape[];
  markers: MapDatum[];
}

export interface MapSpecOptions {
  width: number;
  palette: Readonly<Palette>;
  /** Prefix for the SVG pattern ids, unique per page. */
  idPrefix?: string;
  /** ISO3 of a state to outline (the open profile). */
  selected?: string | null;
  /** A region preset to zoom to ("Europe"); null = the world. */
  region?: string | null;
}

/** Below this projected area (px²) a state is also drawn as a marker, so it can be seen and clicked. */
export const MIN_SHAPE_AREA_PX = 40;

/** The status a state element carries as data-status (attendance, or its class on the membership layer). */
function datum(
  iso3: string,
  name: string,
  point: [number, number],
  state: MapState | undefined,
  model: MapModel,
): MapDatum {
  const key: MapKey = state?.key ?? 'no-record';
  const status = model.mode === 'membership' ? key : (state?.status ?? 'no-record');
  return { iso3, name, key, status, point };
}

/**
 * Splits the world into what the map draws for a model: each shape in the frame with its class, and
 * a marker for every state in the data whose shape is missing at 1:110m or smaller than
 * MIN_SHAPE_AREA_PX at this size (so Singapore, Malta, Bahrain, Pacific and Caribbean states,
 * the Holy See and Kosovo can all be seen, hovered and clicked).
 */
export function mapLayers(
  model: MapModel,
  world: World,
  width: number,
  region: string | null = null,
): MapLayers {
  const frame = mapFrame(width, region);
  const byIso3 = new Map(model.states.map((s) => [s.iso3, s]));
  const path = geoPath(frame.project);
  const inFrame = ([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): boolean =>
    x1 >= 0 && x0 <= frame.width && y1 >= 0 && y0 <= frame.height;
  const shapes: MapLayers['shapes'] = [];
  const unclaimed: WorldShape[] = [];
  for (const shape of world.shapes) {
    if (frame.region && !inFrame(path.bounds(shape.feature))) continue;
    if (!shape.iso3) {
      unclaimed.push(shape);
      continue;
    }
    const point = countryInfo(shape.iso3)?.point ?? [0, 0];
    shapes.push({ ...datum(shape.iso3, shape.name, point, byIso3.get(shape.iso3), model), shape });
  }
  const markers: MapDatum[] = [];
  for (const iso3 of new Set([...model.known, ...byIso3.keys()])) {
    const shape = world.byIso3.get(iso3);
    if (shape && shape.area * frame.pxPerSteradian >= MIN_SHAPE_AREA_PX) continue;
    const info = countryInfo(iso3);
    if (!info) continue;
    const xy = frame.project(info.point);
    if (!xy || !inFrame([xy, xy])) continue;
    markers.push(datum(iso3, info.name, info.point, byIso3.get(iso3), model));
  }
  markers.sort((a, b) => a.name.localeCompare(b.name));
  return { frame, shapes, unclaimed, markers };
}

/** Accessible label of a state on the map: "South Korea: host". */
export const mapStateLabel = (d: Pick<MapDatum, 'name' | 'key'>): string =>
  `${d.name}: ${MAP_KEY_LABELS[d.key].toLowerCase()}`;

const hooks = (d: MapDatum, kind: 'shape' | 'marker'): Record<string, string> => ({
  'data-iso3': d.iso3,
  'data-status': d.status,
  'data-key': d.key,
  'data-kind': kind,
  'aria-label': mapStateLabel(d),
});

type ShapeDatum = MapLayers['shapes'][number];
const geometry = (d: ShapeDatum) => d.shape.feature;

/** A plain-language description of what the map shows, for the SVG's aria-label. */
function describe(model: MapModel): string {
  if (model.mode === 'membership') return `World map of the members of ${model.initiative?.name ?? ''}`;
  if (model.mode === 'compare')
    return `World map comparing the states documented at ${model.base?.name} and ${model.conference?.name}`;
  if (model.mode === 'cumulative')
    return `World map of every state documented at a conference up to ${model.conference?.name}`;
  return `World map of the states documented at ${model.conference?.name}`;
}

/**
 * Plot options for the participation map: Equal Earth (zoomed to a region preset when asked), each
 * state filled by class (solid, hatched, dotted, crossed or plain, hosts outlined), markers with a
 * shape per class for small states. Every state element carries the Contracts' hooks, data-iso3 and
 * data-status, plus data-key (its class) and data-kind (shape or marker).
 */
export function attendanceMapSpec(model: MapModel, world: World, options: MapSpecOptions): Plot.PlotOptions {
  const { width, palette: p } = options;
  const prefix = options.idPrefix ?? 'lpa-map';
  const layers = mapLayers(model, world, width, options.region ?? null);
  const { frame } = layers;
  const style = (key: MapKey) => mapKeyStyle(key, p);
  // Markers shrink on a phone, where small states crowd together, and stop growing past 880 px.
  const radius = Math.min(5.5, Math.max(3, width / 160));
  const outlined = layers.shapes.filter((s) => style(s.key).outline);
  const selectedShapes = layers.shapes.filter((s) => s.iso3 === options.selected);
  const selectedMarkers = layers.markers.filter((s) => s.iso3 === options.selected);
  return {
    width,
    height: frame.height,
    margin: frame.margin,
    projection: frame.projection,
    style: { background: 'transparent', color: p.text },
    ariaLabel: describe(model),
    marks: [
      patternDefs(prefix, model.keys, p),
      Plot.sphere({ fill: p.ocean, stroke: p.graticule, ariaHidden: 'true' }),
      Plot.graticule({ stroke: p.graticule, strokeOpacity: 1, ariaHidden: 'true' }),
      Plot.geo(
        layers.unclaimed.map((s) => s.feature),
        { fill: p.otherLand, stroke: p.border, strokeWidth: 0.5, ariaHidden: 'true' },
      ),
      Plot.geo(layers.shapes, {
        geometry,
        fill: (d: MapDatum) => shapeFill(d.key, style(d.key), prefix),
        stroke: p.border,
        strokeWidth: 0.5,
        render: tagElements(layers.shapes, (d) => hooks(d, 'shape')),
      }),
      Plot.geo(outlined, {
        geometry,
        fill: 'none',
        stroke: (d: MapDatum) => style(d.key).outline,
        strokeWidth: 1.5,
        ariaHidden: 'true',
        pointerEvents: 'none',
      }),
      Plot.dot(layers.markers, {
        x: (d: MapDatum) => d.point[0],
        y: (d: MapDatum) => d.point[1],
        r: (d: MapDatum) => (d.key === 'no-record' ? radius * 0.65 : radius),
        symbol: (d: MapDatum) => style(d.key).symbol,
        fill: (d: MapDatum) => style(d.key).fill,
        stroke: (d: MapDatum) => style(d.key).stroke,
        strokeWidth: (d: MapDatum) => (d.key === 'no-record' ? 0.75 : 1.25),
        render: tagElements(layers.markers, (d) => hooks(d, 'marker')),
      }),
      Plot.geo(selectedShapes, {
        geometry,
        fill: 'none',
        stroke: p.highlight,
        strokeWidth: 2.5,
        ariaHidden: 'true',
        pointerEvents: 'none',
      }),
      Plot.dot(selectedMarkers, {
        x: (d: MapDatum) => d.point[0],
        y: (d: MapDatum) => d.point[1],
        r: radius + 4.5,
        stroke: p.highlight,
        strokeWidth: 2.5,
        ariaHidden: 'true',
        pointerEvents: 'none',
      }),
    ],
  };
}

/** An SVG <defs> with one pattern per patterned class of the legend, ids `${prefix}-${key}`. */
function patternDefs(prefix: string, keys: readonly MapKey[], p: Readonly<Palette>): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const ns = 'http://www.w3.org/2000/svg';
    const doc = context.document;
    const defs = doc.createElementNS(ns, 'defs');
    for (const key of keys) {
      const style = mapKeyStyle(key, p);
      if (!style.pattern) continue;
      const tile = patternTile(style);
      const pattern = doc.createElementNS(ns, 'pattern');
      const size = String(tile.size);
      for (const [k, v] of Object.entries({ id: `${prefix}-${key}`, patternUnits: 'userSpaceOnUse' }))
        pattern.setAttribute(k, v);
      pattern.setAttribute('width', size);
      pattern.setAttribute('height', size);
      if (tile.rotate) pattern.setAttribute('patternTransform', `rotate(${tile.rotate})`);
      for (const element of tile.elements) {
        const node = doc.createElementNS(ns, element.tag);
        for (const [k, v] of Object.entries(element.attributes)) node.setAttribute(k, v);
        pattern.append(node);
      }
      defs.append(pattern);
    }
    return defs as unknown as SVGElement;
  };
}

/** How many distinct states the map draws in each class (the legend's counts, no record included). */
export function mapCounts(layers: MapLayers): Partial<Record<MapKey, number>> {
  const keys = new Map<string, MapKey>();
  for (const d of [...layers.shapes, ...layers.markers]) keys.set(d.iso3, d.key);
  const counts: Partial<Record<MapKey, number>> = {};
  for (const k of keys.values()) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}
