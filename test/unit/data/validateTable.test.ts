import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  detectTable,
  loadTables,
  matchHeaders,
  messageOf,
  parseCsv,
  participationSpec,
  validateTable,
} from '$lib/data';
import { expectedRepeats } from './repeatOracle';

describe('matchHeaders', () => {
  test('matches case-, accent-, space- and punctuation-insensitively, with synonyms', () => {
    const m = matchHeaders(['Conférence', 'Country Name', 'ROLE', 'Source_URL', 'Extra'], participationSpec);
    expect(m.mapping).toEqual({ conference: 0, country: 1, role: 2, source: 3 });
    expect(m.unknown).toEqual(['Extra']);
    expect(m.missing).toEqual([]);
  });

  test('an explicit mapping wins', () => {
    const m = matchHeaders(['event', 'who', 'as', 'link'], participationSpec, { country: 'who', role: 'as' });
    expect(m.mapping).toMatchObject({ conference: 0, country: 1, role: 2, source: 3 });
  });
});

describe('detectTable', () => {
  test.each([
    { headers: ['conference', 'country', 'role', 'source'], kind: 'participation' },
    { headers: ['id', 'name', 'country', 'start_date', 'source'], kind: 'conferences' },
    { headers: ['id', 'name', 'date', 'themes', 'source'], kind: 'initiatives' },
    { headers: ['initiative', 'state', 'year joined', 'source'], kind: 'memberships' },
    { headers: ['apples', 'pears'], kind: undefined },
  ])('$headers → $kind', ({ headers, kind }) => {
    expect(detectTable(headers)).toBe(kind);
  });
});

describe('validateTable', () => {
  const csv = [
    'conference,country,role,source',
    'seoul-2013,Korea Republic of,host,https://example.org/a',
    'seoul-2013,Germny,attendee,https://example.org/b',
    'seoul-2013,GBR,guest,https://example.org/c',
    'seoul-2013,FRA,attendee,ftp://example.org/d',
    'seoul-2013,,attendee,https://example.org/e',
    'seoul-2013,JPN,attendee,https://example.org/f',
    'seoul-2013,JPN,attendee,https://example.org/f',
    'Seoul 2013,USA,attendee,https://example.org/g',
    'seoul-2013,"=HYPERLINK(""x"")",attendee,https://example.org/h',
  ].join('\n');

  test('keeps good rows and reports each bad one on its own line with a stable code', () => {
    const { rows, issues, total } = validateTable(parseCsv(csv), 'participation', { origin: 'mine.csv' });
    expect(total).toBe(9);
    expect(rows.map((r) => [r.line, r.country])).toEqual([
      [2, 'KOR'],
      [7, 'JPN'],
    ]);
    expect(rows[0]!.origin).toBe('mine.csv');
    expect(issues.map((i) => [i.line, i.code, i.column ?? ''])).toEqual([
      [3, 'unknown-country', 'country'],
      [4, 'invalid-enum', 'role'],
      [5, 'invalid-url', 'source'],
      [6, 'missing-actor', 'country'],
      [8, 'duplicate-row', ''],
      [9, 'invalid-slug', 'conference'],
      [10, 'unknown-country', 'country'],
    ]);
    expect(issues[0]!.suggestion).toBe('Germany (DEU)');
    expect(issues[5]!.suggestion).toBe('seoul-2013');
  });

  test('a missing required column is reported once and no row is accepted', () => {
    const { rows, issues } = validateTable(parseCsv('country,role\nKOR,host\n'), 'participation');
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.code, i.column, i.line])).toEqual([['missing-column', 'conference', 1]]);
  });

  test('rows with too many or too few fields are reported, the rest kept', () => {
    const { rows, issues } = validateTable(
      parseCsv(
        'conference,country,role,source\nseoul-2013,KOR,host,https://a.org,extra\nseoul-2013,GBR\nseoul-2013,JPN,attendee,https://a.org\n',
      ),
      'participation',
    );
    expect(rows.map((r) => r.country)).toEqual(['JPN']);
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'too-many-fields'],
      [3, 'too-few-fields'],
    ]);
  });

  test('a row is refused as a repeat exactly when an earlier kept row has the same cells once trimmed', () => {
    // Few values, with and without spaces around them, so repeats and near-repeats are common; the
    // unknown column "extra" counts too.
    const pick = (values: string[]) => fc.constantFrom(...values);
    const row = fc.tuple(
      pick(['France', ' France', 'KOR']),
      pick(['host', 'attendee ']),
      pick(['https://a.org/1', 'https://a.org/2 ', 'https://a.org/3']),
      pick(['', 'x', ' x', 'y']),
      pick(['', 'a']),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const text = ['conference,country,role,source,note,extra']
          .concat(rows.map((cells) => ['seoul-2013', ...cells].join(',')))
          .join('\n');
        const { kept: expected, repeats } = expectedRepeats(rows);
        const { rows: kept, issues } = validateTable(parseCsv(text), 'participation');
        expect(kept.map((r) => r.line)).toEqual(expected);
        const found = issues.filter((i) => i.code === 'duplicate-row').map((i) => [i.line, messageOf(i)]);
        expect(found).toEqual(repeats);
      }),
      { numRuns: 300 },
    );
  });

  test('labels that look like formulas or HTML are kept as text with a warning', () => {
    const { rows, issues } = validateTable(
      parseCsv(
        'conference,organisation,role,source\nseoul-2013,=1+2,attendee,https://a.org\nseoul-2013,<img src=x onerror=alert(1)>,attendee,https://a.org\n',
      ),
      'participation',
    );
    expect(rows.map((r) => r.organisation)).toEqual(['=1+2', '<img src=x onerror=alert(1)>']);
    expect(issues.map((i) => [i.line, i.code, i.severity])).toEqual([
      [2, 'formula-like', 'warning'],
      [3, 'html-like', 'warning'],
    ]);
  });
});

describe('loadTables', () => {
  test('links tables and drops rows whose references do not resolve', () => {
    const { dataset, issues } = loadTables([
      {
        name: 'conferences.csv',
        kind: 'conferences',
        text: 'id,name,country,start_date,source\nseoul-2013,Seoul,KOR,2013-10-17,https://a.org\n',
      },
      {
        name: 'mine.csv',
        text: 'conference,country,role,source\nseoul-2013,KOR,host,https://a.org\nbaku-2099,AZE,host,https://a.org\n',
      },
    ]);
    expect(dataset.participationByConference.get('seoul-2013')?.map((p) => p.country)).toEqual(['KOR']);
    expect(issues).toMatchObject([
      { file: 'mine.csv', line: 3, code: 'unknown-reference', column: 'conference' },
    ]);
  });
});
