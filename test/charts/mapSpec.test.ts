import { describe, expect, test } from 'vitest';
import { loadTables } from '$lib/data';
import {
  attendanceMapSpec,
  contrastRatio,
  DARK_PALETTE,
  LIGHT_PALETTE,
  mapCounts,
  mapFrame,
  mapHeight,
  mapKeyStyle,
  mapLayers,
  MAP_REGIONS,
  toSvgElement,
  type MapSpecOptions,
} from '$lib/charts';
import { selectCompareModel, selectMapModel } from '$lib/query';
import { expectSvgSnapshot, makeDocument } from './svgSnapshot';
import { worldShapes } from './worldShapes';

const world = worldShapes();

// A small fixed dataset, so the snapshot changes only when the chart does.
const { dataset } = loadTables([
  {
    name: 'conferences.csv',
    kind: 'conferences',
    text: 'id,name,country,start_date,states,source\nseoul-2013,Seoul Conference on Cyberspace 2013,KOR,2013-10-17,87,https://a.org\n',
  },
  {
    name: 'participation.csv',
    kind: 'participation',
    text: [
      'conference,country,role,confidence,source',
      'seoul-2013,GBR,attendee,documented,https://b.org',
      'seoul-2013,SGP,attendee,documented,https://c.org',
      'seoul-2013,MLT,speaker,secondary-report,https://d.org',
      'seoul-2013,XKX,attendee,documented,https://e.org',
    ].join('\n'),
  },
  {
    name: 'initiatives.csv',
    kind: 'initiatives',
    text: 'id,name,date,source\nfoc,Freedom Online Coalition,2011-12,https://f.org\n',
  },
  {
    name: 'memberships.csv',
    kind: 'memberships',
    text: 'initiative,country,source\nfoc,MCO,https://f.org\n',
  },
]);
const model = selectMapModel(dataset, dataset.conferenceById.get('seoul-2013')!);

/** The map as the page draws it, under JSDOM. */
const drawMap = (m: Parameters<typeof attendanceMapSpec>[0], options: MapSpecOptions): SVGElement =>
  toSvgElement(attendanceMapSpec(m, world, options), makeDocument());

describe('the world shapes', () => {
  test('Kosovo gets its code from its name; the unclaimed areas stay without one', () => {
    expect(world.byIso3.get('XKX')?.name).toBe('Kosovo');
    expect(
      world.shapes
        .filter((s) => !s.iso3)
        .map((s) => s.name)
        .sort(),
    ).toEqual(['N. Cyprus', 'Somaliland']);
  });
});

describe('selectMapModel', () => {
  test('the host comes from the conference; the others are documented attendees', () => {
    expect(model.states.map((s) => [s.name, s.status])).toEqual([
      ['Kosovo', 'attendee'],
      ['Malta', 'attendee'],
      ['Singapore', 'attendee'],
      ['South Korea', 'host'],
      ['United Kingdom', 'attendee'],
    ]);
    expect(model.coverage).toEqual({ documented: 5, reported: 87 });
    expect(model.counts).toEqual({ host: 1, attendee: 4 });
    expect(model.keys).toEqual(['host', 'attendee', 'no-record']);
  });
});

describe('mapLayers', () => {
  test('states missing from the base map or too small become markers', () => {
    const layers = mapLayers(model, world, 960);
    // Kosovo has a shape, but at 960 px it is too small to see or click.
    expect(layers.markers.map((m) => [m.iso3, m.status])).toEqual([
      ['XKX', 'attendee'],
      ['MLT', 'attendee'],
      ['MCO', 'no-record'],
      ['SGP', 'attendee'],
    ]);
    expect(layers.shapes.find((s) => s.iso3 === 'KOR')?.status).toBe('host');
    expect(layers.shapes.find((s) => s.iso3 === 'FRA')?.status).toBe('no-record');
  });

  test.each([
    { width: 360, shaped: [] },
    { width: 960, shaped: [] },
    // On a wall screen Fiji and Kosovo are big enough to hover as shapes.
    { width: 2400, shaped: ['FJI', 'XKX'] },
  ])(
    'at $width px, small states of the data are markers (island, Pacific, Caribbean, Vatican, Kosovo)',
    ({ width, shaped }) => {
      const small = ['SGP', 'MLT', 'BHR', 'MUS', 'TUV', 'FJI', 'BRB', 'VAT', 'XKX'];
      const known = { ...model, known: [...model.known, ...small] };
      const markers = new Set(mapLayers(known, world, width).markers.map((m) => m.iso3));
      expect(small.filter((iso3) => !markers.has(iso3))).toEqual(shaped);
    },
  );

  test('zooming to a region keeps the states in its frame and enlarges them', () => {
    const europe = mapLayers(model, world, 960, 'Europe');
    const shapes = new Set(europe.shapes.map((s) => s.iso3));
    expect(shapes.has('FRA') && shapes.has('DEU') && shapes.has('GBR')).toBe(true);
    expect(shapes.has('AUS') || shapes.has('BRA')).toBe(false);
    // Zoomed in, Kosovo is big enough to be its own shape; Malta and Monaco have none.
    expect(europe.markers.map((m) => m.iso3)).toEqual(['MLT', 'MCO']);
    expect(shapes.has('XKX')).toBe(true);
    expect(europe.frame.pxPerSteradian).toBeGreaterThan(
      mapLayers(model, world, 960).frame.pxPerSteradian * 4,
    );
    // Oceania wraps the antimeridian and keeps Fiji whole.
    const oceania = mapLayers(model, world, 960, 'Oceania');
    expect(oceania.shapes.map((s) => s.iso3)).toEqual(expect.arrayContaining(['AUS', 'NZL', 'FJI', 'PNG']));
  });
  test('a narrower map turns more small shapes into markers', () => {
    const wide = mapLayers(model, world, 1600).markers.length;
    const narrow = mapLayers(model, world, 360).markers.length;
    expect(narrow).toBeGreaterThanOrEqual(wide);
  });

  test('counts each drawn state once', () => {
    const counts = mapCounts(mapLayers(model, world, 960));
    expect(counts.host).toBe(1);
    expect(counts.attendee).toBe(4);
    // Every shape with a code, plus the three marker-only states (MLT, MCO, SGP), less the five documented.
    expect(counts['no-record']).toBe(world.byIso3.size + 3 - 5);
  });
});

describe('mapFrame', () => {
  test.each([
    { region: null, width: 960, rotate: undefined },
    { region: 'Europe', width: 960, rotate: [-10, 0] },
    { region: 'Oceania', width: 360, rotate: [-150, 0] },
    { region: 'Africa', width: 1280, rotate: [-15, 0] },
  ])('$region at $width px: Equal Earth, a height that suits the shape', ({ region, width, rotate }) => {
    const frame = mapFrame(width, region);
    expect(frame.projection.type).toBe('equal-earth');
    expect(frame.projection.rotate).toEqual(rotate);
    if (!region) expect(frame.height).toBe(mapHeight(width));
    else {
      expect(frame.height).toBeGreaterThanOrEqual(Math.round(width * 0.45));
      expect(frame.height).toBeLessThanOrEqual(Math.round(width * 0.8));
    }
    // The region's corners land inside the frame.
    const box = MAP_REGIONS.find((r) => r.id === region)?.box;
    if (box)
      for (const corner of [
        [box[0], box[1]],
        [box[2], box[3]],
      ] as [number, number][]) {
        const [x, y] = frame.project(corner)!;
        expect(x).toBeGreaterThanOrEqual(-1);
        expect(x).toBeLessThanOrEqual(width + 1);
        expect(y).toBeGreaterThanOrEqual(-1);
        expect(y).toBeLessThanOrEqual(frame.height + 1);
      }
  });

  test('an unknown region is the world', () => {
    expect(mapFrame(640, 'Atlantis').region).toBeNull();
  });
});

describe('mapKeyStyle', () => {
  const keys = [
    'host',
    'attendee',
    'no-record',
    'both',
    'joined',
    'returned',
    'left',
    'member',
    'member-undated',
  ] as const;
  test.each([LIGHT_PALETTE, DARK_PALETTE])(
    '$name: within a layer, no two classes look alike without colour',
    (p) => {
      for (const layer of [
        ['host', 'attendee', 'no-record'],
        ['both', 'joined', 'returned', 'left', 'no-record'],
        ['member', 'signatory', 'member-undated', 'no-record'],
      ] as const) {
        const looks = layer.map((k) => {
          const s = mapKeyStyle(k, p);
          return `${s.pattern?.kind ?? 'solid'}|${s.outline ? 'outlined' : ''}|${s.symbol}|${s.fill === p.noRecord}`;
        });
        expect(new Set(looks).size).toBe(layer.length);
      }
      expect(keys.map((k) => mapKeyStyle(k, p).symbol)).toContain('times');
    },
  );
});

describe('attendanceMapSpec', () => {
  test('every state element carries data-iso3 and data-status', () => {
    const svg = drawMap(model, { width: 960, palette: LIGHT_PALETTE });
    const tagged = Array.from(svg.querySelectorAll('[data-iso3]'));
    const status = (iso3: string) =>
      tagged.filter((e) => e.getAttribute('data-iso3') === iso3).map((e) => e.getAttribute('data-status'));
    expect(status('KOR')).toEqual(['host']);
    expect(status('SGP')).toEqual(['attendee']);
    expect(status('MCO')).toEqual(['no-record']);
    expect(tagged.find((e) => e.getAttribute('data-iso3') === 'SGP')?.getAttribute('data-kind')).toBe(
      'marker',
    );
    expect(svg.querySelector('pattern')?.id).toBe('lpa-map-attendee');
  });

  test('compare mode: data-status is attendance at the later conference, data-key the change', () => {
    const { dataset: two } = loadTables([
      {
        name: 'conferences.csv',
        kind: 'conferences',
        text: 'id,name,country,start_date,source\na-2012,A,HUN,2012-10-04,https://a.org\nb-2013,B,KOR,2013-10-17,https://a.org\n',
      },
      {
        name: 'participation.csv',
        kind: 'participation',
        text: 'conference,country,role,source\na-2012,SGP,attendee,https://b.org\nb-2013,GBR,attendee,https://b.org\n',
      },
    ]);
    const compare = selectCompareModel(
      two,
      two.conferenceById.get('a-2012')!,
      two.conferenceById.get('b-2013')!,
    );
    const svg = drawMap(compare, { width: 960, palette: LIGHT_PALETTE });
    const hook = (iso3: string) => {
      const el = svg.querySelector(`[data-iso3="${iso3}"]`);
      return [el?.getAttribute('data-status'), el?.getAttribute('data-key')];
    };
    expect(hook('SGP')).toEqual(['no-record', 'left']);
    expect(hook('HUN')).toEqual(['no-record', 'left']);
    expect(hook('GBR')).toEqual(['attendee', 'joined']);
    expect(hook('KOR')).toEqual(['host', 'joined']);
    expect(hook('FRA')).toEqual(['no-record', 'no-record']);
    expect([...svg.querySelectorAll('pattern')].map((p) => p.id)).toEqual([
      'lpa-map-joined',
      'lpa-map-returned',
      'lpa-map-left',
    ]);
  });

  test('SVG snapshot, zoomed to Europe with a selected small state', () => {
    const svg = drawMap(model, { width: 480, palette: DARK_PALETTE, region: 'Europe', selected: 'MLT' });
    // Each state is its own element (a path or a marker), never a wrapping group.
    const tagged = [...svg.querySelectorAll('[data-iso3]')];
    expect(tagged.filter((e) => e.tagName !== 'path')).toEqual([]);
    expect(tagged.filter((e) => e.getAttribute('data-iso3') === 'FRA')).toHaveLength(1);
    expectSvgSnapshot(svg.outerHTML, 'attendance-map-seoul-europe');
  });

  test('SVG snapshot', () => {
    const svg = drawMap(model, { width: 640, palette: LIGHT_PALETTE });
    expectSvgSnapshot(svg.outerHTML, 'attendance-map-seoul');
  });
});

describe('palettes', () => {
  test.each([LIGHT_PALETTE, DARK_PALETTE])(
    '$name: statuses differ by at least 3:1 against their neighbours',
    (p) => {
      expect(contrastRatio(p.host, p.attendee)).toBeGreaterThanOrEqual(3);
      // Attendees also differ by their hatching, so lightness alone may be a little under 3:1 here.
      expect(contrastRatio(p.attendee, p.noRecord)).toBeGreaterThanOrEqual(2);
      expect(contrastRatio(p.text, p.background)).toBeGreaterThanOrEqual(7);
    },
  );
});
