import { describe, expect, test } from 'vitest';
import {
  defaultFilters,
  isSelected,
  isSelectedConference,
  isSelectedCountry,
  isSelectedInitiative,
  isSelectedTheme,
  resetFilters,
  selectFilterChips,
  selectFilterOptions,
  selectYearBounds,
  toggleCountry,
  toggleValue,
  type Filters,
} from '$lib/query';
import { fixtureDataset } from './fixture';

const dataset = fixtureDataset();
const f = (patch: Partial<Filters>): Filters => ({ ...defaultFilters(), ...patch });

describe('selection selectors', () => {
  const filters = f({
    country: 'JPN',
    conferences: ['seoul-2013'],
    themes: ['cybercrime'],
    initiative: 'gfce',
  });
  test.each([
    { name: 'the selected state', actual: isSelectedCountry(filters, 'JPN'), expected: true },
    { name: 'another state', actual: isSelectedCountry(filters, 'KOR'), expected: false },
    { name: 'no state', actual: isSelectedCountry(filters, null), expected: false },
    { name: 'a chosen conference', actual: isSelectedConference(filters, 'seoul-2013'), expected: true },
    { name: 'another conference', actual: isSelectedConference(filters, 'london-2011'), expected: false },
    { name: 'a chosen theme', actual: isSelectedTheme(filters, 'cybercrime'), expected: true },
    { name: 'the selected initiative', actual: isSelectedInitiative(filters, 'gfce'), expected: true },
    { name: 'a row of the selected state', actual: isSelected(filters, { iso3: 'JPN' }), expected: true },
    {
      name: 'a row of the selected initiative',
      actual: isSelected(filters, { iso3: 'NLD', initiative: 'gfce' }),
      expected: true,
    },
    {
      name: 'an unrelated row',
      actual: isSelected(filters, { iso3: 'DEU', initiative: 'a4ai' }),
      expected: false,
    },
    { name: 'nothing selected', actual: isSelected(f({}), { iso3: null }), expected: false },
  ])('$name', ({ actual, expected }) => expect(actual).toBe(expected));

  test('toggleCountry selects, and clears when selected again', () => {
    expect(toggleCountry(f({}), 'JPN')).toEqual({ country: 'JPN' });
    expect(toggleCountry(f({ country: 'JPN' }), 'JPN')).toEqual({ country: null });
  });

  test('toggleValue adds, removes, and lets the oldest give way past the limit', () => {
    expect(toggleValue(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleValue(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleValue(['a', 'b'], 'c', 2)).toEqual(['b', 'c']);
  });
});

describe('selectFilterChips', () => {
  test('no filters, no chips', () => {
    expect(selectFilterChips(f({}), dataset)).toEqual([]);
  });

  test('each active filter is a chip named from the data, with the patch that removes it', () => {
    const chips = selectFilterChips(
      f({
        conferences: ['seoul-2013'],
        themes: ['cybercrime', 'capacity-building'],
        from: 2012,
        region: 'Asia',
        country: 'KOR',
        initiative: 'gfce',
        source: 'user',
      }),
      dataset,
    );
    expect(chips.map((c) => [c.label, c.remove])).toEqual([
      ['Conference: Seoul 2013', { conferences: [] }],
      ['Theme: Cybercrime', { themes: ['capacity-building'] }],
      ['Theme: Capacity building', { themes: ['cybercrime'] }],
      ['Years: 2012–…', { from: null, to: null }],
      ['Region: Asia', { region: null }],
      ['State: South Korea', { country: null }],
      ['Initiative: Global Forum on Cyber Expertise', { initiative: null }],
      ['Your data only', { source: 'all' }],
    ]);
  });

  test('reset clears every filter but keeps the view and its display options', () => {
    const reset = {
      ...f({ view: 'table', table: 'memberships', themes: ['x'], country: 'JPN', q: 'a' }),
      ...resetFilters(),
    };
    expect(selectFilterChips(reset, dataset)).toEqual([]);
    expect(reset.view).toBe('table');
    expect(reset.table).toBe('memberships');
    expect(reset.q).toBe('');
  });
});

describe('selectYearBounds', () => {
  test('spans conferences, initiatives and memberships', () => {
    expect(selectYearBounds(dataset)).toEqual({ min: 2011, max: 2015 });
  });
});

describe('selectFilterOptions', () => {
  test('offers what the data holds, states by name', () => {
    const o = selectFilterOptions(dataset);
    expect(o.conferences).toEqual([
      { value: 'london-2011', label: 'London 2011' },
      { value: 'seoul-2013', label: 'Seoul 2013' },
    ]);
    expect(o.states.map((s) => s.label)).toEqual([
      'Estonia',
      'Germany',
      'Japan',
      'Netherlands',
      'Nigeria',
      'South Korea',
      'United Kingdom',
    ]);
    expect(o.regions.map((r) => r.value)).toContain('Europe');
    expect(o.initiatives.map((i) => i.value)).toEqual(['a4ai', 'gfce']);
  });
});
