import { describe, expect, test } from 'vitest';
import {
  attendanceMapSpec,
  framePath,
  mapFrame,
  mapLayers,
  shapePath,
  toSvgElement,
  worldFromOutlines,
  type World,
  LIGHT_PALETTE,
  MAP_DRAW_WIDTHS,
  type MapDrawWidth,
  type WorldOutlines,
} from '$lib/charts';
import { loadTables } from '$lib/data';
import { selectMapModel } from '$lib/query';
import { worldOutlinesPlugin } from '../../scripts/lib/worldOutlinesPlugin';
import { makeDocument } from './svgSnapshot';
import { worldShapes } from './worldShapes';

const shapes = worldShapes();

/** The code the page imports as `virtual:world-outlines/<width>`, run as a real module. */
async function pageOutlines(width: MapDrawWidth): Promise<World> {
  const plugin = worldOutlinesPlugin();
  const id = (plugin.resolveId as (id: string) => string)(`virtual:world-outlines/${width}`);
  const code = await (plugin.load as (id: string) => Promise<string>)(id);
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: WorldOutlines;
  };
  return worldFromOutlines(module.default);
}

const { dataset } = loadTables([
  {
    name: 'participation.csv',
    kind: 'participation',
    text: [
      'conference,country,role,confidence,source',
      'seoul-2013,KOR,host,documented,https://a.org',
      'seoul-2013,SGP,attendee,documented,https://b.org',
      'seoul-2013,FJI,attendee,documented,https://c.org',
      'seoul-2013,RUS,attendee,documented,https://d.org',
      'seoul-2013,XKX,attendee,documented,https://e.org',
    ].join('\n'),
  },
  {
    name: 'conferences.csv',
    kind: 'conferences',
    text: 'id,name,country,start_date,source\nseoul-2013,Seoul 2013,KOR,2013-10-17,https://a.org\n',
  },
]);
const model = selectMapModel(dataset, dataset.conferenceById.get('seoul-2013')!);

describe('the world outlines made at build time', () => {
  test.each(MAP_DRAW_WIDTHS.map((w) => [w]))('draw the same map as the shapes at width %i', async (width) => {
    const outlines = await pageOutlines(width);
    const frame = mapFrame(width);
    expect(outlines.shapes.map((s) => [s.iso3, s.name])).toEqual(shapes.shapes.map((s) => [s.iso3, s.name]));
    for (const [i, s] of outlines.shapes.entries()) {
      expect(s.area / shapes.shapes[i]!.area).toBeCloseTo(1, 5);
      expect(shapePath(frame, outlines, s)).toBe(framePath(frame, shapes.shapes[i]!.feature!));
    }
    // The map itself, markers for small states included, is the same element for element.
    const draw = (world: World) =>
      toSvgElement(
        attendanceMapSpec(model, world, { width, palette: LIGHT_PALETTE, selected: 'FJI', region: null }),
        makeDocument(),
      ).outerHTML;
    expect(draw(outlines)).toBe(draw(shapes));
    expect(mapLayers(model, outlines, width).markers.map((m) => m.iso3)).toEqual(
      mapLayers(model, shapes, width).markers.map((m) => m.iso3),
    );
  });

  test('cannot draw a zoomed map or another width: those need the shapes', async () => {
    const outlines = await pageOutlines(960);
    const fiji = outlines.byIso3.get('FJI')!;
    expect(() => shapePath(mapFrame(960, 'Oceania'), outlines, fiji)).toThrow(/width 960/);
    expect(() => shapePath(mapFrame(720), outlines, fiji)).toThrow(/width 960/);
  });
});
