import {
  geoEqualEarth,
  geoEqualEarthRaw,
  geoGraticule10,
  geoIdentity,
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
  return Object.freeze({
    width,
    height,
    margin: MARGIN,
    region,
    projection: { type: 'equal-earth' as const, ...(rotate ? { rotate } : {}), domain },
    project,
    // Equal Earth keeps areas: at scale k, a steradian of the unit sphere covers k² px².
    pxPerSteradian: project.scale() ** 2,
  });
}

interface FramePaths {
  /** d3's projection, with its spherical clipping (and the frame's, zoomed in). */
  shapes: GeoPath;
  /** For lines already in the frame's plane (the globe's outline, the graticule), clipped to the frame. */
  plane: GeoPath;
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
  return {
    shapes: geoPath(shapes).digits(1),
    plane: geoPath(geoIdentity().clipExtent(project.clipExtent())).digits(1),
    drawn: new Map(),
  };
}

/**
 * The SVG path data of a GeoJSON object (a state's feature, the sphere, the graticule) in a frame,
 * or null when it lies wholly outside; computed once per frame and object.
 */
export function framePath(frame: MapFrame, object: GeoPermissibleObjects): string | null {
  let cache = paths.get(frame);
  if (!cache) paths.set(frame, (cache = framePaths(frame)));
  let d = cache.drawn.get(object);
  if (d !== undefined) return d;
  const world = !frame.region;
  if (object === MAP_SPHERE) {
    const ring = globeOutline(frame);
    d = world ? pathData([ring], true) : cache.plane({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
  } else if (object === graticule) {
    const lines = graticuleLines(frame);
    d = world ? pathData(lines, false) : cache.plane({ type: 'MultiLineString', coordinates: lines });
  } else d = cache.shapes(object);
  cache.drawn.set(object, (d ??= null));
  return d;
}

const wrapLongitude = (lon: number): number => ((((lon + 180) % 360) + 360) % 360) - 180;
const RADIANS = Math.PI / 180;
const round = (v: number): number => Math.round(v * 10) / 10;

/** Path data of lines (or rings, closed with Z) in the frame's plane, written as d3 writes it. */
function pathData(lines: Iterable<[number, number][]>, closed: boolean): string {
  let d = '';
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) d += `${i ? 'L' : 'M'}${round(line[i]![0])},${round(line[i]![1])}`;
    if (closed) d += 'Z';
  }
  return d;
}

// The globe's outline and the graticule are drawn in the projection's plane. Equal Earth's
// parallels are straight, so each needs two points; its meridians are gentle curves, drawn with a
// point every few degrees. Before, d3 resampled every line to 0.15 px on the sphere: 40 kB of path
// text for the graticule alone, and 8 ms of the first view in Chromium (now about 3 ms).

/** Where points (degrees, λ already rotated into [-180, 180]) fall in a frame. */
function planeOf(frame: MapFrame): (lambda: number, phi: number) => [number, number] {
  const [tx, ty] = frame.project.translate();
  const k = frame.project.scale();
  return (lambda, phi) => {
    const [x, y] = geoEqualEarthRaw(lambda * RADIANS, phi * RADIANS);
    return [tx + k * x, ty - k * y];
  };
}

/**
 * Degrees of latitude between the points of a meridian at a rotated longitude. A chord s degrees
 * long strays from the curve by about k·s²·(|λ|/180)^0.8 / 20,000 px (k being the projection's
 * scale): the meridians at the map's edges bend most, the central one not at all. The step keeps
 * that under 0.1 px, and divides 10° so that the points fall on the parallels.
 */
function latitudeStep(frame: MapFrame, lambda: number): number {
  const bend = Math.max((Math.abs(lambda) / 180) ** 0.8, 1e-3);
  return 10 / Math.ceil(10 / Math.sqrt(2000 / (frame.project.scale() * bend)));
}

/** A meridian at a rotated longitude, from -reach to reach degrees of latitude. */
function meridian(
  frame: MapFrame,
  lambda: number,
  reach: number,
  plane = planeOf(frame),
): [number, number][] {
  const n = Math.ceil((2 * reach) / latitudeStep(frame, lambda));
  return Array.from({ length: n + 1 }, (_, i) => plane(lambda, -reach + (i * 2 * reach) / n));
}

/** The globe's edge: down the western edge of the map, then up the eastern one. */
function globeOutline(frame: MapFrame): [number, number][] {
  const plane = planeOf(frame);
  return [...meridian(frame, -180, 90, plane).reverse(), ...meridian(frame, 180, 90, plane)];
}

/** d3's 10° graticule: meridians every 10° to ±80° (to the poles every 90°), parallels every 10° to ±80°. */
function graticuleLines(frame: MapFrame): [number, number][][] {
  const rotate = frame.project.rotate()[0];
  const plane = planeOf(frame);
  const lines: [number, number][][] = [];
  for (let lon = -180; lon < 180; lon += 10)
    lines.push(meridian(frame, wrapLongitude(lon + rotate), lon % 90 === 0 ? 90 : 80, plane));
  for (let lat = -80; lat <= 80; lat += 10) lines.push([plane(-180, lat), plane(180, lat)]);
  return lines;
}

/** The outline of the globe, for the map's ocean. */
export const MAP_SPHERE: GeoPermissibleObjects = SPHERE as GeoPermissibleObjects;

let graticule: GeoPermissibleObjects | undefined;
/** Meridians and parallels every 10°, built once. */
export const mapGraticule = (): GeoPermissibleObjects => (graticule ??= geoGraticule10());
