import * as Plot from '@observablehq/plot';
import { geoEqualEarth, geoPath } from 'd3';
import type { GeoPermissibleObjects } from 'd3';
import { countryInfo } from '$lib/data';
import type { MapModel, MapStatus } from '$lib/query';
import type { World, WorldShape } from '../geo';
import type { Palette } from '../palette';
import { tagElements } from '../tagElements';

/** A state as the map draws it: a shape of the base map, or a marker where the shape is missing or tiny. */
export interface MapDatum {
  iso3: string;
  name: string;
  status: MapStatus;
  /** [longitude, latitude], for markers. */
  point: [number, number];
}

/** The map's two layers: shapes and the markers drawn over small or missing states. */
export interface MapLayers {
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
}

/** Below this projected area (px²) a state is also drawn as a marker, so it can be seen and clicked. */
export const MIN_SHAPE_AREA_PX = 40;

const SPHERE = { type: 'Sphere' } as const;

/** The height of the map for a width: Equal Earth is about 2.05 times as wide as tall. */
export const mapHeight = (width: number): number => Math.round(width / 2.05);

/** Projected area of the whole sphere at this size, to convert steradians to px². */
function spherePixels(width: number): number {
  const projection = geoEqualEarth().fitSize([width, mapHeight(width)], SPHERE as GeoPermissibleObjects);
  return geoPath(projection).area(SPHERE as GeoPermissibleObjects);
}

/**
 * Splits the world into what the map draws for a model: each shape with its status, and a marker for
 * every state in the data whose shape is missing at 1:110m or smaller than MIN_SHAPE_AREA_PX.
 */
export function mapLayers(model: MapModel, world: World, width: number): MapLayers {
  const status = new Map(model.states.map((s) => [s.iso3, s.status]));
  const pxPerSteradian = spherePixels(width) / (4 * Math.PI);
  const shapes: MapLayers['shapes'] = [];
  const unclaimed: WorldShape[] = [];
  for (const shape of world.shapes) {
    if (!shape.iso3) {
      unclaimed.push(shape);
      continue;
    }
    const info = countryInfo(shape.iso3);
    shapes.push({
      iso3: shape.iso3,
      name: shape.name,
      status: status.get(shape.iso3) ?? 'no-record',
      point: info?.point ?? [0, 0],
      shape,
    });
  }
  const markers: MapDatum[] = [];
  for (const iso3 of new Set([...model.known, ...status.keys()])) {
    const shape = world.byIso3.get(iso3);
    if (shape && shape.area * pxPerSteradian >= MIN_SHAPE_AREA_PX) continue;
    const info = countryInfo(iso3);
    if (!info) continue;
    markers.push({ iso3, name: info.name, status: status.get(iso3) ?? 'no-record', point: info.point });
  }
  markers.sort((a, b) => a.name.localeCompare(b.name));
  return { shapes, unclaimed, markers };
}

const STATUS_LABEL: Record<MapStatus, string> = {
  host: 'host',
  attendee: 'documented attendee',
  'no-record': 'no record',
};

/** Accessible label of a state on the map: "South Korea: host". */
export const mapStateLabel = (d: Pick<MapDatum, 'name' | 'status'>): string =>
  `${d.name}: ${STATUS_LABEL[d.status]}`;

const hooks = (d: MapDatum, kind: 'shape' | 'marker'): Record<string, string> => ({
  'data-iso3': d.iso3,
  'data-status': d.status,
  'data-kind': kind,
  'aria-label': mapStateLabel(d),
});

/**
 * Plot options for the attendance map of one conference: Equal Earth, states filled by status (host
 * solid with a dark outline, attendee hatched, no record plain), markers for small states. Every
 * state element carries the Contracts' hooks, data-iso3 and data-status.
 */
export function attendanceMapSpec(model: MapModel, world: World, options: MapSpecOptions): Plot.PlotOptions {
  const { width, palette: p } = options;
  const prefix = options.idPrefix ?? 'lpa-map';
  const layers = mapLayers(model, world, width);
  const fill = (status: MapStatus): string =>
    status === 'host' ? p.host : status === 'attendee' ? `url(#${prefix}-hatch)` : p.noRecord;
  const hosts = layers.shapes.filter((s) => s.status === 'host');
  const selected = options.selected ? layers.shapes.filter((s) => s.iso3 === options.selected) : [];
  return {
    width,
    height: mapHeight(width),
    margin: 2,
    projection: { type: 'equal-earth', domain: SPHERE },
    style: { background: 'transparent', color: p.text },
    ariaLabel: `World map of the states documented at ${model.conference.name}`,
    marks: [
      hatchPattern(prefix, p),
      Plot.sphere({ fill: p.ocean, stroke: p.graticule, ariaHidden: 'true' }),
      Plot.graticule({ stroke: p.graticule, strokeOpacity: 1, ariaHidden: 'true' }),
      Plot.geo(
        layers.unclaimed.map((s) => s.feature),
        { fill: p.otherLand, stroke: p.border, strokeWidth: 0.5, ariaHidden: 'true' },
      ),
      Plot.geo(layers.shapes, {
        geometry: (d: MapLayers['shapes'][number]) => d.shape.feature,
        fill: (d: MapDatum) => fill(d.status),
        stroke: p.border,
        strokeWidth: 0.5,
        render: tagElements(layers.shapes, (d) => hooks(d, 'shape')),
      }),
      Plot.geo(hosts, {
        geometry: (d: MapLayers['shapes'][number]) => d.shape.feature,
        fill: 'none',
        stroke: p.hostOutline,
        strokeWidth: 1.5,
        ariaHidden: 'true',
        pointerEvents: 'none',
      }),
      Plot.dot(layers.markers, {
        x: (d: MapDatum) => d.point[0],
        y: (d: MapDatum) => d.point[1],
        r: 5,
        symbol: (d: MapDatum) => (d.status === 'host' ? 'diamond' : 'circle'),
        fill: (d: MapDatum) =>
          d.status === 'no-record' ? p.noRecord : d.status === 'host' ? p.host : p.attendee,
        stroke: (d: MapDatum) => (d.status === 'host' ? p.hostOutline : p.text),
        strokeWidth: (d: MapDatum) => (d.status === 'no-record' ? 0.75 : 1.25),
        render: tagElements(layers.markers, (d) => hooks(d, 'marker')),
      }),
      Plot.geo(selected, {
        geometry: (d: MapLayers['shapes'][number]) => d.shape.feature,
        fill: 'none',
        stroke: p.highlight,
        strokeWidth: 2.5,
        ariaHidden: 'true',
        pointerEvents: 'none',
      }),
    ],
  };
}

/** An SVG <defs> with the attendee hatch: the status fill with thin diagonal lines over it. */
function hatchPattern(prefix: string, p: Readonly<Palette>): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const ns = 'http://www.w3.org/2000/svg';
    const doc = context.document;
    const defs = doc.createElementNS(ns, 'defs');
    const pattern = doc.createElementNS(ns, 'pattern');
    for (const [k, v] of Object.entries({
      id: `${prefix}-hatch`,
      patternUnits: 'userSpaceOnUse',
      width: '5',
      height: '5',
      patternTransform: 'rotate(45)',
    }))
      pattern.setAttribute(k, v);
    const rect = doc.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ width: '5', height: '5', fill: p.attendee }))
      rect.setAttribute(k, v);
    const line = doc.createElementNS(ns, 'line');
    for (const [k, v] of Object.entries({
      x1: '0',
      y1: '0',
      x2: '0',
      y2: '5',
      stroke: p.hatch,
      'stroke-width': '1.6',
    }))
      line.setAttribute(k, v);
    pattern.append(rect, line);
    defs.append(pattern);
    return defs as unknown as SVGElement;
  };
}

/** How many distinct states the map draws in each status (the legend's counts). */
export function mapCounts(layers: MapLayers): Record<MapStatus, number> {
  const status = new Map<string, MapStatus>();
  for (const d of [...layers.shapes, ...layers.markers]) status.set(d.iso3, d.status);
  const counts: Record<MapStatus, number> = { host: 0, attendee: 0, 'no-record': 0 };
  for (const s of status.values()) counts[s]++;
  return counts;
}
