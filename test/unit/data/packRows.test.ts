import { describe, expect, test } from 'vitest';
import { packRows, readTable, unpackRows } from '$lib/data';

describe('rows packed by column for the trip from the loader worker to the page', () => {
  test('a table read by the loader comes back equal, repeated columns as dictionaries', () => {
    const text = [
      'conference,country,role,level,source,note',
      ...Array.from(
        { length: 40 },
        (_, i) =>
          `seoul-2013,${['France', 'KOR', 'Kenya'][i % 3]},attendee,${i % 2 ? 'minister' : ''},https://example.org/${i},note ${i}`,
      ),
    ].join('\n');
    const rows = readTable({ name: 'p.csv', text, kind: 'participation', origin: 'p.csv' }).tables
      .participation as unknown as Record<string, unknown>[];
    expect(rows).toHaveLength(40);
    const packed = packRows(rows);
    const byKey = Object.fromEntries(packed.keys.map((k, i) => [k, packed.columns[i]!]));
    expect('codes' in byKey.conference!).toBe(true);
    expect('codes' in byKey.country!).toBe(true);
    expect('values' in byKey.note!).toBe(true);
    // Through structured clone, as postMessage sends it.
    const back = unpackRows(structuredClone(packed));
    expect(back).toEqual(rows);
    expect(back[1]!.country).toBe('KOR');
    expect(back[0]!.level).toBeNull();
    expect(back[1]!.level).toBe('minister');
  });

  test('no rows pack to nothing', () => {
    expect(unpackRows(packRows([]))).toEqual([]);
  });
});
