// A CSV file's records are checked as they are parsed, once the first thousand have told which
// table the file holds (readTable over streamCsv). These tests use files longer than that, so that
// what is decided on the first records (the table, the columns that repeat) meets the rest.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsv, readTable, recallFrom, streamCsv, TableValidator, type ReadProgress } from '$lib/data';
import { expectedRepeats } from './repeatOracle';

const HEADER = 'conference,country,role,source,note';

/** The lines a file's rows start on: the header is line 1, and a row spans as many lines as it holds. */
function startLines(rows: readonly string[], lineBreak = '\n'): number[] {
  let line = 2;
  return rows.map((row) => {
    const start = line;
    line += row.split(lineBreak).length;
    return start;
  });
}

describe('reading a long CSV file as it is parsed', () => {
  test('a row is refused as a repeat exactly when an earlier kept row has the same cells once trimmed, on either side of the first thousand', () => {
    const pick = (values: string[]) => fc.constantFrom(...values);
    // Few enough values that repeats are common. Sources are too varied to be parsed once each, so
    // they are compared as text: with or without spaces around them.
    const row = fc.tuple(
      pick(['France', ' France', 'KOR', 'Japan']),
      pick(['host', 'attendee ', 'speaker']),
      fc
        .tuple(fc.nat({ max: 1500 }), fc.constantFrom('', ' '))
        .map(([n, space]) => `${space}https://a.org/${n}${space}`),
      pick(['', 'x', ' x', 'y']),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1000, maxLength: 2600 }), (rows) => {
        const text = [HEADER, ...rows.map((cells) => ['seoul-2013', ...cells].join(','))].join('\n');
        const { kept, repeats } = expectedRepeats(rows);
        const { tables, reports } = readTable({ name: 'p.csv', text });
        expect(tables.participation?.map((r) => r.line)).toEqual(kept);
        const found = reports[0]!.issues.filter((i) => i.code === 'duplicate-row');
        expect(found.map((i) => [i.line, i.message])).toEqual(repeats);
        expect(reports[0]).toMatchObject({
          kind: 'participation',
          total: rows.length,
          accepted: kept.length,
        });
      }),
      { numRuns: 15 },
    );
  });

  test.each([
    { name: 'LF', lineBreak: '\n' },
    { name: 'CRLF', lineBreak: '\r\n' },
    { name: 'CR', lineBreak: '\r' },
  ])(
    'lines stay the file’s own past the first thousand records ($name, quoted line breaks, blank lines)',
    ({ lineBreak }) => {
      const rows: string[] = [];
      for (let i = 0; i < 1500; i++) {
        const note =
          i % 97 === 0
            ? `"two${lineBreak}lines"`
            : i % 131 === 0
              ? `"three${lineBreak}${lineBreak}lines"`
              : 'one';
        rows.push(`seoul-2013,KOR,attendee,https://a.org/${i},${note}`);
        if (i % 250 === 0) rows.push('');
      }
      // A bad country late in the file, on a known line.
      rows.splice(1400, 0, 'seoul-2013,Atlantis,attendee,https://a.org/bad,one');
      const text = [HEADER, ...rows].join(lineBreak);
      const lines = startLines(rows, lineBreak);
      const expected = lines.filter((_, i) => rows[i] !== '' && i !== 1400);
      const { tables, reports } = readTable({ name: 'p.csv', text });
      expect(tables.participation?.map((r) => r.line)).toEqual(expected);
      expect(reports[0]!.issues.map((i) => [i.code, i.line])).toEqual([['unknown-country', lines[1400]]]);
      // parseCsv, which collects what streamCsv hands over, agrees.
      expect(parseCsv(text).records.map((r) => r.line)).toEqual(lines.filter((_, i) => rows[i] !== ''));
    },
  );

  test('an unclosed quote after the first thousand records: the rows before it are kept, the issue names its line', () => {
    const rows = Array.from({ length: 1800 }, (_, i) => `seoul-2013,KOR,attendee,https://a.org/${i},one`);
    rows[1500] = 'seoul-2013,KOR,attendee,https://a.org/1500,"never closed';
    const { tables, reports } = readTable({ name: 'p.csv', text: [HEADER, ...rows].join('\n') });
    expect(tables.participation).toHaveLength(1500);
    expect(reports[0]!.issues).toMatchObject([{ code: 'unclosed-quote', line: 1502, file: 'p.csv' }]);
  });

  test('a file whose headers match no table still counts all its records, and says why it is refused', () => {
    const rows = Array.from({ length: 1700 }, (_, i) => `${i},x`);
    const { tables, reports } = readTable({ name: 'p.csv', text: ['alpha,beta', ...rows].join('\n') });
    expect(tables).toEqual({});
    expect(reports[0]).toMatchObject({
      kind: undefined,
      total: 1700,
      accepted: 0,
      issues: [{ code: 'unknown-table' }],
    });
    expect(reports[0]!.preview).toEqual([
      ['0', 'x'],
      ['1', 'x'],
      ['2', 'x'],
      ['3', 'x'],
      ['4', 'x'],
    ]);
  });

  test('progress counts the file’s lines as it goes, up to how many it has', () => {
    const rows = Array.from({ length: 9000 }, (_, i) => `seoul-2013,KOR,attendee,https://a.org/${i},one`);
    const seen: ReadProgress[] = [];
    readTable({ name: 'p.csv', text: [HEADER, ...rows].join('\n'), onProgress: (p) => seen.push(p) });
    const checking = seen.filter((p) => p.phase === 'validating');
    expect(checking.map((p) => [p.done, p.total, p.lines])).toEqual([
      [2, 9001, true],
      [4098, 9001, true],
      [8194, 9001, true],
    ]);
  });

  test('streamCsv hands over the header first, then each record once, in order', () => {
    const calls: string[] = [];
    streamCsv('a,b\n1,2\n\n3,"x\ny"\n', {
      headers: (h) => calls.push(`headers ${h.join('|')}`),
      record: (r) => calls.push(`${r.line}: ${r.cells.join('|')}`),
    });
    expect(calls).toEqual(['headers a|b', '2: 1|2', '4: 3|x\ny']);
  });
});

describe('TableValidator', () => {
  test('finds every repeat however few rows it was told to expect', () => {
    const validator = new TableValidator(
      { format: 'csv', headers: HEADER.split(','), issues: [] },
      'participation',
      {},
      [],
      1,
    );
    // 3,000 distinct rows, then each of the first 500 again with spaces around a cell.
    const rows = Array.from({ length: 3000 }, (_, i) => [
      'seoul-2013',
      'KOR',
      'attendee',
      `https://a.org/${i}`,
      'one',
    ]);
    const records = [
      ...rows.map((cells, i) => ({ line: i + 2, cells })),
      ...rows
        .slice(0, 500)
        .map((cells, i) => ({ line: 3002 + i, cells: [...cells.slice(0, 3), ` ${cells[3]} `, 'one'] })),
    ];
    for (const record of records) validator.add(record);
    const result = validator.finish(recallFrom(records));
    expect(result).toMatchObject({ total: 3500, accepted: 3000 });
    expect(result.issues.map((i) => [i.line, i.message])).toEqual(
      Array.from({ length: 500 }, (_, i) => [
        3002 + i,
        `This row repeats line ${i + 2} exactly and is left out.`,
      ]),
    );
  });

  test('an estimate of rows far too high (a file of blank lines) does not make it allocate for them', () => {
    const validator = new TableValidator(
      { format: 'csv', headers: HEADER.split(','), issues: [] },
      'participation',
      {},
      [],
      1e9,
    );
    const cells = ['seoul-2013', 'KOR', 'attendee', 'https://a.org/1', 'one'];
    validator.add({ line: 2, cells });
    validator.add({ line: 3, cells });
    expect(validator.finish({ cells: () => cells })).toMatchObject({
      total: 2,
      accepted: 1,
      issues: [{ code: 'duplicate-row', line: 3 }],
    });
  });
});
