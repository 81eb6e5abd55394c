import { describe, expect, test } from 'vitest';
import { loadTables } from '$lib/data';
import {
  applyFilters,
  defaultFilters,
  describeMatrixCell,
  formatMatrixSort,
  parseMatrixSort,
  selectMatrix,
  type Filters,
} from '$lib/query';
import { fixtureDataset } from './fixture';

const dataset = fixtureDataset();
const matrix = (patch: Partial<Filters> = {}) => {
  const filters = { ...defaultFilters(), view: 'matrix' as const, ...patch };
  return selectMatrix(dataset, applyFilters(dataset, filters), filters);
};
const statuses = (m: ReturnType<typeof matrix>) =>
  Object.fromEntries(m.rows.map((r) => [r.iso3, r.cells.map((c) => c.status).join(' ')]));

describe('selectMatrix', () => {
  test('a column per conference in date order, a row per state, hosts and no record told apart', () => {
    const m = matrix();
    expect(m.conferences.map((c) => c.id)).toEqual(['london-2011', 'seoul-2013']);
    expect(statuses(m)).toEqual({
      JPN: 'attendee attendee',
      DEU: 'no-record attendee',
      EST: 'attendee no-record',
      GBR: 'host no-record',
      KOR: 'no-record host',
    });
    // Most conferences first (who came back), then by name.
    expect(m.rows.map((r) => r.iso3)).toEqual(['JPN', 'EST', 'DEU', 'KOR', 'GBR']);
    expect(m.counts).toMatchObject({ host: 2, attendee: 4, 'no-record': 4 });
  });

  test.each([
    { sort: 'name', order: ['EST', 'DEU', 'JPN', 'KOR', 'GBR'] },
    { sort: '-name', order: ['GBR', 'KOR', 'JPN', 'DEU', 'EST'] },
    { sort: 'conferences', order: ['EST', 'DEU', 'KOR', 'GBR', 'JPN'] },
    { sort: 'region', order: ['JPN', 'KOR', 'EST', 'DEU', 'GBR'] },
    // A sort the matrix does not know (the Table view's) gives the default.
    { sort: '-year', order: ['JPN', 'EST', 'DEU', 'KOR', 'GBR'] },
  ])('sort=$sort', ({ sort, order }) => {
    expect(matrix({ sort }).rows.map((r) => r.iso3)).toEqual(order);
  });

  test('filtered like every view: by conference, year and region', () => {
    expect(matrix({ conferences: ['seoul-2013'] }).conferences.map((c) => c.id)).toEqual(['seoul-2013']);
    expect(Object.keys(statuses(matrix({ from: 2012 })))).toEqual(['DEU', 'JPN', 'KOR']);
    expect(Object.keys(statuses(matrix({ region: 'Europe' })))).toEqual(['EST', 'DEU', 'GBR']);
  });

  test('a cell keeps its strongest role, best evidence and every source', () => {
    const { dataset: ds } = loadTables([
      {
        name: 'conferences.csv',
        kind: 'conferences',
        origin: 'bundled',
        text: 'id,name,short_name,country,start_date,source\nx-2012,X,X 2012,HUN,2012-10-04,https://x.org/a',
      },
      {
        name: 'participation.csv',
        kind: 'participation',
        origin: 'bundled',
        text: [
          'conference,country,role,confidence,source',
          'x-2012,FRA,attendee,pre-event-announcement,https://x.org/pre',
          'x-2012,FRA,speaker,secondary-report,https://x.org/report',
        ].join('\n'),
      },
    ]);
    const filters = { ...defaultFilters(), view: 'matrix' as const };
    const m = selectMatrix(ds, applyFilters(ds, filters), filters);
    const france = m.rows.find((r) => r.iso3 === 'FRA')!;
    expect(france.cells[0]).toMatchObject({
      status: 'speaker',
      evidence: 'secondary-report',
      sources: ['https://x.org/pre', 'https://x.org/report'],
    });
    expect(describeMatrixCell(france, france.cells[0]!, m.conferences[0]!)).toBe(
      'France at X 2012: speaker, secondary report (2 sources)',
    );
    const hungary = m.rows.find((r) => r.iso3 === 'HUN')!;
    expect(hungary.cells[0]!.status).toBe('host');
  });

  test('no record is described as such, never as absence', () => {
    const m = matrix();
    const germany = m.rows.find((r) => r.iso3 === 'DEU')!;
    expect(describeMatrixCell(germany, germany.cells[0]!, m.conferences[0]!)).toBe(
      'Germany at London 2011: no record found',
    );
  });
});

describe('parseMatrixSort / formatMatrixSort', () => {
  test.each([
    { raw: null, key: 'conferences', descending: true, back: null },
    { raw: 'name', key: 'name', descending: false, back: 'name' },
    { raw: '-region', key: 'region', descending: true, back: '-region' },
    { raw: 'conferences', key: 'conferences', descending: false, back: 'conferences' },
    { raw: 'date', key: 'conferences', descending: true, back: null },
  ])('$raw', ({ raw, key, descending, back }) => {
    const sort = parseMatrixSort(raw);
    expect(sort).toEqual({ key, descending });
    expect(formatMatrixSort(sort)).toBe(back);
  });
});
