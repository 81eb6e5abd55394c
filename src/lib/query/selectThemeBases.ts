import type { Conference, Dataset } from '$lib/data';
import type { Filters, ThemeGroup } from './filters';
import {
  conferenceColumn,
  metricValue,
  modelThemes,
  selectThemes,
  type ThemeCell,
  type ThemeColumn,
  type ThemesModel,
} from './selectThemes';

type ThemeFilters = Pick<Filters, 'conferences' | 'themes' | 'metric' | 'group' | 'from' | 'to' | 'basis'> & {
  initiative?: string | null;
};

/** Something counted for a column: an initiative or a conference's agenda, with its theme ids. */
interface Tagged {
  id: string;
  themes: readonly string[];
}

interface CountedColumn {
  id: string;
  label: string;
  lang?: 'en';
  /** Where the column sorts: a conference's place in the data, or a year. */
  rank: number;
  items: Tagged[];
}

/** Initiatives and agendas are counted per conference or per year; "by text" falls back to conference. */
const groupOf = (group: ThemeGroup): 'conference' | 'year' => (group === 'year' ? 'year' : 'conference');

/**
 * One cell per theme and column, counting the column's items that carry the theme (pure). A count
 * of items has no words, so "per 1,000 words" is shown as the count; share is of all the column's
 * theme tags, as for texts.
 */
function countedModel(
  dataset: Dataset,
  filters: ThemeFilters,
  basis: 'initiatives' | 'agendas',
  columns: CountedColumn[],
  onAgenda: (column: string, theme: string) => boolean,
): ThemesModel {
  const group = groupOf(filters.group);
  const metric = filters.metric === 'per-1000' ? 'count' : filters.metric;
  const themes = modelThemes(dataset);
  const selected = filters.initiative ? dataset.initiativeById.get(filters.initiative) : undefined;
  const chosen = new Set(filters.themes.length ? filters.themes : (selected?.themes ?? []));
  const sorted = [...columns].sort((a, b) => a.rank - b.rank);
  const cells: ThemeCell[] = [];
  for (const column of sorted) {
    const total = column.items.reduce(
      (n, item) => n + item.themes.filter((t) => themes.some((x) => x.id === t)).length,
      0,
    );
    for (const theme of themes) {
      const items = column.items.filter((item) => item.themes.includes(theme.id)).map((item) => item.id);
      const cell = {
        group: column.id,
        groupLabel: column.label,
        theme: theme.id,
        themeLabel: theme.label,
        colour: theme.colour,
        count: items.length,
        words: 0,
        per1000: 0,
        share: total ? items.length / total : 0,
        onAgenda: group === 'conference' && onAgenda(column.id, theme.id),
        chosen: chosen.size === 0 || chosen.has(theme.id),
        keywords: [],
        documents: column.items.map((item) => item.id),
        items,
      };
      cells.push({ ...cell, value: metricValue(cell, metric) });
    }
  }
  const out: ThemeColumn[] = sorted.map((c) => ({
    id: c.id,
    label: c.label,
    ...(c.lang ? { lang: c.lang } : {}),
    words: 0,
    documents: c.items.map((item) => item.id),
  }));
  return { basis, group, metric, columns: out, themes, cells, uncounted: [] };
}

const inYears = (filters: ThemeFilters, year: number | null | undefined): boolean =>
  year === null ||
  year === undefined ||
  ((filters.from === null || year >= filters.from) && (filters.to === null || year <= filters.to));

/**
 * Theme frequency over the initiatives (pure). By conference: the initiatives launched at or
 * explicitly tied to each conference (the `conference` column of initiatives.csv), every conference
 * of the process shown even with none. By year: every initiative, in the year it began. The
 * conference filter narrows to the initiatives tied to those conferences; from/to to their years.
 */
export function selectThemesByInitiatives(dataset: Dataset, filters: ThemeFilters): ThemesModel {
  const group = groupOf(filters.group);
  const initiatives = dataset.initiatives.filter(
    (i) =>
      inYears(filters, i.date?.year) &&
      (!filters.conferences.length || (i.conference !== null && filters.conferences.includes(i.conference))),
  );
  const tagged = (i: (typeof initiatives)[number]): Tagged => ({ id: i.id, themes: i.themes ?? [] });
  let columns: CountedColumn[];
  if (group === 'year') {
    const years = new Map<number, Tagged[]>();
    for (const i of initiatives)
      if (i.date) years.set(i.date.year, [...(years.get(i.date.year) ?? []), tagged(i)]);
    columns = [...years].map(([y, items]) => ({ id: String(y), label: String(y), rank: y, items }));
  } else {
    columns = dataset.conferences
      .map((c, rank) => ({
        ...conferenceColumn(c.id, c),
        rank,
        items: initiatives.filter((i) => i.conference === c.id).map(tagged),
        process: c.kind === 'process',
      }))
      .filter(
        (c) =>
          (c.items.length > 0 || c.process) &&
          (!filters.conferences.length || filters.conferences.includes(c.id)) &&
          inYears(filters, dataset.conferenceById.get(c.id)?.start_date?.year),
      );
  }
  const agenda = new Set(dataset.agendaThemes.map((a) => `${a.conference}\u0000${a.theme}`));
  return countedModel(dataset, filters, 'initiatives', columns, (c, t) => agenda.has(`${c}\u0000${t}`));
}

/**
 * Theme frequency over the official agendas (pure): 1 where a conference set the theme on its
 * agenda (agenda_themes.csv), 0 where it did not; by year, how many of that year's conferences did.
 * Only conferences with a recorded agenda are columns.
 */
export function selectThemesByAgendas(dataset: Dataset, filters: ThemeFilters): ThemesModel {
  const group = groupOf(filters.group);
  const themesOf = new Map<string, string[]>();
  for (const a of dataset.agendaThemes)
    themesOf.set(a.conference, [...(themesOf.get(a.conference) ?? []), a.theme]);
  const conferences = dataset.conferences
    .map((c, rank) => ({ c, rank }))
    .filter(
      ({ c }) =>
        themesOf.has(c.id) &&
        (!filters.conferences.length || filters.conferences.includes(c.id)) &&
        inYears(filters, c.start_date?.year),
    );
  const tagged = (c: Conference): Tagged => ({ id: c.id, themes: themesOf.get(c.id) ?? [] });
  let columns: CountedColumn[];
  if (group === 'year') {
    const years = new Map<number, Tagged[]>();
    for (const { c } of conferences) {
      const y = c.start_date?.year;
      if (y !== undefined) years.set(y, [...(years.get(y) ?? []), tagged(c)]);
    }
    columns = [...years].map(([y, items]) => ({ id: String(y), label: String(y), rank: y, items }));
  } else {
    columns = conferences.map(({ c, rank }) => ({
      ...conferenceColumn(c.id, c),
      rank,
      items: [tagged(c)],
    }));
  }
  return countedModel(dataset, filters, 'agendas', columns, (c, t) => themesOf.get(c)?.includes(t) ?? false);
}

/** The themes model on the chosen basis: texts (the default), initiatives or agendas. */
export function selectThemesOnBasis(
  dataset: Dataset,
  filters: ThemeFilters,
  extra?: Parameters<typeof selectThemes>[2],
): ThemesModel {
  if (filters.basis === 'initiatives') return selectThemesByInitiatives(dataset, filters);
  if (filters.basis === 'agendas') return selectThemesByAgendas(dataset, filters);
  return selectThemes(dataset, filters, extra);
}
