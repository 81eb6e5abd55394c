import type { Dataset } from '$lib/data';
import { conferenceLabel, nameLang, themeLabel } from '$lib/format';
import { englishLang } from '$lib/i18n';
import type { Filters, ThemeBasis, ThemeGroup, ThemeMetric } from './filters';

/** One theme's mentions in one column (a conference, a document or a year). */
export interface ThemeCell {
  /** Conference id, document id or year. */
  group: string;
  /** The column's label (ThemeColumn.label). */
  groupLabel: string;
  theme: string;
  /** The theme's name in the page's language (themeLabel). */
  themeLabel: string;
  colour: string;
  count: number;
  words: number;
  per1000: number;
  /** This theme's part of all the column's theme mentions (0–1). */
  share: number;
  /** The value shown, in the chosen metric. */
  value: number;
  /** Whether the conference set this theme on its official agenda (conference columns only). */
  onAgenda: boolean;
  /** Whether the theme is in the theme filter (or no theme is chosen). */
  chosen: boolean;
  /** Matched keywords with their counts, summed over the column's documents ("cybercrime:4|…"). */
  keywords: [string, number][];
  /**
   * What was counted in this column: document ids (texts), initiative ids (initiatives) or
   * conference ids (agendas).
   */
  documents: string[];
  /** Of those, the ones that carry this theme (the texts with a mention, the initiatives or agendas with the theme). */
  items: string[];
  /** A column of one of the reader's own texts (its own column under every grouping). */
  ownText?: boolean;
}

/** One column of the themes charts. */
export interface ThemeColumn {
  id: string;
  /** A conference's label or a text's title (the page's language where the data has it), or a year. */
  label: string;
  /** 'en' where the label is English in another language's page (a text's title), for `lang=`. */
  lang?: 'en';
  words: number;
  documents: string[];
}

export interface ThemesModel {
  /** What is counted: mentions in texts, themes of initiatives, or themes on agendas. */
  basis: ThemeBasis;
  group: ThemeGroup;
  metric: ThemeMetric;
  columns: ThemeColumn[];
  /** The themes, each `label` its name in the page's language (themeLabel). */
  themes: { id: string; label: string; colour: string }[];
  cells: ThemeCell[];
  /** Documents listed but not counted (their text is not available), for an honest caption. */
  uncounted: string[];
}

/** The value of a cell in a metric: raw count, mentions per 1,000 words, or share of the column. */
export function metricValue(
  cell: Pick<ThemeCell, 'count' | 'per1000' | 'share'>,
  metric: ThemeMetric,
): number {
  return metric === 'count' ? cell.count : metric === 'per-1000' ? cell.per1000 : cell.share;
}

/** The themes of a model, each named in the page's language. */
export function modelThemes(dataset: Dataset): ThemesModel['themes'] {
  return dataset.themes.map((t) => ({ id: t.id, label: themeLabel(t), colour: t.colour }));
}

/** A conference's column: its label in the page's language where the data has one, and its `lang`. */
export function conferenceColumn(
  id: string,
  c: Parameters<typeof conferenceLabel>[0] | undefined,
): Pick<ThemeColumn, 'id' | 'label' | 'lang'> {
  if (!c) return { id, label: id };
  const lang = nameLang('conferences', c, 'short');
  return { id, label: conferenceLabel(c) || id, ...(lang ? { lang } : {}) };
}

function parseKeywords(cell: string): [string, number][] {
  return cell
    .split('|')
    .map((part) => part.split(':'))
    .filter((p) => p.length === 2 && p[0])
    .map(([k, n]) => [k!, Number(n) || 0]);
}

/**
 * Theme frequency by conference, document or year (pure). Counts and words are summed over a
 * column's documents before rates are taken, so a long speech weighs as much as its words. The
 * conference filter narrows the documents; the theme filter marks the chosen themes (the others
 * stay visible, dimmed, so shares still add up).
 */
export function selectThemes(
  dataset: Dataset,
  filters: Pick<Filters, 'conferences' | 'themes' | 'metric' | 'group' | 'from' | 'to'> & {
    initiative?: string | null;
  },
  extra: { documents: Dataset['documents']; mentions: Dataset['themeMentions'] } = {
    documents: [],
    mentions: [],
  },
): ThemesModel {
  const documents = [...dataset.documents, ...extra.documents];
  const mentions = [...dataset.themeMentions, ...extra.mentions];
  const counted = new Set(mentions.map((m) => m.document));
  // The reader's own texts (pasted or dropped) are what they came to compare: each keeps a column of
  // its own under every grouping and whatever conferences are chosen (it belongs to none).
  const own = new Set(extra.documents.map((d) => d.id));
  const inScope = documents.filter(
    (d) =>
      own.has(d.id) ||
      ((!filters.conferences.length ||
        (d.conference !== null && filters.conferences.includes(d.conference))) &&
        (filters.from === null || !d.date || d.date.year >= filters.from) &&
        (filters.to === null || !d.date || d.date.year <= filters.to)),
  );
  const columnOf = (d: (typeof documents)[number]): Pick<ThemeColumn, 'id' | 'label' | 'lang'> | null => {
    if (
      filters.group === 'document' ||
      (own.has(d.id) && !(filters.group === 'year' ? d.date : d.conference))
    ) {
      // A bundled text's title is the data's English; the reader's own is named in their language.
      const lang = own.has(d.id) ? undefined : englishLang();
      return { id: d.id, label: d.title, ...(lang ? { lang } : {}) };
    }
    if (filters.group === 'year')
      return d.date ? { id: String(d.date.year), label: String(d.date.year) } : null;
    if (!d.conference) return null;
    const c = dataset.conferenceById.get(d.conference);
    return conferenceColumn(d.conference, c);
  };
  const columns = new Map<string, ThemeColumn>();
  const docColumn = new Map<string, string>();
  for (const d of inScope) {
    const column = columnOf(d);
    if (!column || !counted.has(d.id)) continue;
    const entry = columns.get(column.id) ?? { ...column, words: 0, documents: [] };
    entry.documents.push(d.id);
    columns.set(column.id, entry);
    docColumn.set(d.id, column.id);
  }
  const themes = modelThemes(dataset);
  const sums = new Map<string, { count: number; keywords: Map<string, number> }>();
  const mentioned = new Set<string>();
  const wordsOf = new Map<string, number>();
  for (const m of mentions) {
    const column = docColumn.get(m.document);
    if (!column) continue;
    wordsOf.set(m.document, m.words ?? 0);
    if ((m.count ?? 0) > 0) mentioned.add(`${m.document}\u0000${m.theme}`);
    const key = `${column}\u0000${m.theme}`;
    const sum = sums.get(key) ?? { count: 0, keywords: new Map<string, number>() };
    sum.count += m.count ?? 0;
    for (const [k, n] of parseKeywords(m.keywords ?? '')) sum.keywords.set(k, (sum.keywords.get(k) ?? 0) + n);
    sums.set(key, sum);
  }
  for (const column of columns.values())
    column.words = column.documents.reduce((total, d) => total + (wordsOf.get(d) ?? 0), 0);
  const agenda = new Set(dataset.agendaThemes.map((a) => `${a.conference}\u0000${a.theme}`));
  // The theme filter marks its themes; with none chosen, a selected initiative marks its own.
  const selected = filters.initiative ? dataset.initiativeById.get(filters.initiative) : undefined;
  const chosen = new Set(filters.themes.length ? filters.themes : (selected?.themes ?? []));
  const cells: ThemeCell[] = [];
  for (const column of columns.values()) {
    const total = themes.reduce((t, theme) => t + (sums.get(`${column.id}\u0000${theme.id}`)?.count ?? 0), 0);
    for (const theme of themes) {
      const sum = sums.get(`${column.id}\u0000${theme.id}`);
      const count = sum?.count ?? 0;
      const cell = {
        group: column.id,
        groupLabel: column.label,
        theme: theme.id,
        themeLabel: theme.label,
        colour: theme.colour,
        count,
        words: column.words,
        per1000: column.words ? (count / column.words) * 1000 : 0,
        share: total ? count / total : 0,
        onAgenda: filters.group === 'conference' && agenda.has(`${column.id}\u0000${theme.id}`),
        chosen: chosen.size === 0 || chosen.has(theme.id),
        keywords: [...(sum?.keywords ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]),
        documents: column.documents,
        items: column.documents.filter((d) => mentioned.has(`${d}\u0000${theme.id}`)),
        ...(own.has(column.id) ? { ownText: true } : {}),
      };
      cells.push({ ...cell, value: metricValue(cell, filters.metric) });
    }
  }
  const order = new Map(dataset.conferences.map((c, i) => [c.id, i]));
  const dateOf = new Map(documents.map((d) => [d.id, d.date?.iso ?? '']));
  const rank = (c: ThemeColumn): string | number =>
    filters.group === 'conference'
      ? (order.get(c.id) ?? 1e9)
      : filters.group === 'year'
        ? own.has(c.id)
          ? 1e9
          : Number(c.id)
        : (dateOf.get(c.id) ?? '');
  const sorted = [...columns.values()].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  });
  return {
    basis: 'texts',
    group: filters.group,
    metric: filters.metric,
    columns: sorted,
    themes,
    cells,
    uncounted: inScope.filter((d) => !counted.has(d.id)).map((d) => d.id),
  };
}
