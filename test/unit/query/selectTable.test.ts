import { describe, expect, test } from 'vitest';
import { toCsv } from '$lib/export';
import {
  applyFilters,
  DATA_TABLES,
  defaultFilters,
  formatLinkCell,
  searchRows,
  selectTable,
  sortRows,
  tableRecords,
  type Filters,
} from '$lib/query';
import { fixtureDataset } from './fixture';

const dataset = fixtureDataset();
const table = (kind: Filters['table'], patch: Partial<Filters> = {}) =>
  selectTable(applyFilters(dataset, { ...defaultFilters(), ...patch }), dataset, kind);

describe('selectTable', () => {
  test.each(DATA_TABLES.map((kind) => ({ kind })))(
    '$kind: every cell is a column, every key unique',
    ({ kind }) => {
      const model = table(kind);
      const keys = new Set(model.columns.map((c) => c.key));
      for (const row of model.rows)
        for (const k of Object.keys(row.cells)) expect(keys.has(k) || k === 'origin').toBe(true);
      expect(new Set(model.rows.map((r) => r.key)).size).toBe(model.rows.length);
    },
  );

  test('participation rows carry readable names beside the codes, and follow the filters', () => {
    const model = table('participation', { conferences: ['seoul-2013'] });
    expect(model.rows.map((r) => [r.cells.conference, r.cells.state, r.iso3])).toEqual([
      ['Seoul 2013', 'South Korea', 'KOR'],
      ['Seoul 2013', 'Japan', 'JPN'],
      ['Seoul 2013', 'Germany', 'DEU'],
    ]);
  });

  test('memberships carry the initiative for highlighting, and the user file as origin', () => {
    const [row] = table('memberships').rows;
    expect(row).toMatchObject({ iso3: 'NLD', initiative: 'gfce' });
    expect(row!.cells.origin).toBe('my-members.csv');
    expect(row!.cells.initiative).toBe('Global Forum on Cyber Expertise');
  });
});

test('rows are built once per dataset: a filter change reuses them', () => {
  const all = table('participation').rows;
  const seoul = table('participation', { conferences: ['seoul-2013'] }).rows;
  expect(seoul.every((r) => all.includes(r))).toBe(true);
});

describe('searchRows and sortRows', () => {
  const model = table('participation');
  test('search matches every word, in any cell, ignoring case', () => {
    expect(searchRows(model.rows, 'japan').map((r) => r.cells.conference)).toEqual([
      'London 2011',
      'Seoul 2013',
    ]);
    expect(searchRows(model.rows, 'JAPAN seoul').map((r) => r.iso3)).toEqual(['JPN']);
    expect(searchRows(model.rows, '  ')).toBe(model.rows);
    expect(searchRows(model.rows, 'atlantis')).toEqual([]);
  });

  test('sorts by a column either way; an unknown column keeps the order', () => {
    const states = (sort: string | null) => sortRows(model.rows, sort, model.columns).map((r) => r.iso3);
    expect(states('state')).toEqual(['EST', 'DEU', 'JPN', 'JPN', 'KOR', 'GBR']);
    expect(states('-state')).toEqual(['GBR', 'KOR', 'JPN', 'JPN', 'DEU', 'EST']);
    expect(states('nonsense')).toEqual(model.rows.map((r) => r.iso3));
  });

  test('numbers sort as numbers, empty cells last', () => {
    const confs = table('conferences');
    expect(sortRows(confs.rows, '-states', confs.columns).map((r) => r.cells.states)).toEqual([87, 60]);
  });
});

describe('tableRecords', () => {
  test('exports every column, URLs joined by |, formulas escaped by toCsv', () => {
    const model = table('conferences', { conferences: ['london-2011'] });
    const records = tableRecords(model, model.rows);
    expect(records[0]).toMatchObject({
      name: 'London Conference on Cyberspace',
      states: 60,
      source: 'https://www.gov.uk/london',
    });
    const csv = toCsv([{ ...records[0], name: '=HYPERLINK("x")' }], ['name', 'states']);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",60`);
  });

  test('formatLinkCell shows the host and how many more', () => {
    expect(formatLinkCell('https://www.gov.uk/a https://b.org/c')).toBe('gov.uk +1');
    expect(formatLinkCell(null)).toBe('');
  });
});
