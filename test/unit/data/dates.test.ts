import { describe, expect, test } from 'vitest';
import {
  compareDates,
  dateEnd,
  dateStart,
  messageOf,
  numericDateOrder,
  parseDate,
  type PartialDate,
} from '$lib/data';

const d = (input: string): PartialDate => {
  const r = parseDate(input);
  if (!r.ok) throw new Error(messageOf(r));
  return r.value;
};

describe('parseDate', () => {
  const cases: { input: string; iso: string; precision: PartialDate['precision'] }[] = [
    { input: '2013', iso: '2013', precision: 'year' },
    { input: '2013-10', iso: '2013-10', precision: 'month' },
    { input: '2013-10-17', iso: '2013-10-17', precision: 'day' },
    { input: '2013-1-7', iso: '2013-01-07', precision: 'day' },
    { input: '2013/10/17', iso: '2013-10-17', precision: 'day' },
    { input: '2013-10-17T09:00:00Z', iso: '2013-10-17', precision: 'day' },
    { input: '17 Oct 2013', iso: '2013-10-17', precision: 'day' },
    { input: '17 October 2013', iso: '2013-10-17', precision: 'day' },
    { input: '17th October 2013', iso: '2013-10-17', precision: 'day' },
    { input: 'October 17, 2013', iso: '2013-10-17', precision: 'day' },
    { input: 'Oct 17, 2013', iso: '2013-10-17', precision: 'day' },
    { input: 'october 17 2013', iso: '2013-10-17', precision: 'day' },
    { input: 'October 2013', iso: '2013-10', precision: 'month' },
    { input: 'Sept 2013', iso: '2013-09', precision: 'month' },
    { input: '17/10/2013', iso: '2013-10-17', precision: 'day' },
    { input: '10/17/2013', iso: '2013-10-17', precision: 'day' },
    { input: '04/04/2013', iso: '2013-04-04', precision: 'day' },
  ];
  test.each(cases)('$input → $iso ($precision)', ({ input, iso, precision }) => {
    expect(parseDate(input)).toMatchObject({ ok: true, value: { iso, precision } });
  });

  test('a day/month form that reads both ways is ambiguous, not a guess', () => {
    const r = parseDate('03/04/2013');
    expect(r).toMatchObject({ ok: false, code: 'ambiguous-date' });
    expect(!r.ok && messageOf(r)).toMatch(/2013-04-03.*2013-03-04/);
  });

  test.each(['2013-02-30', '2013-13', 'next year', '13', '17 Foo 2013', '2013-10-17-1'])(
    '%s is not a date',
    (input) => {
      expect(parseDate(input)).toMatchObject({ ok: false, code: 'invalid-date' });
    },
  );
});

describe('date spans', () => {
  test('a year-only date spans the whole year, never just 1 January', () => {
    expect(dateStart(d('2013')).toISOString()).toBe('2013-01-01T00:00:00.000Z');
    expect(dateEnd(d('2013')).toISOString()).toBe('2014-01-01T00:00:00.000Z');
    expect(dateEnd(d('2013-12')).toISOString()).toBe('2014-01-01T00:00:00.000Z');
    expect(dateEnd(d('2013-10-17')).toISOString()).toBe('2013-10-18T00:00:00.000Z');
  });

  test('coarser dates sort before finer ones that start on the same day', () => {
    const sorted = ['2013-01-01', '2013', '2012-12', '2013-01']
      .map(d)
      .sort(compareDates)
      .map((x) => x.iso);
    expect(sorted).toEqual(['2012-12', '2013', '2013-01', '2013-01-01']);
  });
});

describe('numericDateOrder', () => {
  test.each([
    { values: ['25/05/2011', '03/07/2012'], expected: true },
    { values: ['05/25/2011', '03/07/2012'], expected: false },
    { values: ['03/07/2012', '04/05/2013'], expected: undefined },
    { values: ['25/05/2011', '05/25/2011'], expected: undefined },
    { values: ['2011-05-25', ''], expected: undefined },
  ])('$values → $expected', ({ values, expected }) => {
    expect(numericDateOrder(values)).toBe(expected);
  });

  test('a column that puts the day first reads its ambiguous dates so', () => {
    expect(parseDate('03/07/2012', true)).toMatchObject({ ok: true, value: { iso: '2012-07-03' } });
    expect(parseDate('03/07/2012', false)).toMatchObject({ ok: true, value: { iso: '2012-03-07' } });
    expect(parseDate('03/07/2012')).toMatchObject({ ok: false, code: 'ambiguous-date' });
  });
});
