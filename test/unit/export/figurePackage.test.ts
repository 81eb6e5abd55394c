import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { cslJson, figurePackage } from '$lib/export';

const meta = {
  title: 'Who was at Seoul 2013?',
  summary: 'Seoul 2013: 12 states documented of 87 reported.',
  source: 'Sources: mofa.go.kr.',
  permalink: 'https://atlas.example/?conference=seoul-2013',
};

describe('the figure package', () => {
  test('holds the SVG, PNG, caption, alt text, citations, data and permalink', () => {
    const zip = figurePackage({
      name: 'london-process-map',
      meta,
      svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      png: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      csv: "name\r\n'=1",
      citation: { text: 'London Process Atlas (2026).', bibtex: '@misc{x}' },
      dataDate: '2026-11-24',
      accessed: '2026-11-25',
    });
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      [
        'alt-text.txt',
        'caption.txt',
        'citation.bib',
        'citation.json',
        'citation.txt',
        'london-process-map.csv',
        'london-process-map.png',
        'london-process-map.svg',
        'permalink.txt',
      ].sort(),
    );
    expect(strFromU8(files['alt-text.txt']!)).toBe(`${meta.summary}\n`);
    expect(strFromU8(files['caption.txt']!)).toContain(meta.source);
    expect(strFromU8(files['london-process-map.csv']!)).toBe("name\r\n'=1");
    expect([...files['london-process-map.png']!]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test('CSL-JSON carries title, author, dates and URL as reference managers read them', () => {
    const [item] = JSON.parse(
      cslJson({ name: 'x', meta, dataDate: '2026-11-24', accessed: '2026-11-25' }),
    ) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'dataset',
      title: meta.title,
      URL: meta.permalink,
      issued: { 'date-parts': [[2026, 11, 24]] },
      accessed: { 'date-parts': [[2026, 11, 25]] },
    });
  });
});
