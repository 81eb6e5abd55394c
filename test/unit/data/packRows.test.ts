import { describe, expect, test } from 'vitest';
import { unpackRows } from '$lib/data';
import { readBothWays } from './readBothWays';

const participation = (rows: number, row: (i: number) => string): string =>
  ['conference,country,role,level,source,note', ...Array.from({ length: rows }, (_, i) => row(i))].join('\n');

describe('rows packed by column for the trip from the loader worker to the page', () => {
  test('a table read by the loader comes back equal, repeated columns as dictionaries', () => {
    const text = participation(
      200,
      (i) =>
        `seoul-2013,${['France', 'KOR', 'Kenya'][i % 3]},attendee,${i % 2 ? 'minister' : ''},https://example.org/${i},note ${i}`,
    );
    const { plain, packed, batches } = readBothWays({ name: 'p.csv', text, origin: 'p.csv' });
    const rows = plain.tables.participation as unknown as Record<string, unknown>[];
    expect(rows).toHaveLength(200);
    expect(batches).toHaveLength(1);
    const byKey = Object.fromEntries(batches[0]!.keys.map((k, i) => [k, batches[0]!.columns[i]!]));
    expect('codes' in byKey.conference!).toBe(true);
    expect('codes' in byKey.country!).toBe(true);
    expect('numbers' in byKey.line!).toBe(true);
    // Distinct strings, and links, each column joined into one string.
    expect(byKey.note).toMatchObject({ lists: false });
    expect(byKey.source).toMatchObject({ lists: true });
    // Through structured clone, as postMessage sends it.
    const back = unpackRows(structuredClone(batches[0]!));
    expect(back).toEqual(rows);
    expect(Object.keys(back[0]!)).toEqual(Object.keys(rows[0]!));
    expect(back[1]!.country).toBe('KOR');
    expect(back[0]!.level).toBeNull();
    expect(back[1]!.level).toBe('minister');
    // What the page is told about the read is the same either way, but the rows went by batch.
    expect(packed.reports).toEqual(plain.reports);
    expect(packed.tables.participation).toEqual([]);
  });

  test('a big file comes in batches that add up to the rows read, with the rejected rows left out', () => {
    const text = participation(10_000, (i) =>
      i % 997 === 5
        ? `seoul-2013,Atlantis,attendee,,https://example.org/${i},`
        : // Values with spaces around them share a dictionary entry with the trimmed value.
          `seoul-2013,${i % 2 ? ' France ' : 'France'},attendee,,https://example.org/${i % 9000},`,
    );
    const { plain, packed, batches, received } = readBothWays({ name: 'p.csv', text, origin: 'p.csv' });
    expect(batches.length).toBeGreaterThan(1);
    const back = received.participation!;
    expect(back).toEqual(plain.tables.participation);
    // Repeats are found once the whole table is read: they went in batches, then were dropped.
    const sent = batches.reduce((n, b) => n + b.count, 0);
    expect(sent - back.length).toBe(
      plain.reports[0]!.issues.filter((i) => i.code === 'duplicate-row').length,
    );
    expect(sent).toBeGreaterThan(back.length);
    expect(back.length).toBe(plain.reports[0]!.accepted);
    // Rejected: the unknown country, and the rows that repeat an earlier one exactly.
    expect(back.length).toBeLessThan(10_000 - 1000);
    expect(back.every((row) => row.country === 'FRA')).toBe(true);
    expect(packed.reports).toEqual(plain.reports);
  });

  test('a column whose values stop repeating after the first rows is sent as strings', () => {
    // The first thousand rows make the note column look repetitive; then every note is new.
    const text = participation(
      12_000,
      (i) => `seoul-2013,France,attendee,,https://example.org/${i},${i < 1000 ? 'same' : `note ${i}`}`,
    );
    const { plain, batches } = readBothWays({ name: 'p.csv', text, origin: 'p.csv' });
    const last = batches.at(-1)!;
    expect('ends' in last.columns[last.keys.indexOf('note')]!).toBe(true);
    expect(batches.flatMap((b) => unpackRows(structuredClone(b)))).toEqual(plain.tables.participation);
  });

  test('no rows pack to nothing', () => {
    const { batches } = readBothWays({ name: 'p.csv', text: participation(0, String), origin: 'p.csv' });
    expect(batches).toEqual([]);
  });
});
