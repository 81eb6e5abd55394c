import { countryName, type Dataset, type PartialDate } from '$lib/data';
import { NO_SOURCE } from '$lib/format';
import type { FilteredData } from './applyFilters';
import type { DataTableKind } from './filters';

/** A cell: what sorts and exports (numbers stay numbers). */
export type TableCell = string | number | null;

/** One column of a data table; `link` columns hold URLs (shown by host, exported in full). */
export interface TableColumnSpec {
  key: string;
  label: string;
  numeric?: boolean;
  link?: boolean;
}

/** One row, flattened for display, sort, search and CSV; `iso3`/`initiative` drive highlighting. */
export interface TableRow {
  key: string;
  cells: Record<string, TableCell>;
  iso3: string | null;
  initiative: string | null;
  /** Lower-cased text of every cell, built once so search stays fast on big files. */
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

// Rows are built once per dataset and source row, then reused: a filter change only picks which
// rows show, so big files stay fast (the dataset is immutable, and a new one starts a new cache).
const rowCache = new WeakMap<Dataset, WeakMap<Meta, TableRow>>();

function row(
  cache: WeakMap<Meta, TableRow>,
  r: Meta,
  cells: () => Record<string, TableCell>,
  iso3: string | null,
  initiative: string | null,
): TableRow {
  const hit = cache.get(r);
  if (hit) return hit;
  const values = cells();
  // A row of the user's own file without a source says so, in the page and in the CSV export.
  if (values.source === null && r.origin !== 'bundled') values.source = NO_SOURCE;
  const text = Object.values(values)
    .filter((v) => v !== null)
    .join(' ')
    .toLowerCase();
  const built = {
    key: `${r.origin}:${r.line}`,
    cells: { ...values, origin: r.origin },
    iso3,
    initiative,
    text,
  };
  cache.set(r, built);
  return built;
}

const ORIGIN: TableColumnSpec = { key: 'origin', label: 'Data' };
const SOURCE: TableColumnSpec = { key: 'source', label: 'Source', link: true };

// Column lists are constants, so a view can tell that only the rows changed.
const PARTICIPATION_COLUMNS: TableColumnSpec[] = [
  { key: 'conference', label: 'Conference' },
  { key: 'state', label: 'State' },
  { key: 'iso3', label: 'ISO3' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'role', label: 'Role' },
  { key: 'level', label: 'Level' },
  { key: 'confidence', label: 'Evidence' },
  SOURCE,
  ORIGIN,
];

const CONFERENCE_COLUMNS: TableColumnSpec[] = [
  { key: 'name', label: 'Conference' },
  { key: 'city', label: 'City' },
  { key: 'start', label: 'Start' },
  { key: 'end', label: 'End' },
  { key: 'participants', label: 'Participants', numeric: true },
  { key: 'states', label: 'States', numeric: true },
  { key: 'organisations', label: 'Organisations', numeric: true },
  { key: 'themes', label: 'Themes' },
  SOURCE,
];

const INITIATIVE_COLUMNS: TableColumnSpec[] = [
  { key: 'name', label: 'Initiative' },
  { key: 'kind', label: 'Kind' },
  { key: 'date', label: 'Date' },
  { key: 'state', label: 'Where' },
  { key: 'conference', label: 'Conference' },
  { key: 'themes', label: 'Themes' },
  SOURCE,
  ORIGIN,
];

const MEMBERSHIP_COLUMNS: TableColumnSpec[] = [
  { key: 'initiative', label: 'Initiative' },
  { key: 'state', label: 'State' },
  { key: 'iso3', label: 'ISO3' },
  { key: 'year', label: 'Year', numeric: true },
  { key: 'status', label: 'Status' },
  SOURCE,
  ORIGIN,
];

const DOCUMENT_COLUMNS: TableColumnSpec[] = [
  { key: 'title', label: 'Title' },
  { key: 'author', label: 'Author' },
  { key: 'date', label: 'Date' },
  { key: 'conference', label: 'Conference' },
  { key: 'url', label: 'Text', link: true },
  ORIGIN,
];

const THEME_MENTION_COLUMNS: TableColumnSpec[] = [
  { key: 'document', label: 'Document' },
  { key: 'theme', label: 'Theme' },
  { key: 'count', label: 'Mentions', numeric: true },
  { key: 'words', label: 'Words', numeric: true },
];

/**
 * The rows behind the Table view for one table, flattened with readable names (conference short
 * names, state names) beside the ids: `selectTable(data, dataset, 'participation')`.
 */
export function selectTable(data: FilteredData, dataset: Dataset, kind: DataTableKind): TableModel {
  const conf = (id: string): string | null => {
    if (!id) return null;
    const c = dataset.conferenceById.get(id);
    return c ? c.short_name || c.name : id;
  };
  const state = (iso3: string | null): string | null => (iso3 ? countryName(iso3) : null);
  let cache = rowCache.get(dataset);
  if (!cache) rowCache.set(dataset, (cache = new WeakMap()));
  switch (kind) {
    case 'participation':
      return {
        kind,
        label: 'Participation: one state or organisation documented at one conference',
        columns: PARTICIPATION_COLUMNS,
        rows: data.participation.map((p) =>
          row(
            cache,
            p,
            () => ({
              conference: conf(p.conference),
              state: state(p.country),
              iso3: p.country,
              organisation: p.organisation || null,
              role: p.role,
              level: p.level,
              confidence: p.confidence,
              source: urls(p.source),
            }),
            p.country,
            null,
          ),
        ),
      };
    case 'conferences':
      return {
        kind,
        label: 'Conferences',
        columns: CONFERENCE_COLUMNS,
        rows: data.conferences.map((c) =>
          row(
            cache,
            c,
            () => ({
              name: c.name,
              city: c.city,
              start: iso(c.start_date),
              end: iso(c.end_date),
              participants: c.participants,
              states: c.states,
              organisations: c.organisations,
              themes: c.themes.join(', ') || null,
              source: urls(c.source),
            }),
            c.country,
            null,
          ),
        ),
      };
    case 'initiatives':
      return {
        kind,
        label: 'Initiatives and milestones',
        columns: INITIATIVE_COLUMNS,
        rows: data.initiatives.map((i) =>
          row(
            cache,
            i,
            () => ({
              name: i.name,
              kind: i.kind || null,
              date: iso(i.date),
              state: state(i.country),
              conference: conf(i.conference),
              themes: i.themes.join(', ') || null,
              source: urls(i.source),
            }),
            i.country,
            i.id,
          ),
        ),
      };
    case 'memberships':
      return {
        kind,
        label: 'Memberships: one state in one initiative',
        columns: MEMBERSHIP_COLUMNS,
        rows: data.memberships.map((m) =>
          row(
            cache,
            m,
            () => ({
              initiative: dataset.initiativeById.get(m.initiative)?.name ?? m.initiative,
              state: state(m.country),
              iso3: m.country,
              year: m.year,
              status: m.status,
              source: urls(m.source),
            }),
            m.country,
            m.initiative,
          ),
        ),
      };
    case 'documents':
      return {
        kind,
        label: 'Documents: public texts of the conferences',
        columns: DOCUMENT_COLUMNS,
        rows: data.documents.map((d) =>
          row(
            cache,
            d,
            () => ({
              title: d.title,
              author: d.author || null,
              date: iso(d.date),
              conference: conf(d.conference),
              url: urls(d.url),
            }),
            null,
            null,
          ),
        ),
      };
    case 'theme-mentions':
      return {
        kind,
        label: 'Theme mentions: how often each text names each theme',
        columns: THEME_MENTION_COLUMNS,
        rows: data.themeMentions.map((m) =>
          row(
            cache,
            m,
            () => ({
              document: dataset.documentById.get(m.document)?.title ?? m.document,
              theme: dataset.themeById.get(m.theme)?.label ?? m.theme,
              count: m.count,
              words: m.words,
            }),
            null,
            null,
          ),
        ),
      };
  }
}
