// The rows a read gives are plain data: the loader's worker sends them to the page as JSON text
// (src/lib/state/ingest.worker.ts), so JSON must give every row back exactly as the loader made it.
import { describe, expect, test } from 'vitest';
import { buildVocabulary, readTable, type TableSet } from '$lib/data';
import { readBundledSources } from '../../../scripts/lib/readBundled';

const throughJson = (rows: unknown[]): unknown => JSON.parse(JSON.stringify(rows));

const bundled: TableSet = {};
for (const source of readBundledSources()) Object.assign(bundled, readTable(source).tables);
const vocabulary = buildVocabulary(bundled);

describe('rows are plain data, as JSON gives them back', () => {
  test('every bundled table, read as a user’s file is', () => {
    const kinds: string[] = [];
    for (const source of readBundledSources()) {
      const { tables } = readTable({ ...source, origin: 'mine.csv', vocabulary });
      for (const [kind, rows] of Object.entries(tables as Record<string, unknown[]>)) {
        expect(rows.length).toBeGreaterThan(0);
        expect(throughJson(rows)).toStrictEqual(rows);
        kinds.push(kind);
      }
    }
    expect(kinds).toEqual(expect.arrayContaining(['conferences', 'participation', 'initiatives']));
  });

  test('a list with every column filled, quoted line breaks, other scripts, and counts of any size', () => {
    const text = [
      'conference,country,organisation,role,level,confidence,delegate,source,note,year',
      'Seoul 2013,Korea (Republic of),,host,minister,documented,Yun Byung-se,https://a.org/1|https://b.org/2,"Host, and chair",2013',
      'GCCS 2015,,ITU,speaker,,secondary report,"Houlin Zhao","https://a.org/3 https://b.org/4","two\nlines — ’quoted’ 会議 🙂",',
      `london-2011,FRA,,attendee,,,,https://a.org/5,,${'9'.repeat(400)}`,
    ].join('\n');
    const { tables, reports } = readTable({ name: 'mine.csv', origin: 'mine.csv', text, vocabulary });
    const rows = tables.participation ?? [];
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(throughJson(rows)).toStrictEqual(rows);
    // Four hundred digits make no number (JavaScript's Infinity, which JSON cannot carry): refused.
    expect(reports[0]!.issues.map((i) => [i.line, i.code, i.column])).toEqual([
      [5, 'invalid-number', 'year'],
    ]);
  });
});
