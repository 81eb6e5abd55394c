import { describe, expect, test } from 'vitest';
import { applyFilters, defaultFilters, selectTimeline, UNTHEMED_LANE, type Filters } from '$lib/query';
import { dataset } from '../../fixtures/timelineDataset';

const model = (patch: Partial<Filters> = {}) => {
  const filters = { ...defaultFilters(), ...patch };
  return selectTimeline(dataset, applyFilters(dataset, filters), filters);
};
const find = (m: ReturnType<typeof model>, key: string) => m.items.find((i) => i.key === key)!;

describe('the timeline model', () => {
  test('keeps each date at its precision: a year spans its year, a month its month, a day is a point', () => {
    const m = model();
    const centre = find(m, 'centre@capacity-building');
    expect([centre.start.toISOString(), centre.end.toISOString(), centre.span, centre.when]).toEqual([
      '2013-01-01T00:00:00.000Z',
      '2014-01-01T00:00:00.000Z',
      true,
      '2013',
    ]);
    const convention = find(m, 'convention@cybercrime');
    expect([convention.start.toISOString(), convention.end.toISOString(), convention.when]).toEqual([
      '2001-11-01T00:00:00.000Z',
      '2005-01-01T00:00:00.000Z',
      'Nov 2001 – 2004',
    ]);
    expect(find(m, 'gfce@cybercrime').span).toBe(false);
    expect(find(m, 'seoul-2013').when).toBe('17–18 Oct 2013');
  });

  test('puts conferences in their own lane and repeats an initiative in each of its theme lanes', () => {
    const m = model();
    expect(m.lanes.map((l) => l.id)).toEqual([
      'conferences',
      'cybercrime',
      'capacity-building',
      UNTHEMED_LANE,
    ]);
    expect(m.items.filter((i) => i.id === 'gfce').map((i) => i.lane)).toEqual([
      'capacity-building',
      'cybercrime',
    ]);
    expect(m.counts).toEqual({ conferences: 2, initiatives: 4 });
  });

  test('shows only the chosen themes’ lanes and items', () => {
    const m = model({ themes: ['cybercrime'] });
    expect(m.lanes.map((l) => l.id)).toEqual(['conferences', 'cybercrime']);
    expect(m.items.filter((i) => i.kind === 'initiative').map((i) => i.key)).toEqual([
      'convention@cybercrime',
      'gfce@cybercrime',
    ]);
  });

  test('a year range removes what lies outside it, and the first window starts at `from`', () => {
    const m = model({ from: 2013, to: 2014 });
    expect(m.items.map((i) => i.id).sort()).toEqual(['centre', 'seoul-2013']);
    expect(m.initial[0].toISOString()).toBe('2013-01-01T00:00:00.000Z');
  });

  test('opens on 2011 but its whole range reaches back to the earliest item', () => {
    const m = model();
    expect(m.initial[0].getUTCFullYear()).toBe(2011);
    expect(m.domain[0].getUTCFullYear()).toBe(2001);
    expect(m.domain[1].toISOString()).toBe('2015-04-17T00:00:00.000Z');
  });
});
