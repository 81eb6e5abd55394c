import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import {
  attendanceMapSpec,
  LIGHT_PALETTE,
  PRINT_PALETTE,
  mapCounts,
  mapFigureLegend,
  mapLayers,
  themesFigureLegend,
  themesHeatmapSpec,
  timelineFigureLegend,
  timelineSpec,
  toSvgElement,
  wrapText,
} from '$lib/charts';
import { loadTables } from '$lib/data';
import { standaloneFigure } from '$lib/export';
import {
  applyFilters,
  defaultFilters,
  describeMap,
  highlightedItems,
  mapSources,
  parseHighlightInput,
  mapTitle,
  selectMapModel,
  selectThemes,
  selectTimeline,
  themesSources,
  timelineSources,
} from '$lib/query';
import { dataset as themesData } from '../fixtures/themesDataset';
import { dataset as timelineData } from '../fixtures/timelineDataset';
import { expectSvgSnapshot, makeDocument } from './svgSnapshot';
import { worldShapes } from './worldShapes';

const world = worldShapes();
const { dataset } = loadTables([
  {
    name: 'conferences.csv',
    kind: 'conferences',
    text: 'id,name,short_name,country,start_date,states,source\nseoul-2013,Seoul Conference on Cyberspace 2013,Seoul 2013,KOR,2013-10-17,87,https://www.mofa.go.kr/seoul\n',
  },
  {
    name: 'participation.csv',
    kind: 'participation',
    text: [
      'conference,country,role,confidence,source',
      'seoul-2013,GBR,attendee,documented,https://b.org',
      'seoul-2013,SGP,attendee,documented,https://c.org',
      'seoul-2013,FRA,attendee,documented,https://e.org',
    ].join('\n'),
  },
]);
const model = selectMapModel(dataset, dataset.conferenceById.get('seoul-2013')!);

const parse = (svg: string): Document => new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
const texts = (doc: Document, role: string): string[] =>
  Array.from(doc.querySelectorAll(`[data-figure="${role}"]`)).map((t) => t.textContent ?? '');
const legendWords = (doc: Document): string[] =>
  Array.from(doc.querySelectorAll('[data-legend-label]')).map((t) => t.textContent ?? '');

function mapFigure(text = { title: mapTitle(model), subtitle: describeMap(model), note: '' }): string {
  const spec = attendanceMapSpec(model, world, { width: 640, palette: LIGHT_PALETTE });
  const counts = mapCounts(mapLayers(model, world, 640));
  return standaloneFigure(toSvgElement(spec, makeDocument()), {
    text,
    legend: mapFigureLegend(model, counts, LIGHT_PALETTE, mapSources(model)),
    permalink: 'https://atlas.example/?conference=seoul-2013',
    palette: LIGHT_PALETTE,
  });
}

describe('standalone figures (exports and the render CLI)', () => {
  test('the map prints its legend with counts, the coverage, the keys, the sources and the permalink', () => {
    const svg = mapFigure();
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Who was at Seoul Conference on Cyberspace 2013?');
    const legend = legendWords(doc);
    expect(legend).toContain('Host (1)');
    expect(legend).toContain('Documented attendee (3)');
    expect(legend.find((w) => w.startsWith('No record'))).toMatch(/^No record \(\d{3}\)$/);
    // The patterned swatch refers to a pattern the figure defines.
    expect(doc.querySelector('[data-legend-entry="Documented attendee"] rect')?.getAttribute('fill')).toBe(
      'url(#lpa-legend-attendee)',
    );
    expect(doc.querySelector('pattern#lpa-legend-attendee')).not.toBeNull();
    expect(texts(doc, 'coverage')).toEqual(['4 of the 87 reported states documented.']);
    expect(texts(doc, 'key').join(' ')).toMatch(
      /"No record" means no source we found places the state there/,
    );
    expect(texts(doc, 'sources').join(' ')).toBe('Source: mofa.go.kr.');
    expect(texts(doc, 'permalink').join('')).toContain('https://atlas.example/?conference=seoul-2013');
    expect(svg).not.toMatch(/tooltip/);
    // The chart is inside, with its hooks, below the title.
    expect(doc.querySelectorAll('[data-iso3][data-status]').length).toBeGreaterThan(100);
    expectSvgSnapshot(svg, 'figure-map-seoul');
  });

  test('in print, the same figure in greys and patterns (snapshot)', () => {
    const spec = attendanceMapSpec(model, world, {
      width: 640,
      palette: PRINT_PALETTE,
      highlighted: ['FRA'],
    });
    const counts = mapCounts(mapLayers(model, world, 640));
    const svg = standaloneFigure(toSvgElement(spec, makeDocument()), {
      text: { title: mapTitle(model), subtitle: '', note: 'For print.' },
      legend: mapFigureLegend(model, counts, PRINT_PALETTE, mapSources(model), ['France']),
      permalink: 'https://atlas.example/?conference=seoul-2013&highlight=FRA&palette=print',
      palette: PRINT_PALETTE,
    });
    const doc = parse(svg);
    expect(legendWords(doc).at(-1)).toBe('Highlighted: France');
    expect(doc.querySelector('[data-legend-entry="Documented attendee"] rect')?.getAttribute('fill')).toBe(
      'url(#lpa-legend-attendee)',
    );
    expectSvgSnapshot(svg, 'figure-map-seoul-print');
  });

  test('the user’s words are printed as text, never as markup', () => {
    const doc = parse(
      mapFigure({
        title: 'Seoul <b>bold</b>',
        subtitle: '<script>alert(1)</script>',
        note: 'a & b <i>c</i>',
      }),
    );
    expect(texts(doc, 'title')).toEqual(['Seoul <b>bold</b>']);
    expect(texts(doc, 'subtitle')).toEqual(['<script>alert(1)</script>']);
    expect(texts(doc, 'note')).toEqual(['Note: a & b <i>c</i>']);
    expect(doc.querySelectorAll('b, script, i')).toHaveLength(0);
  });

  test('the timeline prints the conference diamond and each theme lane with its count', () => {
    const filters = defaultFilters();
    const tl = selectTimeline(timelineData, applyFilters(timelineData, filters), filters);
    const spec = timelineSpec({
      model: tl,
      window: tl.domain,
      width: 720,
      palette: LIGHT_PALETTE,
      selected: null,
    });
    const chart = Plot.plot({ ...spec, document: makeDocument() }) as unknown as Element;
    const svg = standaloneFigure(chart, {
      text: { title: 'Timeline', subtitle: '', note: 'Own note.' },
      legend: timelineFigureLegend(tl, LIGHT_PALETTE, timelineSources(timelineData, tl)),
      permalink: '?embed=timeline',
      palette: LIGHT_PALETTE,
    });
    const doc = parse(svg);
    const legend = legendWords(doc);
    expect(legend[0]).toBe('Conference (2)');
    expect(legend.length).toBe(tl.lanes.length);
    expect(texts(doc, 'note')).toEqual(['Note: Own note.']);
    expect(texts(doc, 'sources').join(' ')).toMatch(/^Sources?: a\.org/);
    expectSvgSnapshot(svg, 'figure-timeline');
  });

  test('the themes heatmap prints its shading and the ◆ key for official agendas', () => {
    const th = selectThemes(themesData, defaultFilters());
    const spec = themesHeatmapSpec({ model: th, width: 640, palette: LIGHT_PALETTE, selected: null });
    const chart = Plot.plot({ ...spec, document: makeDocument() }) as unknown as Element;
    const svg = standaloneFigure(chart, {
      text: { title: 'Themes', subtitle: 'Two conferences', note: '' },
      legend: themesFigureLegend(th, LIGHT_PALETTE, themesSources(themesData, th)),
      permalink: '?embed=themes',
      palette: LIGHT_PALETTE,
    });
    const doc = parse(svg);
    expect(legendWords(doc)[0]).toMatch(/^Shade: 0 to \d+ mentions$/);
    expect(legendWords(doc)[1]).toMatch(/^On the official agenda \(\d+\)$/);
    expect(texts(doc, 'key')[0]).toMatch(/^◆ The conference set this theme on its official agenda/);
    expectSvgSnapshot(svg, 'figure-themes');
  });
});

describe('highlighted states', () => {
  test('on the map: outlined, labelled inside the chart, and their elements carry data-highlight', () => {
    const spec = attendanceMapSpec(model, world, {
      width: 640,
      palette: LIGHT_PALETTE,
      highlighted: ['FRA', 'SGP', 'NZL'],
    });
    const svg = toSvgElement(spec, makeDocument());
    const lit = Array.from(svg.querySelectorAll('[data-iso3][data-highlight="true"]'), (e) =>
      e.getAttribute('data-iso3'),
    );
    expect([...new Set(lit)].sort()).toEqual(['FRA', 'NZL', 'SGP']);
    expect(svg.querySelector('[data-iso3="GBR"]')?.hasAttribute('data-highlight')).toBe(false);
    const labels = Array.from(svg.querySelectorAll('[data-map-labels] text'));
    expect(labels.map((t) => t.textContent).sort()).toEqual(['France', 'New Zealand', 'Singapore']);
    for (const t of labels) {
      const x = Number(t.getAttribute('x'));
      const width = (t.textContent ?? '').length * 0.62 * 12;
      const [left, right] = t.getAttribute('text-anchor') === 'end' ? [x - width, x] : [x, x + width];
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(640);
    }
  });

  test('in the exported legend, by name', () => {
    const counts = mapCounts(mapLayers(model, world, 640));
    const legend = mapFigureLegend(model, counts, LIGHT_PALETTE, [], ['France', 'Singapore']);
    expect(legend.entries.at(-1)?.label).toBe('Highlighted: France, Singapore');
  });

  test('on the timeline: the conferences they hosted and the initiatives placed in them', () => {
    const filters = defaultFilters();
    const tl = selectTimeline(timelineData, applyFilters(timelineData, filters), filters);
    const host = timelineData.conferenceById.get('seoul-2013')!.country;
    const ids = highlightedItems(timelineData, tl, [host!]);
    expect(ids.has('seoul-2013')).toBe(true);
    expect(ids.has('london-2011')).toBe(false);
    const spec = timelineSpec({
      model: tl,
      window: tl.domain,
      width: 720,
      palette: LIGHT_PALETTE,
      selected: null,
      highlighted: ids,
    });
    const svg = Plot.plot({ ...spec, document: makeDocument() }) as unknown as Element;
    const lit = Array.from(svg.querySelectorAll('[data-highlight="true"]'), (e) => e.getAttribute('data-id'));
    expect(lit).toContain('seoul-2013');
    expect(lit).not.toContain('london-2011');
  });
});

describe('parseHighlightInput', () => {
  test.each([
    { name: 'codes', input: 'FRA~DEU', codes: ['FRA', 'DEU'], unknown: [] },
    {
      name: 'names and codes, any case',
      input: 'france, deu ; Singapore',
      codes: ['FRA', 'DEU', 'SGP'],
      unknown: [],
    },
    { name: 'repeats once', input: 'FRA, France', codes: ['FRA'], unknown: [] },
    { name: 'what is not a state', input: 'FRA, Atlantis', codes: ['FRA'], unknown: ['Atlantis'] },
    { name: 'nothing', input: ' , ', codes: [], unknown: [] },
  ])('$name', ({ input, codes, unknown }) => expect(parseHighlightInput(input)).toEqual({ codes, unknown }));
});

describe('wrapText', () => {
  test.each([
    { name: 'short text stays one line', text: 'a b c', max: 10, expected: ['a b c'] },
    { name: 'breaks at spaces', text: 'aaa bbb ccc', max: 7, expected: ['aaa bbb', 'ccc'] },
    {
      name: 'cuts a word longer than a line',
      text: 'x https://abcdefghij',
      max: 8,
      expected: ['x', 'https://', 'abcdefgh', 'ij'],
    },
    { name: 'nothing for blank text', text: '   ', max: 8, expected: [] },
  ])('$name', ({ text, max, expected }) => expect(wrapText(text, max)).toEqual(expected));
});
