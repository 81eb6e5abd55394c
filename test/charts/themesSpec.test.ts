import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  formatMetric,
  themesBarsSpec,
  themesHeatmapSpec,
  themesTrendSpec,
} from '$lib/charts';
import { defaultFilters, selectThemes, selectThemesByAgendas } from '$lib/query';
import { dataset } from '../fixtures/themesDataset';
import { expectSvgSnapshot, makeDocument } from './svgSnapshot';

const model = selectThemes(dataset, defaultFilters());

describe('themes specs', () => {
  test('the heatmap has one cell per theme and conference, each with data-theme and data-conference', () => {
    const svg = Plot.plot({
      ...themesHeatmapSpec({ model, width: 640, palette: LIGHT_PALETTE, selected: null }),
      document: makeDocument(),
    });
    const cells = Array.from(svg.querySelectorAll('[data-theme]')).map(
      (c) => `${c.getAttribute('data-conference')}/${c.getAttribute('data-theme')}`,
    );
    expect(cells.sort()).toEqual([
      'london-2011/crime',
      'london-2011/rights',
      'seoul-2013/crime',
      'seoul-2013/rights',
    ]);
    expect(
      svg.querySelector('[data-conference="seoul-2013"][data-theme="rights"]')?.getAttribute('aria-label'),
    ).toBe('Privacy, Seoul 2013: 5, on the official agenda');
    expectSvgSnapshot(svg.outerHTML, 'themes-heatmap');
  });

  test('grouped by text, cells carry data-document instead', () => {
    const byText = selectThemes(dataset, { ...defaultFilters(), group: 'document' });
    const svg = Plot.plot({
      ...themesHeatmapSpec({ model: byText, width: 640, palette: DARK_PALETTE, selected: null }),
      document: makeDocument(),
    });
    expect(
      new Set(
        Array.from(svg.querySelectorAll('[data-document]')).map((c) => c.getAttribute('data-document')),
      ),
    ).toEqual(new Set(['a', 'b', 'c']));
  });

  test('the stacked bars give each column its theme shares, summing to the whole width', () => {
    const svg = Plot.plot({
      ...themesBarsSpec({ model, width: 640, palette: LIGHT_PALETTE }),
      document: makeDocument(),
    });
    const london = Array.from(svg.querySelectorAll('[data-conference="london-2011"]'));
    expect(london.map((r) => r.getAttribute('data-theme'))).toEqual(['crime', 'rights']);
    const widths = london.map((r) => Number(r.getAttribute('width')));
    expect(widths[0]! / widths[1]!).toBeCloseTo(4, 0);
  });

  test('the trend has a dot per theme and conference, in conference order, with the data hooks', () => {
    const svg = Plot.plot({
      ...themesTrendSpec({ model, width: 640, palette: LIGHT_PALETTE }),
      document: makeDocument(),
    });
    const dots = Array.from(svg.querySelectorAll('[data-theme][data-conference]'));
    expect(dots).toHaveLength(4);
    const xs = (id: string) =>
      dots
        .filter((d) => d.getAttribute('data-conference') === id)
        .map((d) => d.getAttribute('transform') ?? d.getAttribute('cx'));
    expect(xs('london-2011')).toHaveLength(2);
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(0);
  });

  test('formats each metric as people read it', () => {
    expect([
      formatMetric(12, 'count'),
      formatMetric(4.456, 'per-1000'),
      formatMetric(0.234, 'share'),
    ]).toEqual(['12', '4.5', '23%']);
  });

  test('on the agendas basis, the same cells and hooks, labelled with what a count counts', () => {
    const agendas = selectThemesByAgendas(dataset, { ...defaultFilters(), basis: 'agendas' });
    const options = themesHeatmapSpec({ model: agendas, width: 640, palette: LIGHT_PALETTE, selected: null });
    expect(options.ariaLabel).toBe('Agenda themes by theme and conference');
    const svg = Plot.plot({ ...options, document: makeDocument() });
    expect(
      svg.querySelector('[data-conference="seoul-2013"][data-theme="rights"]')?.getAttribute('aria-label'),
    ).toBe('Privacy, Seoul 2013: 1 conference, on the official agenda');
    const bars = themesBarsSpec({ model: agendas, width: 640, palette: LIGHT_PALETTE });
    expect(bars.ariaLabel).toBe('Share of agenda themes by conference');
  });
});
