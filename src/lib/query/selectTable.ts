import { countryName, type Dataset, type PartialDate } from '$lib/data';
import { conferenceLabel, conferenceName, initiativeName, nameLang, noSource, themeLabel } from '$lib/format';
import { currentLang, t, type Lang, type MessageKey } from '$lib/i18n';
import type { FilteredData } from './applyFilters';
import type { DataTableKind } from './filters';
import {
  EVIDENCE_WORDS,
  INITIATIVE_KIND_WORDS,
  LEVEL_WORDS,
  ROLE_WORDS,
  showCell,
  STATUS_WORDS,
} from './tableRows';

/** A cell: what sorts and exports (numbers stay numbers). */
export type TableCell = string | number | null;

/** One column of a data table; `link` columns hold URLs (shown by host, exported in full). */
export interface TableColumnSpec {
  key: string;
  /** The column's header, a message (the CSV's header is `key`). */
  label: MessageKey;
  numeric?: boolean;
  link?: boolean;
  /** A code column's words: the cell keeps the code (sorted by and exported), the page shows the word. */
  words?: Readonly<Record<string, MessageKey>>;
  /** The cell shows the data's own English text (notes, titles, organisations). */
  english?: boolean;
}

/** One row, flattened for display, sort, search and CSV; `iso3`/`initiative` drive highlighting. */
export interface TableRow {
  key: string;
  /** What exports: names as the page shows them, codes and numbers as the data has them. */
  cells: Record<string, TableCell>;
  /** What the page shows in each column, in the page's language. */
  shown: Record<string, string>;
  /** Columns whose cell shows English text in another language's page (marked lang="en"). */
  english: readonly string[];
  iso3: string | null;
  initiative: string | null;
  /** Lower-cased text of every cell, shown and coded, built once so search stays fast on big files. */
  text: string;
}

/** A table ready to show: its columns and every filtered row. */
export interface TableModel {
  kind: DataTableKind;
  label: string;
  columns: TableColumnSpec[];
  rows: TableRow[];
}

const iso = (d: PartialDate | null | undefined): string | null => (d ? d.iso : null);
const urls = (list: readonly string[]): string | null => (list.length ? list.join(' ') : null);

interface Meta {
  line: number;
  origin: string;
}

/** A row's cells, and where a name is shown differently from the cell or in English. */
interface Built {
  cells: Record<string, TableCell>;
  shown?: Record<string, string>;
  english?: readonly string[];
}

// Rows are built once per dataset, language and source row, then reused: a filter change only picks
// which rows show, so big files stay fast (the dataset is immutable, and a new one starts a new cache).
const rowCache = new WeakMap<Dataset, Map<Lang, WeakMap<Meta, TableRow>>>();

function row(
  cache: WeakMap<Meta, TableRow>,
  columns: readonly TableColumnSpec[],
  r: Meta,
  build: () => Built,
  iso3: string | null,
  initiative: string | null,
): TableRow {
  const hit = cache.get(r);
  if (hit) return hit;
  const { cells: values, shown: given = {}, english: named = [] } = build();
  // A row of the user's own file without a source says so, in the page and in the CSV export.
  if (values.source === null && r.origin !== 'bundled') values.source = noSource();
  const cells: Record<string, TableCell> = { ...values, origin: r.origin };
  const shown: Record<string, string> = {};
  const english: string[] = [];
  const otherLanguage = currentLang() !== 'en';
  for (const c of columns) {
    const value = cells[c.key] ?? null;
    shown[c.key] = given[c.key] ?? showCell(c, value);
    const unworded = c.words !== undefined && typeof value === 'string' && !(value in c.words);
    if (otherLanguage && value !== null && (c.english || unworded || named.includes(c.key)))
      english.push(c.key);
  }
  const text = [...new Set([...Object.values(cells), ...Object.values(shown)])]
    .filter((v) => v !== null && v !== '')
    .join(' ')
    .toLowerCase();
  const built = { key: `${r.origin}:${r.line}`, cells, shown, english, iso3, initiative, text };
  cache.set(r, built);
  return built;
}

const ORIGIN: TableColumnSpec = { key: 'origin', label: 'table.column.data' };
const SOURCE: TableColumnSpec = { key: 'source', label: 'table.column.source', link: true };

// Column lists are constants, so a view can tell that only the rows changed.
const PARTICIPATION_COLUMNS: TableColumnSpec[] = [
  { key: 'conference', label: 'table.column.conference' },
  { key: 'state', label: 'table.column.state' },
  { key: 'iso3', label: 'table.column.iso3' },
  { key: 'organisation', label: 'table.column.organisation', english: true },
  { key: 'role', label: 'table.column.role', words: ROLE_WORDS },
  { key: 'level', label: 'table.column.level', words: LEVEL_WORDS },
  { key: 'confidence', label: 'table.column.evidence', words: EVIDENCE_WORDS },
  SOURCE,
  ORIGIN,
];

const CONFERENCE_COLUMNS: TableColumnSpec[] = [
  { key: 'name', label: 'table.column.conference' },
  { key: 'city', label: 'table.column.city', english: true },
  { key: 'start', label: 'table.column.start' },
  { key: 'end', label: 'table.column.end' },
  { key: 'participants', label: 'table.column.participants', numeric: true },
  { key: 'states', label: 'table.column.states', numeric: true },
  { key: 'organisations', label: 'table.column.organisations', numeric: true },
  { key: 'themes', label: 'table.column.themes' },
  SOURCE,
];

const INITIATIVE_COLUMNS: TableColumnSpec[] = [
  { key: 'name', label: 'table.column.initiative' },
  { key: 'kind', label: 'table.column.kind', words: INITIATIVE_KIND_WORDS },
  { key: 'date', label: 'table.column.date' },
  { key: 'state', label: 'table.column.where' },
  { key: 'conference', label: 'table.column.conference' },
  { key: 'themes', label: 'table.column.themes' },
  SOURCE,
  ORIGIN,
];

const MEMBERSHIP_COLUMNS: TableColumnSpec[] = [
  { key: 'initiative', label: 'table.column.initiative' },
  { key: 'state', label: 'table.column.state' },
  { key: 'iso3', label: 'table.column.iso3' },
  { key: 'year', label: 'table.column.year', numeric: true },
  { key: 'status', label: 'table.column.status', words: STATUS_WORDS },
  SOURCE,
  ORIGIN,
];

const DOCUMENT_COLUMNS: TableColumnSpec[] = [
  { key: 'title', label: 'table.column.title', english: true },
  { key: 'author', label: 'table.column.author', english: true },
  { key: 'date', label: 'table.column.date' },
  { key: 'conference', label: 'table.column.conference' },
  { key: 'url', label: 'table.column.text', link: true },
  ORIGIN,
];

const THEME_MENTION_COLUMNS: TableColumnSpec[] = [
  { key: 'document', label: 'table.column.document', english: true },
  { key: 'theme', label: 'table.column.theme' },
  { key: 'count', label: 'table.column.mentions', numeric: true },
  { key: 'words', label: 'table.column.words', numeric: true },
];

/**
 * The rows behind the Table view for one table, flattened with readable names in the page's language
 * (conference short names, state names) beside the ids: `selectTable(data, dataset, 'participation')`.
 */
export function selectTable(data: FilteredData, dataset: Dataset, kind: DataTableKind): TableModel {
  const byLang = rowCache.get(dataset) ?? new Map<Lang, WeakMap<Meta, TableRow>>();
  rowCache.set(dataset, byLang);
  const lang = currentLang();
  const cache = byLang.get(lang) ?? new WeakMap<Meta, TableRow>();
  byLang.set(lang, cache);
  const table = <R extends Meta>(
    label: MessageKey,
    columns: TableColumnSpec[],
    list: readonly R[],
    build: (r: R) => Built,
    ids: (r: R) => [string | null, string | null] = () => [null, null],
  ): TableModel => ({
    kind,
    label: t(label),
    columns,
    rows: list.map((r) => row(cache, columns, r, () => build(r), ...ids(r))),
  });

  // A conference's label, and whether it is the English one in another language's page.
  const conf = (id: string): [string | null, boolean] => {
    if (!id) return [null, false];
    const c = dataset.conferenceById.get(id);
    return c ? [conferenceLabel(c), nameLang('conferences', c, 'short') === 'en'] : [id, false];
  };
  const state = (iso3: string | null): string | null => (iso3 ? countryName(iso3) : null);
  const themeName = (id: string): string => {
    const theme = dataset.themeById.get(id);
    return theme ? themeLabel(theme) : id;
  };
  const english = (...flags: [string, boolean][]): string[] => flags.filter(([, f]) => f).map(([k]) => k);

  switch (kind) {
    case 'participation':
      return table(
        'table.caption.participation',
        PARTICIPATION_COLUMNS,
        data.participation,
        (p) => {
          const [conference, inEnglish] = conf(p.conference);
          return {
            cells: {
              conference,
              state: state(p.country),
              iso3: p.country,
              organisation: p.organisation || null,
              role: p.role,
              level: p.level,
              confidence: p.confidence,
              source: urls(p.source),
            },
            english: english(['conference', inEnglish]),
          };
        },
        (p) => [p.country, null],
      );
    case 'conferences':
      return table(
        'table.caption.conferences',
        CONFERENCE_COLUMNS,
        data.conferences,
        (c) => ({
          cells: {
            name: conferenceName(c),
            city: c.city,
            start: iso(c.start_date),
            end: iso(c.end_date),
            participants: c.participants,
            states: c.states,
            organisations: c.organisations,
            // Theme ids stay in the cell (and the CSV); the page shows their names.
            themes: c.themes.join(', ') || null,
            source: urls(c.source),
          },
          shown: { themes: c.themes.map(themeName).join(t('table.listSeparator')) },
          english: english(['name', nameLang('conferences', c) === 'en']),
        }),
        (c) => [c.country, null],
      );
    case 'initiatives':
      return table(
        'table.caption.initiatives',
        INITIATIVE_COLUMNS,
        data.initiatives,
        (i) => {
          const [conference, inEnglish] = conf(i.conference);
          return {
            cells: {
              name: initiativeName(i),
              kind: i.kind || null,
              date: iso(i.date),
              state: state(i.country),
              conference,
              themes: i.themes.join(', ') || null,
              source: urls(i.source),
            },
            shown: { themes: i.themes.map(themeName).join(t('table.listSeparator')) },
            english: english(['name', nameLang('initiatives', i) === 'en'], ['conference', inEnglish]),
          };
        },
        (i) => [i.country, i.id],
      );
    case 'memberships':
      return table(
        'table.caption.memberships',
        MEMBERSHIP_COLUMNS,
        data.memberships,
        (m) => {
          const i = dataset.initiativeById.get(m.initiative);
          return {
            cells: {
              initiative: i ? initiativeName(i) : m.initiative,
              state: state(m.country),
              iso3: m.country,
              year: m.year,
              status: m.status,
              source: urls(m.source),
            },
            english: english(['initiative', !!i && nameLang('initiatives', i) === 'en']),
          };
        },
        (m) => [m.country, m.initiative],
      );
    case 'documents':
      return table('table.caption.documents', DOCUMENT_COLUMNS, data.documents, (d) => {
        const [conference, inEnglish] = conf(d.conference);
        return {
          cells: {
            title: d.title,
            author: d.author || null,
            date: iso(d.date),
            conference,
            url: urls(d.url),
          },
          english: english(['conference', inEnglish]),
        };
      });
    case 'theme-mentions':
      return table('table.caption.theme-mentions', THEME_MENTION_COLUMNS, data.themeMentions, (m) => {
        const theme = dataset.themeById.get(m.theme);
        return {
          cells: {
            document: dataset.documentById.get(m.document)?.title ?? m.document,
            theme: theme?.label ?? m.theme,
            count: m.count,
            words: m.words,
          },
          shown: { theme: theme ? themeLabel(theme) : m.theme },
        };
      });
  }
}
