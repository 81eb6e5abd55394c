import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { LIGHT_PALETTE, timelineSpec, zoomWindow, panWindow, MIN_WINDOW_MS } from '$lib/charts';
import { applyFilters, defaultFilters, selectTimeline } from '$lib/query';
import { t, useLanguage } from '$lib/i18n';
import { dataset } from '../fixtures/timelineDataset';
import { expectSvgSnapshot, makeDocument } from './svgSnapshot';

const filters = defaultFilters();
const model = selectTimeline(dataset, applyFilters(dataset, filters), filters);

function render(window: [Date, Date], selected: string | null = null): SVGSVGElement {
  const spec = timelineSpec({ model, window, width: 720, palette: LIGHT_PALETTE, selected });
  return Plot.plot({ ...spec, document: makeDocument() }) as SVGSVGElement;
}

describe('timelineSpec', () => {
  test('every conference and initiative mark carries data-kind, data-id and an accessible name', () => {
    const svg = render(model.domain);
    const marks = Array.from(svg.querySelectorAll('[data-kind]'));
    const ids = (kind: string) =>
      [
        ...new Set(
          marks.filter((m) => m.getAttribute('data-kind') === kind).map((m) => m.getAttribute('data-id')),
        ),
      ].sort();
    expect(ids('conference')).toEqual(['london-2011', 'seoul-2013']);
    expect(ids('initiative')).toEqual(['centre', 'convention', 'gfce', 'plain']);
    // GFCE has two themes, so two marks.
    expect(marks.filter((m) => m.getAttribute('data-id') === 'gfce')).toHaveLength(2);
    expect(svg.querySelector('[data-id="centre"]')?.getAttribute('aria-label')).toBe(
      'Centre, 2013. Themes: Capacity building',
    );
  });

  test('draws only what overlaps the window', () => {
    const svg = render([new Date(Date.UTC(2013, 0, 1)), new Date(Date.UTC(2014, 0, 1))]);
    const ids = [
      ...new Set(Array.from(svg.querySelectorAll('[data-id]')).map((m) => m.getAttribute('data-id'))),
    ];
    expect(ids.sort()).toEqual(['centre', 'seoul-2013']);
  });

  test('matches its SVG snapshot', () => {
    expectSvgSnapshot(render(model.domain, 'gfce').outerHTML, 'timeline');
  });

  test('in another language, a mark whose name is English is named in parts, the name marked lang="en"', async () => {
    await useLanguage('fr');
    try {
      const french = selectTimeline(dataset, applyFilters(dataset, filters), filters);
      const spec = timelineSpec({
        model: french,
        window: french.domain,
        width: 720,
        palette: LIGHT_PALETTE,
        selected: null,
      });
      const svg = Plot.plot({ ...spec, document: makeDocument() }) as SVGSVGElement;
      const mark = svg.querySelector('[data-id="centre"]')!;
      expect(mark.hasAttribute('aria-label')).toBe(false);
      const parts = mark
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => svg.querySelector(`[id="${id}"]`)!);
      expect(parts.map((p) => p.textContent).join('')).toBe(
        'Centre, 2013. Thèmes : Renforcement des capacités',
      );
      expect(parts.map((p) => p.getAttribute('lang'))).toEqual([null, 'en', null]);
      expect(parts[1]!.textContent).toBe('Centre');
      expect(svg.getAttribute('aria-label')).toBe(t('timeline.chart'));
      expect(t('timeline.chart')).toMatch(/^Chronologie/);
    } finally {
      await useLanguage('en');
    }
  });
});

describe('zoom and pan', () => {
  const window: [Date, Date] = [new Date(Date.UTC(2011, 0, 1)), new Date(Date.UTC(2015, 0, 1))];
  test('zooming keeps the anchor point in place and never goes below two weeks', () => {
    const [a, b] = zoomWindow(window, 0.5, 0);
    expect(a.toISOString()).toBe(window[0].toISOString());
    expect(b.getTime() - a.getTime()).toBe((window[1].getTime() - window[0].getTime()) / 2);
    const tiny = zoomWindow(window, 1e-9, 0.5);
    expect(tiny[1].getTime() - tiny[0].getTime()).toBe(MIN_WINDOW_MS);
  });
  test('panning moves by a share of the window', () => {
    const [a] = panWindow(window, 0.25);
    expect(a.getUTCFullYear()).toBe(2012);
  });
});
