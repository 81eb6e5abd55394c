import { describe, expect, test } from 'vitest';
import { applyFilters, compareConferences, defaultFilters, summarizeView, type Filters } from '$lib/query';
import { emptyDataset } from '$lib/data';
import { fixtureDataset } from './fixture';

const dataset = fixtureDataset();
const summary = (patch: Partial<Filters>): string => {
  const filters = { ...defaultFilters(), ...patch };
  return summarizeView(dataset, filters, applyFilters(dataset, filters));
};

describe('summarizeView', () => {
  test.each([
    {
      name: 'no filters: what is in view overall',
      patch: {},
      expected:
        '2 conferences in view, with 5 states documented at one or more. 2 initiatives and 1 membership match.',
    },
    {
      name: 'one conference: documented against reported',
      patch: { conferences: ['seoul-2013'] },
      expected: 'Seoul 2013: 3 states documented of 87 reported. 1 initiative and 1 membership match.',
    },
    {
      name: 'two conferences: what changed between them',
      patch: { conferences: ['london-2011', 'seoul-2013'] },
      expected:
        'London 2011 compared with Seoul 2013: 1 state documented at both, 2 only at London 2011 (Estonia and United Kingdom), 2 only at Seoul 2013 (Germany and South Korea). 1 initiative and 1 membership match.',
    },
    {
      name: 'themes, years, region and source',
      patch: { themes: ['cybercrime'], from: 2011, to: 2012, region: 'Asia', source: 'bundled' },
      expected:
        '1 conference in view, with 1 state documented at one or more. 1 theme selected: Cybercrime. Showing 2011–2012, states in Asia and bundled data only. 0 initiatives and 0 memberships match.',
    },
    {
      name: 'a selected state',
      patch: { country: 'JPN', from: 2013 },
      expected:
        '1 conference in view, with 3 states documented at one or more. Showing from 2013. 2 initiatives and 1 membership match. Selected: Japan, documented at 2 of 2 conferences.',
    },
  ])('$name', ({ patch, expected }) => {
    expect(summary(patch as Partial<Filters>)).toBe(expected);
  });

  test('while the initiatives are not loaded yet, it does not claim that none match', () => {
    const first = { ...dataset, initiatives: [], memberships: [] };
    const text = summarizeView(first, defaultFilters(), applyFilters(first, defaultFilters()));
    expect(text).toBe('2 conferences in view, with 5 states documented at one or more.');
    // While they are on their way, it says so (taking about the room the count will).
    const loading = summarizeView(first, defaultFilters(), applyFilters(first, defaultFilters()), true);
    expect(loading).toBe(
      '2 conferences in view, with 5 states documented at one or more. Initiatives and memberships are loading.',
    );
    // Once they have come, the count replaces it, even if the flag lags behind.
    expect(summarizeView(dataset, defaultFilters(), applyFilters(dataset, defaultFilters()), true)).toBe(
      '2 conferences in view, with 5 states documented at one or more. 2 initiatives and 1 membership match.',
    );
  });

  test('says so when nothing is loaded', () => {
    const empty = emptyDataset();
    expect(summarizeView(empty, defaultFilters(), applyFilters(empty, defaultFilters()))).toBe(
      'No data loaded yet.',
    );
  });
});

describe('compareConferences', () => {
  test('splits the states into both, only the first and only the second', () => {
    const c = compareConferences(
      dataset,
      applyFilters(dataset, defaultFilters()),
      'seoul-2013',
      'london-2011',
    );
    expect(c && { both: c.both, onlyA: c.onlyA, onlyB: c.onlyB }).toEqual({
      both: ['JPN'],
      onlyA: ['DEU', 'KOR'],
      onlyB: ['EST', 'GBR'],
    });
  });

  test('an unknown conference gives null', () => {
    expect(
      compareConferences(dataset, applyFilters(dataset, defaultFilters()), 'seoul-2013', 'x'),
    ).toBeNull();
  });
});
