import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { escapeCell, toCsv } from '$lib/export';

describe('escapeCell', () => {
  test.each([
    { input: '=HYPERLINK("http://x")', expected: `'=HYPERLINK("http://x")` },
    { input: '+1', expected: "'+1" },
    { input: '-2+3', expected: "'-2+3" },
    { input: '@SUM(A1)', expected: "'@SUM(A1)" },
    { input: '\tcmd', expected: "'\tcmd" },
    { input: '\rcmd', expected: "'\rcmd" },
    { input: 'Seoul', expected: 'Seoul' },
    { input: null, expected: '' },
    { input: ['a', 'b'], expected: 'a|b' },
    { input: 12, expected: '12' },
  ])('$input → $expected', ({ input, expected }) => expect(escapeCell(input)).toBe(expected));
});

describe('toCsv', () => {
  test('writes a header and escaped rows that read back as text', () => {
    const csv = toCsv([
      { name: '=cmd|calc', note: 'a, "quoted" note' },
      { name: 'Seoul', note: 'line\nbreak' },
    ]);
    const back = Papa.parse<string[]>(csv).data;
    expect(back).toEqual([
      ['name', 'note'],
      ["'=cmd|calc", 'a, "quoted" note'],
      ['Seoul', 'line\nbreak'],
    ]);
  });
});
