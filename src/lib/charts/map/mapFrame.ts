import {
  geoEqualEarth,
  geoGraticule10,
  geoPath,
  type GeoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3';

/** A zoom preset: a region's box in longitude and latitude, and the rotation that keeps it whole. */
export interface MapRegion {
  /** The region's name as in the country list and the `region` URL parameter. */
  id: string;
  /** [west, south, east, north] in degrees; east may exceed 180 for a box across the antimeridian. */
  box: [number, number, number, number];
  /** Longitude to centre the projection on. */
  centre: number;
}

/** The region presets, named as the country list names regions ("Europe", "Africa", …). */
export const MAP_REGIONS: readonly MapRegion[] = [
  { id: 'Africa', box: [-19, -36, 53, 38], centre: 15 },
  { id: 'Americas', box: [-125, -56, -33, 60], centre: -80 },
  { id: 'Asia', box: [26, -11, 146, 56], centre: 90 },
  { id: 'Europe', box: [-25, 34, 45, 71], centre: 10 },
  { id: 'Oceania', box: [110, -48, 190, 2], centre: 150 },
];

/** What the map is fitted to: its size, its projection (as options, and as the d3 projection that draws it). */
export interface MapFrame {
  width: number;
  height: number;
  margin: number;
  region: MapRegion | null;
  projection: { type: 'equal-earth'; rotate?: [number, number]; domain: GeoPermissibleObjects };
  /** The projection, fitted to the frame and clipped to it (inside the margin). */
  project: GeoProjection;
  /** Projected px² per steradian (Equal Earth is equal-area, so one factor serves every state). */
  pxPerSteradian: number;
}

const SPHERE = { type: 'Sphere' } as const;
const MARGIN = 2;

/** The height of a world map for a width: Equal Earth is about 2.05 times as wide as tall. */
export const mapHeight = (width: number): number => Math.round(width / 2.05);

/** Points along the edges of a box, so the fitted frame covers the whole box (not a great-circle polygon). */
function boxOutline([w, s, e, n]: MapRegion['box']): GeoPermissibleObjects {
  const coordinates: [number, number][] = [];
  for (let x = w; x <= e; x += 5) coordinates.push([x, s], [x, n]);
  for (let y = s; y <= n; y += 5) coordinates.push([w, y], [e, y]);
  coordinates.push([e, s], [e, n]);
  return { type: 'MultiPoint', coordinates };
}

// Frames are memoised (a few, most recently used kept), and so are the paths drawn in them: a filter
// change that keeps the map's size and region redraws it without projecting a single shape again.
const FRAMES_KEPT = 6;
const frames = new Map<string, MapFrame>();

/**
 * Fits Equal Earth to the world or to a region preset at a width. A region's height follows its
 * shape, between 45% and 80% of the width, so a tall region does not push the page down.
 * The same arguments give the same (frozen) frame object.
 */
export function mapFrame(width: number, regionId: string | null = null): MapFrame {
  const key = `${width}|${regionId ?? ''}`;
  let frame = frames.get(key);
  if (frame) frames.delete(key);
  else frame = fitFrame(width, regionId);
  frames.set(key, frame);
  if (frames.size > FRAMES_KEPT) frames.delete(frames.keys().next().value!);
  return frame;
}

// Projected px² per steradian of Equal Earth at scale 1.
let unit: number | undefined;

function fitFrame(width: number, regionId: string | null): MapFrame {
  const region = MAP_REGIONS.find((r) => r.id === regionId) ?? null;
  const rotate: [number, number] | undefined = region ? [-region.centre, 0] : undefined;
  const domain = region ? boxOutline(region.box) : (SPHERE as GeoPermissibleObjects);
  let height = mapHeight(width);
  if (region) {
    const [[x0, y0], [x1, y1]] = geoPath(
      geoEqualEarth()
        .rotate(rotate!)
        .fitWidth(width - 2 * MARGIN, domain),
    ).bounds(domain);
    const natural = ((y1 - y0) / (x1 - x0)) * width;
    height = Math.round(Math.min(width * 0.8, Math.max(width * 0.45, natural)));
  }
  const project = geoEqualEarth()
    .rotate(rotate ?? [0, 0])
    .fitExtent(
      [
        [MARGIN, MARGIN],
        [width - MARGIN, height - MARGIN],
      ],
      domain,
    )
    // Clip to the frame inside its margin: a state wholly outside a zoomed map has no outline to draw.
    .clipExtent([
      [MARGIN, MARGIN],
      [width - MARGIN, height - MARGIN],
    ]);
  // Curves resampled as finely as Plot did (0.15 px at the scale that fits the whole world to the
  // frame), so the map looks as it always has.
  const worldScale = Math.min((width - 2 * MARGIN) / 5.4133, (height - 2 * MARGIN) / 2.6347);
  project.precision((0.15 * project.scale()) / worldScale);
  unit ??= geoPath(geoEqualEarth().scale(1)).area(SPHERE as GeoPermissibleObjects) / (4 * Math.PI);
  return Object.freeze({
    width,
    height,
    margin: MARGIN,
    region,
    projection: { type: 'equal-earth' as const, ...(rotate ? { rotate } : {}), domain },
    project,
    pxPerSteradian: unit * project.scale() ** 2,
  });
}

interface FramePaths {
  /** For the sphere and the graticule: long curved lines, resampled finely. */
  curves: GeoPath;
  /** For states: 1:110m outlines have a vertex every few pixels, and resampling them between
   * vertices added a handful of points to the whole world (none visible) for most of the cost. */
  shapes: GeoPath;
  drawn: Map<GeoPermissibleObjects, string | null>;
}
const paths = new WeakMap<MapFrame, FramePaths>();

function framePaths(frame: MapFrame): FramePaths {
  const { project } = frame;
  const shapes = geoEqualEarth()
    .rotate(project.rotate())
    .scale(project.scale())
    .translate(project.translate())
    .precision(0);
  // The whole globe lies inside a world map's frame: there is nothing to clip there.
  if (frame.region) shapes.clipExtent(project.clipExtent());
  // Coordinates to a tenth of a unit: finer than any screen shows the map (it is drawn at most 1440
  // units wide), and a quarter less path text to build and for the browser to parse than d3's 3 digits.
  return { curves: geoPath(frame.project).digits(1), shapes: geoPath(shapes).digits(1), drawn: new Map() };
}

/**
 * The SVG path data of a GeoJSON object (a state's feature, the sphere, the graticule) in a frame,
 * or null when it lies wholly outside; computed once per frame and object.
 */
export function framePath(frame: MapFrame, object: GeoPermissibleObjects): string | null {
  let cache = paths.get(frame);
  if (!cache) paths.set(frame, (cache = framePaths(frame)));
  let d = cache.drawn.get(object);
  if (d === undefined) {
    const path = object === MAP_SPHERE || object === graticule ? cache.curves : cache.shapes;
    cache.drawn.set(object, (d = path(object) ?? null));
  }
  return d;
}

/** The outline of the globe, for the map's ocean. */
export const MAP_SPHERE: GeoPermissibleObjects = SPHERE as GeoPermissibleObjects;

let graticule: GeoPermissibleObjects | undefined;
/** Meridians and parallels every 10°, built once. */
export const mapGraticule = (): GeoPermissibleObjects => (graticule ??= geoGraticule10());
