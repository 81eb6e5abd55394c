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
