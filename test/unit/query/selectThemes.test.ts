import { describe, expect, test } from 'vitest';
import { defaultFilters, selectThemes, type Filters } from '$lib/query';
import { dataset } from '../../fixtures/themesDataset';

const model = (patch: Partial<Filters> = {}) => selectThemes(dataset, { ...defaultFilters(), ...patch });
const cell = (m: ReturnType<typeof model>, group: string, theme: string) =>
  m.cells.find((c) => c.group === group && c.theme === theme)!;

describe('the themes model', () => {
  test('sums counts and words over a conference’s texts before taking rates', () => {
    const m = model();
    expect(m.columns.map((c) => [c.id, c.words, c.documents])).toEqual([
      ['london-2011', 4000, ['a', 'b']],
      ['seoul-2013', 500, ['c']],
    ]);
    const london = cell(m, 'london-2011', 'crime');
    expect([london.count, london.per1000, london.share]).toEqual([4, 1, 0.8]);
    expect(london.keywords).toEqual([['crime', 4]]);
  });

  test('has a cell for every theme and column, zeros included, in the chosen metric', () => {
    const m = model({ metric: 'per-1000' });
    expect(m.cells).toHaveLength(2 * 2);
    expect(cell(m, 'seoul-2013', 'crime').value).toBe(0);
    expect(cell(m, 'seoul-2013', 'rights').value).toBe(10);
    expect(cell(model({ metric: 'share' }), 'seoul-2013', 'rights').value).toBe(1);
  });

  test('marks the agenda themes and the chosen themes, and lists the texts it could not count', () => {
    const m = model({ themes: ['rights'] });
    expect(cell(m, 'seoul-2013', 'rights').onAgenda).toBe(true);
    expect(cell(m, 'london-2011', 'rights').onAgenda).toBe(false);
    expect(cell(m, 'london-2011', 'crime').chosen).toBe(false);
    expect(m.uncounted).toEqual(['d']);
  });

  test('groups by text or by year, and the conference filter narrows the texts', () => {
    expect(model({ group: 'document' }).columns.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(model({ group: 'year' }).columns.map((c) => [c.id, c.words])).toEqual([
      ['2011', 4000],
      ['2013', 500],
    ]);
    expect(model({ conferences: ['seoul-2013'] }).columns.map((c) => c.id)).toEqual(['seoul-2013']);
  });

  test('adds the user’s own texts as columns beside the bundled ones', () => {
    const m = selectThemes(
      dataset,
      { ...defaultFilters(), group: 'document' },
      {
        documents: [{ ...dataset.documents[0]!, id: 'mine', title: 'Your text', conference: '', date: null }],
        mentions: [{ ...dataset.themeMentions[0]!, document: 'mine', count: 2, words: 10 }],
      },
    );
    expect(m.columns.map((c) => c.id)).toContain('mine');
    expect(cell(m, 'mine', 'crime').per1000).toBe(200);
  });
});

describe('linked selection', () => {
  test('a selected initiative marks its own themes when no theme is chosen', () => {
    const initiative = { id: 'i', themes: ['rights'] } as unknown as (typeof dataset.initiatives)[number];
    const linked = { ...dataset, initiativeById: new Map([['i', initiative]]) };
    const m = selectThemes(linked, { ...defaultFilters(), initiative: 'i' });
    expect(m.cells.filter((c) => c.chosen).map((c) => c.theme)).toEqual(['rights', 'rights']);
    // A theme filter, when set, wins.
    const filtered = selectThemes(linked, { ...defaultFilters(), initiative: 'i', themes: ['crime'] });
    expect(filtered.cells.filter((c) => c.chosen).map((c) => c.theme)).toEqual(['crime', 'crime']);
  });

  test('a text of the reader’s own has a column of its own under every grouping', () => {
    const theirs = {
      documents: [
        {
          ...dataset.documents[0]!,
          id: 'your-text-1',
          title: 'Your text: notes',
          conference: '',
          date: null,
        },
      ],
      mentions: [
        {
          ...dataset.themeMentions[0]!,
          document: 'your-text-1',
          theme: 'crime',
          count: 3,
          words: 300,
          keywords: 'crime:3',
        },
      ],
    };
    for (const group of ['conference', 'year', 'document'] as const) {
      const m = selectThemes(dataset, { ...defaultFilters(), group }, theirs);
      expect(
        m.columns.map((c) => c.id),
        group,
      ).toContain('your-text-1');
      const mine = m.cells.find((c) => c.group === 'your-text-1' && c.theme === 'crime')!;
      expect([mine.count, mine.ownText], group).toEqual([3, true]);
    }
    const one = selectThemes(dataset, { ...defaultFilters(), conferences: ['seoul-2013'] }, theirs);
    expect(one.columns.map((c) => c.id)).toEqual(['seoul-2013', 'your-text-1']);
  });
});
