// Rows that repeat an earlier row exactly (cells equal once trimmed) are left out, each with an issue
// naming the line it repeats. These tests check the loader against checking row by row (the oracle),
// on tables with ids, past the first thousand rows, with quoting, CRLF, a BOM and JSON.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { messageOf, readTable, type Issue, type TableSource } from '$lib/data';
import { expectedRepeats } from './repeatOracle';

const readAlike = (source: TableSource) => readTable(source);

const brief = (issues: Issue[]) => issues.map((i) => [i.line, i.code, messageOf(i)]);

describe('rows that repeat an earlier row', () => {
  test('in a table with ids, a repeat is refused as a repeat, a new row with a used id for its id (against checking row by row)', () => {
    const pick = (values: string[]) => fc.constantFrom(...values);
    const row = fc.tuple(
      pick(['seoul-2013', ' seoul-2013', 'london-2011']),
      pick(['cybercrime', 'capacity-building ', 'security']),
      pick(['A', ' A', 'B', '']),
      pick(['https://a.org/1', 'https://a.org/2']),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 1600 }), (rows) => {
        // What checking each row as it comes gives: a repeat first, then the id.
        const firstContent = new Map<string, number>();
        const firstId = new Map<string, number>();
        const kept: number[] = [];
        const issues: [number, string, string][] = [];
        rows.forEach((cells, i) => {
          const line = i + 2;
          const content = cells.map((c) => c.trim()).join(',');
          const twin = firstContent.get(content);
          if (twin !== undefined) {
            issues.push([line, 'duplicate-row', `This row repeats line ${twin} exactly and is left out.`]);
            return;
          }
          firstContent.set(content, line);
          const id = `${cells[0].trim()}/${cells[1].trim()}`;
          const used = firstId.get(id);
          if (used !== undefined) {
            issues.push([
              line,
              'duplicate-id',
              `The id "${id}" is already used on line ${used}; ids must be unique.`,
            ]);
            return;
          }
          firstId.set(id, line);
          kept.push(line);
        });
        const text = ['conference,theme,stated_as,source', ...rows.map((cells) => cells.join(','))].join(
          '\n',
        );
        const { tables, reports } = readAlike({ name: 'agenda_themes.csv', text, origin: 'a.csv' });
        expect(tables.agenda_themes?.map((r) => r.line)).toEqual(kept);
        expect(brief(reports[0]!.issues)).toEqual(issues);
        expect(reports[0]).toMatchObject({ total: rows.length, accepted: kept.length });
      }),
      { numRuns: 40 },
    );
  });

  test('past the first thousand rows, the rows kept and the issues are the oracle’s', () => {
    const row = fc.tuple(
      fc.constantFrom('France', ' France', 'KOR'),
      fc.constantFrom('host', 'attendee '),
      fc.nat({ max: 900 }).map((n) => `https://a.org/${n}`),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1000, maxLength: 3000 }), (rows) => {
        const text = [
          'conference,country,role,source',
          ...rows.map((c) => ['seoul-2013', ...c].join(',')),
        ].join('\n');
        const { tables, reports } = readAlike({ name: 'p.csv', text, origin: 'p.csv' });
        const { kept, repeats } = expectedRepeats(rows);
        expect(tables.participation?.map((r) => r.line)).toEqual(kept);
        expect(reports[0]!.issues.map((i) => [i.line, messageOf(i)])).toEqual(repeats);
      }),
      { numRuns: 10 },
    );
  });

  test('a repeat is found however its cells are quoted, across quoted line breaks, CRLF and a BOM', () => {
    const rows: string[] = [];
    for (let i = 0; i < 1200; i++)
      rows.push(`seoul-2013,KOR,attendee,https://a.org/${i},"note ${i}, line one\r\nline two"`);
    // After the first thousand: the same cells, quoted differently or with spaces around them.
    rows.push('"seoul-2013","KOR","attendee","https://a.org/3","note 3, line one\r\nline two"');
    rows.push(' seoul-2013 ,KOR,attendee , https://a.org/1100,"note 1100, line one\r\nline two"');
    // Not a repeat: the second line of its note differs.
    rows.push('seoul-2013,KOR,attendee,https://a.org/5,"note 5, line one\r\nline 2"');
    const text = `\uFEFF${['conference,country,role,source,note', ...rows].join('\r\n')}`;
    const { tables, reports } = readAlike({ name: 'p.csv', text, origin: 'p.csv' });
    // Each row spans two lines: row i starts on line 2 + 2i.
    expect(brief(reports[0]!.issues)).toEqual([
      [2402, 'duplicate-row', 'This row repeats line 8 exactly and is left out.'],
      [2404, 'duplicate-row', 'This row repeats line 2202 exactly and is left out.'],
    ]);
    expect(tables.participation).toHaveLength(1201);
    expect(tables.participation?.at(-1)).toMatchObject({ line: 2406, note: 'note 5, line one\r\nline 2' });
  });

  test('two different rows that share a hash are both kept, and a later repeat of either is still found', () => {
    // These two notes were found by search to give rows whose hashes (the repeat finder's) are equal.
    const row = (note: string) => `seoul-2013,France,attendee,https://a.org/1,${note}`;
    const text = [
      'conference,country,role,source,note',
      row('j09rjnb6'),
      row('7i3rpj0z'),
      row(' 7i3rpj0z'),
      row('j09rjnb6 '),
    ].join('\n');
    const { tables, reports } = readAlike({ name: 'p.csv', text, origin: 'p.csv' });
    expect(tables.participation?.map((r) => [r.line, r.note])).toEqual([
      [2, 'j09rjnb6'],
      [3, '7i3rpj0z'],
    ]);
    expect(brief(reports[0]!.issues)).toEqual([
      [4, 'duplicate-row', 'This row repeats line 3 exactly and is left out.'],
      [5, 'duplicate-row', 'This row repeats line 2 exactly and is left out.'],
    ]);
  });

  test('in JSON on one line, every row on line 1, the repeat is the one left out and its issue comes in its place', () => {
    const item = (country: string, role: string) => ({
      conference: 'seoul-2013',
      country,
      role,
      source: 'https://a.org/1',
    });
    const text = JSON.stringify([
      item('KOR', 'host'),
      item('KOR', 'attendee'),
      item(' KOR', 'host'),
      item('Atlantis', 'host'),
      item('JPN', 'host'),
    ]);
    const { tables, reports } = readAlike({ name: 'p.json', text, origin: 'p.json' });
    expect(tables.participation?.map((r) => [r.country, r.role])).toEqual([
      ['KOR', 'host'],
      ['KOR', 'attendee'],
      ['JPN', 'host'],
    ]);
    expect(reports[0]!.issues.map((i) => [i.line, i.code])).toEqual([
      [1, 'duplicate-row'],
      [1, 'unknown-country'],
    ]);
  });

  test('in JSON with two tables of one kind, the second table’s repeats are left out of its own rows', () => {
    const item = (country: string, n: number) => ({
      conference: 'seoul-2013',
      country,
      role: 'attendee',
      source: `https://a.org/${n}`,
    });
    const text = JSON.stringify(
      {
        participation: [item('KOR', 1), item('JPN', 2), item('KOR', 1)],
        attendance: [item('FRA', 3), item('DEU', 4), item('FRA', 3), item('BRA', 5)],
      },
      null,
      1,
    );
    const { tables, reports } = readAlike({ name: 'two.json', text, origin: 'two.json' });
    expect(reports.map((r) => [r.kind, r.accepted])).toEqual([
      ['participation', 2],
      ['participation', 3],
    ]);
    expect(tables.participation?.map((r) => r.country)).toEqual(['KOR', 'JPN', 'FRA', 'DEU', 'BRA']);
  });

  test('100,000 distinct rows are all kept', () => {
    const states = ['France', 'KOR', 'Korea, Republic of', 'Germany', 'Brazil', 'IN', 'Japan', 'Kenya'];
    const roles = ['attendee', 'host', 'speaker', 'co-organiser'];
    const lines = ['conference,country,role,level,source,note'];
    for (let i = 0; i < 100_000; i++) {
      const state = states[i % states.length]!;
      lines.push(
        `seoul-2013,${state.includes(',') ? `"${state}"` : state},${roles[i % roles.length]},minister,https://example.org/p/${i},row ${i}`,
      );
    }
    const { reports } = readTable({
      name: 'p.csv',
      text: lines.join('\n'),
      origin: 'p.csv',
    });
    expect(reports[0]).toMatchObject({ total: 100_000, accepted: 100_000, issues: [] });
  });
});
