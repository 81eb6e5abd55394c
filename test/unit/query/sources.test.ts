import { describe, expect, test } from 'vitest';
import {
  applyFilters,
  citeView,
  defaultFilters,
  selectDisagreements,
  selectSources,
  type Filters,
} from '$lib/query';
import { fixtureDataset } from './fixture';

const dataset = fixtureDataset();
const data = (patch: Partial<Filters> = {}) => applyFilters(dataset, { ...defaultFilters(), ...patch });

describe('selectSources', () => {
  test('groups every source by host, most-used first, with what each supports', () => {
    const groups = selectSources(data());
    expect(groups.map((g) => [g.host, g.total])).toEqual([
      ['gov.uk', 4],
      ['mofa.go.kr', 4],
      ['mofa.go.jp', 2],
      ['news.example.org', 2],
      ['thegfce.org', 2],
      ['a4ai.org', 1],
    ]);
    const london = groups[0]!.urls[0]!;
    expect(london).toEqual({
      url: 'https://www.gov.uk/london',
      rows: { conferences: 1, participation: 2, claims: 1 },
      total: 4,
    });
    expect(groups.find((g) => g.host === 'thegfce.org')!.tables.sort()).toEqual([
      'initiatives',
      'memberships',
    ]);
  });

  test('follows the filters: only what the view rests on', () => {
    const hosts = selectSources(data({ conferences: ['london-2011'], source: 'bundled' })).map((g) => g.host);
    expect(hosts).toEqual(['gov.uk', 'mofa.go.jp', 'news.example.org']);
  });

  test('nothing in view, no sources', () => {
    expect(selectSources(data({ from: 2030 }))).toEqual([]);
  });
});

describe('selectDisagreements', () => {
  test('lists the same conference and measure with different figures, keeping each source', () => {
    const d = selectDisagreements(dataset.claims);
    expect(d).toHaveLength(1);
    expect(d[0]!.conference).toBe('seoul-2013');
    expect(d[0]!.measure).toBe('states');
    expect(d[0]!.claims.map((c) => [c.value, c.qualifier, c.source[0]])).toEqual([
      [87, 'exact', 'https://www.mofa.go.kr/seoul'],
      [90, 'more-than', 'https://news.example.org/seoul'],
    ]);
  });

  test('claims that agree are not a disagreement', () => {
    expect(selectDisagreements(dataset.claims.filter((c) => c.conference === 'london-2011'))).toEqual([]);
  });
});

describe('citeView', () => {
  const cite = citeView({
    title: 'Attendance 100% {draft}',
    permalink: 'https://example.org/atlas/?view=map&conference=seoul-2013',
    dataDate: '2025-11-20',
    accessed: '2025-11-25',
  });

  test('plain text names the title, the data date, the permalink and the access date', () => {
    expect(cite.text).toBe(
      'London Process Atlas (2025). Attendance 100% {draft}. Data as of 2025-11-20. https://example.org/atlas/?view=map&conference=seoul-2013 (accessed 2025-11-25).',
    );
  });

  test('BibTeX escapes what TeX would read as markup', () => {
    expect(cite.bibtex).toContain('title = {Attendance 100\\% \\{draft\\}},');
    expect(cite.bibtex).toContain(
      'howpublished = {\\url{https://example.org/atlas/?view=map&conference=seoul-2013}},',
    );
    expect(cite.bibtex).toMatch(/^@misc\{londonprocessatlas2025,\n/);
    expect(cite.bibtex.endsWith('\n}')).toBe(true);
  });
});
