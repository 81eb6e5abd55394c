import { describe, expect, test } from 'vitest';
import { LIGHT_PALETTE, matrixSpec, splitConferenceLabel, toSvgElement } from '$lib/charts';
import { applyFilters, defaultFilters, selectMatrix } from '$lib/query';
import { fixtureDataset } from '../unit/query/fixture';
import { expectSvgSnapshot, makeDocument } from './svgSnapshot';

const dataset = fixtureDataset();
const filters = { ...defaultFilters(), view: 'matrix' as const };
const model = selectMatrix(dataset, applyFilters(dataset, filters), filters);
const render = (): SVGElement =>
  toSvgElement(matrixSpec({ model, palette: LIGHT_PALETTE, idPrefix: 't' }), makeDocument());

describe('matrixSpec', () => {
  test('a cell per state and conference, with its hooks and its words', () => {
    const svg = render();
    const cells = Array.from(svg.querySelectorAll('[data-iso3][data-conference]'));
    expect(cells).toHaveLength(model.rows.length * model.conferences.length);
    const gb = svg.querySelector('[data-iso3="GBR"][data-conference="london-2011"]')!;
    expect(gb.getAttribute('data-status')).toBe('host');
    expect(gb.getAttribute('role')).toBe('gridcell');
    const de = svg.querySelector('[data-iso3="DEU"][data-conference="london-2011"]')!;
    expect(de.getAttribute('data-status')).toBe('no-record');
    expect(de.getAttribute('aria-label')).toBe('Germany at London 2011: no record found');
    // Grid semantics: a header row and a row per state.
    expect(svg.querySelectorAll('[role="row"]')).toHaveLength(model.rows.length + 1);
    expect(svg.querySelectorAll('[role="columnheader"]')).toHaveLength(model.conferences.length + 2);
  });

  test('roles differ in shape and evidence in fill, not in colour alone', () => {
    const svg = render();
    const shape = (iso3: string, conference: string): string =>
      svg.querySelector(`[data-iso3="${iso3}"][data-conference="${conference}"] path`)!.getAttribute('d')!;
    expect(shape('GBR', 'london-2011')).not.toBe(shape('JPN', 'london-2011'));
    expect(svg.querySelectorAll('[data-legend] [role="listitem"]')).toHaveLength(9);
  });

  test.each([
    { label: 'London 2011', lines: ['London', '2011'] },
    { label: 'Baku 2013 (ITU)', lines: ['Baku', '2013 (ITU)'] },
    { label: 'The Hague 2015', lines: ['The Hague', '2015'] },
    { label: 'Tallinn Manual', lines: ['Tallinn Manual', ''] },
  ])('splitConferenceLabel($label)', ({ label, lines }) => {
    expect(splitConferenceLabel(label)).toEqual(lines);
  });

  test('matches its SVG snapshot', () => {
    expectSvgSnapshot(render().outerHTML, 'matrix');
  });
});
