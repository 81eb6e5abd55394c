import { describe, expect, test } from 'vitest';
import { loadTables } from '$lib/data';
import {
  defaultFilters,
  selectThemesByAgendas,
  selectThemesByInitiatives,
  selectThemesOnBasis,
  type Filters,
  type ThemesModel,
} from '$lib/query';
import { dataset as textsDataset } from '../../fixtures/themesDataset';

// Three conferences (Budapest with no text and no initiative tied to it), two themes, four
// initiatives (one tied to no conference) and the agendas of all three.
const { dataset, issues } = loadTables([
  {
    name: 'conferences.csv',
    kind: 'conferences',
    text: [
      'id,name,short_name,kind,country,start_date,source',
      'london-2011,London,London 2011,process,GBR,2011-11-01,https://a.org',
      'budapest-2012,Budapest,Budapest 2012,process,HUN,2012-10-04,https://a.org',
      'seoul-2013,Seoul,Seoul 2013,process,KOR,2013-10-17,https://a.org',
      'baku-2013,Baku,Baku 2013,related,AZE,2013-11-01,https://a.org',
    ].join('\n'),
  },
  {
    name: 'themes.csv',
    kind: 'themes',
    text: 'id,label,colour,keywords,description\ncrime,Cybercrime,#cc79a7,crime,Crime.\nrights,Privacy,#f0e442,privacy,Rights.\n',
  },
  {
    name: 'initiatives.csv',
    kind: 'initiatives',
    text: [
      'id,name,date,themes,conference,source',
      'i1,One,2011-06,crime|rights,london-2011,https://a.org',
      'i2,Two,2012-02,crime,london-2011,https://a.org',
      'i3,Three,2013-10-18,rights,seoul-2013,https://a.org',
      'i4,Four,2012-05,crime,,https://a.org',
    ].join('\n'),
  },
  {
    name: 'agenda_themes.csv',
    kind: 'agenda_themes',
    text: [
      'conference,theme,stated_as,source',
      'london-2011,crime,Cyber crime,https://a.org',
      'budapest-2012,crime,Cybercrime,https://a.org',
      'budapest-2012,rights,Human rights,https://a.org',
      'seoul-2013,rights,Privacy,https://a.org',
    ].join('\n'),
  },
]);

const filters = (patch: Partial<Filters> = {}): Filters => ({ ...defaultFilters(), ...patch });
const cell = (m: ThemesModel, group: string, theme: string) =>
  m.cells.find((c) => c.group === group && c.theme === theme)!;
const grid = (m: ThemesModel): Record<string, number[]> =>
  Object.fromEntries(m.columns.map((c) => [c.id, m.themes.map((t) => cell(m, c.id, t.id).value)]));

test('the fixture loads cleanly', () => {
  expect(issues).toEqual([]);
});

describe('theme frequency over initiatives', () => {
  test('counts the initiatives tied to each conference, every conference of the process shown', () => {
    const m = selectThemesByInitiatives(dataset, filters({ basis: 'initiatives' }));
    expect(m.basis).toBe('initiatives');
    // Budapest has no initiative but is a conference of the process; Baku (related, none) is not shown.
    expect(grid(m)).toEqual({ 'london-2011': [2, 1], 'budapest-2012': [0, 0], 'seoul-2013': [0, 1] });
    expect(cell(m, 'london-2011', 'rights').items).toEqual(['i1']);
    expect(m.columns.find((c) => c.id === 'london-2011')!.documents).toEqual(['i1', 'i2']);
    expect(cell(m, 'london-2011', 'crime').share).toBeCloseTo(2 / 3);
    expect(cell(m, 'london-2011', 'crime').onAgenda).toBe(true);
  });

  test('by year counts every initiative in the year it began, tied to a conference or not', () => {
    const m = selectThemesByInitiatives(dataset, filters({ basis: 'initiatives', group: 'year' }));
    expect(grid(m)).toEqual({ '2011': [1, 1], '2012': [2, 0], '2013': [0, 1] });
    expect(m.cells.every((c) => !c.onAgenda)).toBe(true);
  });

  test('the conference and year filters narrow, and a per-1,000-words measure falls back to counts', () => {
    const seoul = selectThemesByInitiatives(dataset, filters({ conferences: ['seoul-2013'] }));
    expect(seoul.columns.map((c) => c.id)).toEqual(['seoul-2013']);
    const late = selectThemesByInitiatives(dataset, filters({ group: 'year', from: 2012 }));
    expect(late.columns.map((c) => c.id)).toEqual(['2012', '2013']);
    const rate = selectThemesByInitiatives(dataset, filters({ metric: 'per-1000' }));
    expect(rate.metric).toBe('count');
    expect(cell(rate, 'london-2011', 'crime').value).toBe(2);
  });

  test('grouping by text is not possible for initiatives: it groups by conference', () => {
    expect(selectThemesByInitiatives(dataset, filters({ group: 'document' })).group).toBe('conference');
  });
});

describe('theme frequency over the official agendas', () => {
  test('one per theme a conference set on its agenda, and by year the conferences that did', () => {
    const m = selectThemesByAgendas(dataset, filters({ basis: 'agendas', metric: 'count' }));
    expect(grid(m)).toEqual({ 'london-2011': [1, 0], 'budapest-2012': [1, 1], 'seoul-2013': [0, 1] });
    expect(cell(m, 'budapest-2012', 'rights')).toMatchObject({ onAgenda: true, items: ['budapest-2012'] });
    const byYear = selectThemesByAgendas(dataset, filters({ group: 'year' }));
    expect(grid(byYear)).toEqual({ '2011': [1, 0], '2012': [1, 1], '2013': [0, 1] });
  });

  test('share is of the conference’s agenda themes', () => {
    const m = selectThemesByAgendas(dataset, filters({ metric: 'share' }));
    expect(cell(m, 'budapest-2012', 'crime').value).toBe(0.5);
    expect(cell(m, 'london-2011', 'crime').value).toBe(1);
  });
});

describe('the basis switch', () => {
  test('texts (the default) is the text model, and the others their own', () => {
    const texts = selectThemesOnBasis(textsDataset, filters());
    expect(texts.basis).toBe('texts');
    expect(texts.columns.map((c) => c.id)).toEqual(['london-2011', 'seoul-2013']);
    expect(selectThemesOnBasis(dataset, filters({ basis: 'agendas' })).basis).toBe('agendas');
    expect(selectThemesOnBasis(dataset, filters({ basis: 'initiatives' })).columns).toHaveLength(3);
  });

  test('the texts model lists, per cell, the texts that mention the theme', () => {
    const texts = selectThemesOnBasis(textsDataset, filters());
    expect(cell(texts, 'london-2011', 'crime').items).toEqual(['a', 'b']);
    expect(cell(texts, 'london-2011', 'rights').items).toEqual(['a']);
  });
});
