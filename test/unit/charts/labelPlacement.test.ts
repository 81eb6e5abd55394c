import { describe, expect, test } from 'vitest';
import { estimateTextWidth, placeLabels, type LabelRequest } from '$lib/charts';

const frame = { left: 200, right: 700 };

/** Every pair of labels in one row is apart, and every label is inside the frame. */
function expectApartAndInside(labels: LabelRequest[]): void {
  const placed = placeLabels(labels, frame);
  for (const p of placed) {
    expect(p.centre - p.width / 2).toBeGreaterThanOrEqual(frame.left);
    expect(p.centre + p.width / 2).toBeLessThanOrEqual(frame.right);
  }
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const [a, b] = [placed[i]!, placed[j]!];
      if (a.row !== b.row) continue;
      const apart =
        a.centre + a.width / 2 <= b.centre - b.width / 2 || b.centre + b.width / 2 <= a.centre - a.width / 2;
      expect(apart, `${labels[i]!.text} and ${labels[j]!.text} share row ${a.row}`).toBe(true);
    }
}

describe('estimateTextWidth', () => {
  test.each([
    { name: 'grows with the text', short: 'Baku', long: 'Baku 2013 (ITU)' },
    { name: 'wide letters count more than narrow ones', short: 'illi', long: 'mWmW' },
  ])('$name', ({ short, long }) => {
    expect(estimateTextWidth(long, 12)).toBeGreaterThan(estimateTextWidth(short, 12));
  });
  test('a Chinese character is a full em, and Cyrillic capitals count as capitals', () => {
    expect(estimateTextWidth('伦敦', 12)).toBeGreaterThanOrEqual(24);
    expect(estimateTextWidth('ЛОНДОН', 12)).toBeGreaterThan(estimateTextWidth('лондон', 12));
    expect(estimateTextWidth('ЖШЩЮ', 12)).toBeGreaterThan(estimateTextWidth('MMMM', 12));
  });
  test('Arabic vowel marks and bidi controls take no width of their own', () => {
    expect(estimateTextWidth('مُؤْتَمَر', 12)).toBe(estimateTextWidth('مؤتمر', 12));
    expect(estimateTextWidth('\u2068لندن 2011\u2069', 12)).toBe(estimateTextWidth('لندن 2011', 12));
  });
  test('scales with the font size', () => {
    expect(estimateTextWidth('Seoul 2013', 24)).toBeCloseTo(2 * estimateTextWidth('Seoul 2013', 12), -1);
  });
});

describe('placeLabels', () => {
  test.each([
    {
      name: 'far-apart labels stay in one row, centred on their points',
      labels: [
        { x: 300, text: 'London 2011' },
        { x: 550, text: 'Seoul 2013' },
      ],
      rows: [0, 0],
      centres: [300, 550],
    },
    {
      name: 'close labels go to a second row',
      labels: [
        { x: 400, text: 'Seoul 2013' },
        { x: 420, text: 'NETmundial 2014' },
      ],
      rows: [0, 1],
      centres: [400, 420],
    },
    {
      name: 'a label at the frame edge slides inside it',
      labels: [{ x: 202, text: 'London 2011' }],
      rows: [0],
      centres: [200 + estimateTextWidth('London 2011', 12) / 2],
    },
    {
      name: 'a third close label reuses the first row once it is free',
      labels: [
        { x: 300, text: 'A' },
        { x: 305, text: 'B' },
        { x: 330, text: 'C' },
      ],
      rows: [0, 1, 0],
      centres: [300, 305, 330],
    },
  ])('$name', ({ labels, rows, centres }) => {
    const placed = placeLabels(labels, frame);
    expect(placed.map((p) => p.row)).toEqual(rows);
    placed.forEach((p, i) => expect(p.centre).toBeCloseTo(centres[i]!, 5));
    expectApartAndInside(labels);
  });

  test('the conferences of the process and the related events, crowded into a narrow frame', () => {
    const names = [
      'London 2011',
      'Budapest 2012',
      'Baku 2013 (ITU)',
      'Seoul 2013',
      'NETmundial 2014',
      'The Hague 2015',
      'New Delhi 2017',
    ];
    expectApartAndInside(names.map((text, i) => ({ x: 200 + i * 40, text })));
    expectApartAndInside(names.map((text) => ({ x: 690, text })));
  });

  test.each([
    [
      'Chinese',
      [
        '伦敦 2011',
        '布达佩斯 2012',
        '巴库 2013',
        '首尔 2013',
        '全球互联网治理大会 2014',
        '海牙 2015',
        '新德里 2017',
      ],
    ],
    [
      'Arabic',
      [
        'لندن 2011',
        'بودابست 2012',
        'باكو 2013',
        'سيول 2013',
        'نت مونديال 2014',
        'لاهاي 2015',
        'نيودلهي 2017',
      ],
    ],
    [
      'Russian',
      [
        'Лондон 2011',
        'Будапешт 2012',
        'Баку 2013',
        'Сеул 2013',
        'NETmundial 2014',
        'Гаага 2015',
        'Нью-Дели 2017',
      ],
    ],
  ])('labels in %s, crowded, stay apart and inside', (_lang, names) => {
    expectApartAndInside(names.map((text, i) => ({ x: 200 + i * 40, text })));
    expectApartAndInside(names.map((text) => ({ x: 690, text })));
  });
});
