import { compareCountryNames, countryInfo, countryName } from '$lib/data';
import { t, type MessageKey } from '$lib/i18n';
import type { MapKey, MapModel, MapState, MapStatus } from '$lib/query';
import type { World, WorldShape } from '../geo';
import { framePath, mapFrame, type MapFrame } from './mapFrame';

/** A state as the map draws it: a shape of the base map, or a marker where the shape is missing or tiny. */
export interface MapDatum {
  iso3: string;
  name: string;
  key: MapKey;
  /** The Contracts' data-status: attendance (host, attendee, no-record), or the membership class. */
  status: MapStatus | MapKey;
  /** [longitude, latitude], for markers. */
  point: [number, number];
  /** Whether what the map says of it comes from the user's own file. */
  user: boolean;
}

/** The map's layers: shapes, markers over small or missing states, and uncoded land. */
export interface MapLayers {
  frame: MapFrame;
  shapes: (MapDatum & { shape: WorldShape })[];
  /** Shapes with no ISO3 code (disputed areas), drawn as neutral land. */
  unclaimed: WorldShape[];
  markers: MapDatum[];
}

/**
 * A shape's path data in a frame (null when it lies wholly outside): from the world's outlines when
 * they were made for this frame, else projected from the shape.
 */
export function shapePath(frame: MapFrame, world: World, shape: WorldShape): string | null {
  const { outlines } = world;
  if (outlines && !frame.region && outlines.width === frame.width) return outlines.paths[shape.index] ?? null;
  if (!shape.feature)
    throw new Error(`The world's outlines are for width ${outlines?.width}, not this frame`);
  return framePath(frame, shape.feature);
}

/** Below this projected area (px²) a state is also drawn as a marker, so it can be seen and clicked. */
export const MIN_SHAPE_AREA_PX = 40;

/** The status a state element carries as data-status (attendance, or its class on the membership layer). */
function datum(
  iso3: string,
  point: [number, number],
  state: MapState | undefined,
  model: MapModel,
): MapDatum {
  const key: MapKey = state?.key ?? 'no-record';
  const status = model.mode === 'membership' ? key : (state?.status ?? 'no-record');
  return { iso3, name: countryName(iso3), key, status, point, user: state?.userData ?? false };
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
  // The view asks for the legend's counts and the chart draws the same layers: worked out once.
  const last = lastLayers.get(model);
  if (last && last.world === world && last.width === width && last.region === region) return last.layers;
  const layers = splitLayers(model, world, width, region);
  lastLayers.set(model, { world, width, region, layers });
  return layers;
}

const lastLayers = new WeakMap<
  MapModel,
  { world: World; width: number; region: string | null; layers: MapLayers }
>();

function splitLayers(model: MapModel, world: World, width: number, region: string | null): MapLayers {
  const frame = mapFrame(width, region);
  const byIso3 = new Map(model.states.map((s) => [s.iso3, s]));
  const inFrame = ([x, y]: [number, number]): boolean =>
    x >= 0 && x <= frame.width && y >= 0 && y <= frame.height;
  const shapes: MapLayers['shapes'] = [];
  const unclaimed: WorldShape[] = [];
  for (const shape of world.shapes) {
    // Zoomed in, a shape is in the frame when anything of it is left after clipping (the path is
    // kept for drawing, so this costs nothing more).
    if (frame.region && shapePath(frame, world, shape) === null) continue;
    if (!shape.iso3) {
      unclaimed.push(shape);
      continue;
    }
    const point = countryInfo(shape.iso3)?.point ?? [0, 0];
    shapes.push({ ...datum(shape.iso3, point, byIso3.get(shape.iso3), model), shape });
  }
  const markers: MapDatum[] = [];
  for (const iso3 of new Set([...model.known, ...byIso3.keys()])) {
    const shape = world.byIso3.get(iso3);
    if (shape && shape.area * frame.pxPerSteradian >= MIN_SHAPE_AREA_PX) continue;
    const info = countryInfo(iso3);
    if (!info) continue;
    const xy = frame.project(info.point);
    if (!xy || !inFrame(xy)) continue;
    markers.push(datum(iso3, info.point, byIso3.get(iso3), model));
  }
  markers.sort((a, b) => compareCountryNames(a.iso3, b.iso3));
  return { frame, shapes, unclaimed, markers };
}

// A state's label on the map, by class: one whole sentence each, as a screen reader reads it.
const STATE_LABELS = {
  host: 'map.state.host',
  attendee: 'map.state.attendee',
  'no-record': 'map.state.no-record',
  both: 'map.state.both',
  joined: 'map.state.joined',
  returned: 'map.state.returned',
  left: 'map.state.left',
  member: 'map.state.member',
  signatory: 'map.state.signatory',
  'member-undated': 'map.state.member-undated',
} as const satisfies Record<MapKey, MessageKey>;

/** Accessible label of a state on the map: "South Korea: host", "… (from your file)", "…, highlighted". */
export function mapStateLabel(
  d: Pick<MapDatum, 'name' | 'key'> & { user?: boolean },
  highlighted = false,
): string {
  let label = t(STATE_LABELS[d.key], { name: d.name });
  if (d.user) label = t('map.state.fromFile', { label });
  return highlighted ? t('map.state.highlighted', { label }) : label;
}

/** How many distinct states the map draws in each class (the legend's counts, no record included). */
export function mapCounts(layers: MapLayers): Partial<Record<MapKey, number>> {
  const keys = new Map<string, MapKey>();
  for (const d of [...layers.shapes, ...layers.markers]) keys.set(d.iso3, d.key);
  const counts: Partial<Record<MapKey, number>> = {};
  for (const k of keys.values()) counts[k] = (counts[k] ?? 0) + 1;
  return counts;
}
