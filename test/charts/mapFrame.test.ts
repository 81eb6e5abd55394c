import { geoArea, geoEqualEarth, geoGraticule10, geoPath, type GeoPermissibleObjects } from 'd3';
import { describe, expect, test } from 'vitest';
import { framePath, MAP_REGIONS, MAP_SPHERE, mapFrame, mapGraticule, type MapFrame } from '$lib/charts';
import { worldShapes } from './worldShapes';

const world = worldShapes();

// Every frame the map draws: the world at each of the view's widths, and each region preset.
const frames: MapFrame[] = [
  ...[360, 720, 960, 1440].map((w) => mapFrame(w)),
  ...MAP_REGIONS.flatMap((r) => [mapFrame(360, r.id), mapFrame(1440, r.id)]),
];
const frameName = (f: MapFrame): string => `${f.region?.id ?? 'world'} at ${f.width}`;

/** d3's own projection for a frame, with every step of its spherical clipping. */
function d3Projection(frame: MapFrame, precision: number) {
  const p = geoEqualEarth()
    .rotate(frame.project.rotate())
    .scale(frame.project.scale())
    .translate(frame.project.translate())
    .precision(precision);
  return frame.region ? p.clipExtent(frame.project.clipExtent()) : p;
}

/** The subpaths of SVG path data made of M, L and Z commands, as lists of points. */
function subpaths(d: string | null): [number, number][][] {
  const out: [number, number][][] = [];
  for (const [, command, args] of (d ?? '').matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') continue;
    const [x, y] = args!.split(',').map(Number) as [number, number];
    if (command === 'M') out.push([[x, y]]);
    else out.at(-1)!.push([x, y]);
  }
  return out;
}

/** The length of path data, leaving out segments that run along an edge of the frame. */
function length(d: string | null, frame: MapFrame): number {
  const [[x0, y0], [x1, y1]] = frame.project.clipExtent()!;
  const onEdge = (a: number, b: number, edge: number) => Math.abs(a - edge) < 0.5 && Math.abs(b - edge) < 0.5;
  let sum = 0;
  for (const line of subpaths(d))
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = line[i - 1]!;
      const [bx, by] = line[i]!;
      if (onEdge(ax, bx, x0) || onEdge(ax, bx, x1) || onEdge(ay, by, y0) || onEdge(ay, by, y1)) continue;
      sum += Math.hypot(bx - ax, by - ay);
    }
  return sum;
}
const area = (d: string | null): number =>
  subpaths(d).reduce(
    (sum, ring) =>
      sum +
      Math.abs(
        ring.reduce(
          (s, [x, y], i) => s + x * ring[(i + 1) % ring.length]![1] - ring[(i + 1) % ring.length]![0] * y,
          0,
        ),
      ) /
        2,
    0,
  );

describe('the frame', () => {
  test('a steradian covers pxPerSteradian px² (Equal Earth keeps areas)', () => {
    const frame = mapFrame(960);
    for (const iso3 of ['RUS', 'BRA', 'KOR', 'GBR']) {
      const f = world.byIso3.get(iso3)!.feature!;
      const ratio = geoPath(d3Projection(frame, 0.1)).area(f) / geoArea(f) / frame.pxPerSteradian;
      expect(ratio, iso3).toBeCloseTo(1, 2);
    }
  });
});

describe('the ocean and the graticule', () => {
  test.each(frames.map((f) => [frameName(f), f] as const))(
    'match d3’s finely resampled ones in %s',
    (_, frame) => {
      const fine = geoPath(d3Projection(frame, 0.01));
      const ocean = area(framePath(frame, MAP_SPHERE));
      expect(ocean / area(fine(MAP_SPHERE))).toBeCloseTo(1, 3);
      const lines = framePath(frame, mapGraticule());
      // (Where a parallel runs along the frame's edge, d3 leaves dots and this draws the line.)
      expect(
        length(lines, frame) / length(fine(geoGraticule10() as GeoPermissibleObjects), frame),
      ).toBeCloseTo(1, 2);
    },
  );

  test.each(frames.map((f) => [frameName(f), f] as const))(
    'graticule lines keep within 0.1 px of the true meridians and parallels in %s',
    (_, frame) => {
      const project = (lon: number, lat: number) => frame.project([lon, lat])!;
      const near10 = (degrees: number) => Math.round(degrees / 10) * 10;
      const off = ([x, y]: [number, number], [u, v]: [number, number]) => Math.hypot(x - u, y - v);
      let worst = 0;
      for (const line of subpaths(framePath(frame, mapGraticule()))) {
        for (let i = 1; i < line.length; i++) {
          const p0 = line[i - 1]!;
          const p1 = line[i]!;
          const [lon0, lat0] = frame.project.invert!(p0)!;
          const lat1 = frame.project.invert!(p1)![1];
          // On a parallel, which Equal Earth draws straight: level, and at a multiple of 10°.
          const parallel =
            Math.abs(p1[1] - p0[1]) <= 0.1 ? Math.abs(project(lon0, near10(lat0))[1] - p0[1]) : Infinity;
          // On a meridian: both ends on the curve, and the curve between them close to the chord. The
          // meridian on the map's edges is drawn on both, and project() puts it on one of them.
          const lon = near10(lon0);
          const tx = frame.project.translate()[0];
          const mirror = ([x, y]: [number, number]): [number, number] => [2 * tx - x, y];
          const edge = Math.abs(lon + frame.project.rotate()[0]) % 360 === 180;
          const flip = edge && off(mirror(project(lon, lat0)), p0) < off(project(lon, lat0), p0);
          const at = (lat: number): [number, number] =>
            flip ? mirror(project(lon, lat)) : project(lon, lat);
          const [mx, my] = at((lat0 + lat1) / 2);
          const meridian = Math.max(
            off(at(lat0), p0),
            off(at(lat1), p1),
            off(p0, p1) &&
              Math.abs((mx - p0[0]) * (p1[1] - p0[1]) - (my - p0[1]) * (p1[0] - p0[0])) / off(p0, p1),
          );
          worst = Math.max(worst, Math.min(parallel, meridian));
        }
      }
      // 0.1 px from the points' spacing, and up to 0.07 px from rounding coordinates to 0.1.
      expect(worst).toBeLessThan(0.17);
    },
  );
});
