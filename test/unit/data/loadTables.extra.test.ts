import { describe, expect, test } from 'vitest';
import { messageOf, readTable, readTableInAnyLanguage } from '$lib/data';

describe('hostile tables', () => {
  test('a file with a million columns is refused at once with a message, not matched header by header', () => {
    const text = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',') + '\n1,2\n';
    const { reports } = readTable({ name: 'wide.csv', text });
    expect(reports[0]!.issues[0]).toMatchObject({ code: 'too-many-columns', line: 1, severity: 'error' });
    expect(messageOf(reports[0]!.issues[0]!)).toMatch(/1,000,000 columns/);
    // Only the first headers are kept in the report, not a million.
    expect(reports[0]!.headers.length).toBeLessThanOrEqual(20);
  });

  test('as the page reads it too (looking for country names to read in French or Spanish first)', async () => {
    const text = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',') + '\n1,2\n';
    const { reports } = await readTableInAnyLanguage({ name: 'wide.csv', text });
    expect(reports[0]!.issues[0]).toMatchObject({ code: 'too-many-columns' });
  });

  test('deeply nested JSON and JSON of the wrong shape are issues, never exceptions', () => {
    expect(
      readTable({ name: 'n.json', text: '['.repeat(100_000) + ']'.repeat(100_000) }).reports[0]!.issues[0]!
        .code,
    ).toBe('invalid-json');
    expect(readTable({ name: 's.json', text: '{"answer": 42}' }).reports[0]!.issues[0]!.code).toBe(
      'invalid-json',
    );
  });
});
