import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDate, type PartialDate } from '$lib/data';
import { formatCount, formatDate, formatDateRange, formatList, plural, sourceHost } from '$lib/format';

const d = (s: string): PartialDate => {
  const r = parseDate(s);
  if (!r.ok) throw new Error(s);
  return r.value;
};

describe('formatDate', () => {
  test.each([
    { input: '2013', expected: '2013' },
    { input: '2013-10', expected: 'Oct 2013' },
    { input: '2013-10-17', expected: '17 Oct 2013' },
  ])('$input → $expected', ({ input, expected }) => expect(formatDate(d(input))).toBe(expected));
});

describe('formatDateRange', () => {
  test.each([
    { start: '2013-10-17', end: '2013-10-18', expected: '17–18 Oct 2013' },
    { start: '2014-09-30', end: '2014-10-02', expected: '30 Sep – 2 Oct 2014' },
    { start: '2013', end: '2015', expected: '2013 – 2015' },
    { start: '2013-10-17', end: null, expected: '17 Oct 2013' },
    { start: '2013-10-17', end: '2013-10-17', expected: '17 Oct 2013' },
  ])('$start … $end → $expected', ({ start, end, expected }) =>
    expect(formatDateRange(d(start), end ? d(end) : null)).toBe(expected),
  );
});

describe('numbers and lists', () => {
  test.each([
    { run: () => formatCount(1600), expected: '1,600' },
    { run: () => formatCount(null), expected: '–' },
    { run: () => formatList(['a']), expected: 'a' },
    { run: () => formatList(['a', 'b', 'c']), expected: 'a, b and c' },
    { run: () => plural(1, 'state'), expected: '1 state' },
    { run: () => plural(14, 'state'), expected: '14 states' },
    { run: () => sourceHost('https://www.gov.uk/government/x'), expected: 'gov.uk' },
    { run: () => sourceHost('not a url'), expected: 'not a url' },
  ])('$expected', ({ run, expected }) => expect(run()).toBe(expected));
});

describe('formatCount', () => {
  test('writes numbers as Intl.NumberFormat does for en-GB, whole or not', () => {
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e7, max: 1e9 }),
          fc.maxSafeInteger(),
          fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((n) => !Object.is(n, -0)),
        ),
        (n) => {
          expect(formatCount(n)).toBe(intl.format(n));
        },
      ),
      { numRuns: 500 },
    );
    // Where they differ, on purpose: no count is "-0".
    expect(formatCount(-0)).toBe('0');
  });
});
