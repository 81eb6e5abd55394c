import {
  collatorFor,
  compareCountryNames,
  countryInfo,
  countryName,
  type Confidence,
  type Conference,
  type Dataset,
  type Role,
} from '$lib/data';
import { conferenceLabel, regionName } from '$lib/format';
import { currentLang, t, type MessageKey } from '$lib/i18n';
import type { FilteredData } from './applyFilters';
import type { Filters } from './filters';
import { documentedStates } from './selectMap';

/**
 * A cell's role at a conference (the matrix's data-status): the strongest role its sources give,
 * host first. "no-record" means no source we found places the state there, never "did not attend".
 */
export type MatrixStatus = 'host' | 'co-organiser' | 'speaker' | 'attendee' | 'observer' | 'no-record';

/** The roles a cell can show, strongest first (the legend's order). */
export const MATRIX_STATUSES: readonly MatrixStatus[] = [
  'host',
  'co-organiser',
  'speaker',
  'attendee',
  'observer',
  'no-record',
];

// Plain words for each status (for labels, the legend and the CSV) and each evidence level.
const STATUS_WORDS = {
  host: 'matrix.status.host',
  'co-organiser': 'matrix.status.co-organiser',
  speaker: 'matrix.status.speaker',
  attendee: 'matrix.status.attendee',
  observer: 'matrix.status.observer',
  'no-record': 'matrix.status.no-record',
} as const satisfies Record<MatrixStatus, MessageKey>;
const EVIDENCE_WORDS = {
  documented: 'matrix.evidence.documented',
  'secondary-report': 'matrix.evidence.secondary-report',
  'pre-event-announcement': 'matrix.evidence.pre-event-announcement',
} as const satisfies Record<Confidence, MessageKey>;

/** A status in plain words, in the page's language: "host", "no record found". */
export function matrixStatusLabel(status: MatrixStatus): string {
  return t(STATUS_WORDS[status]);
}

/** An evidence level in plain words, in the page's language: "secondary report". */
export function evidenceLabel(evidence: Confidence): string {
  return t(EVIDENCE_WORDS[evidence]);
}

/** One state at one conference. */
export interface MatrixCell {
  conference: string;
  status: MatrixStatus;
  /** The best evidence among its sources (documented before a secondary report before a pre-event one). */
  evidence: Confidence | null;
  roles: Role[];
  sources: string[];
}

/** One state: its cells in the columns' order and how many conferences it has a record at. */
export interface MatrixRow {
  iso3: string;
  /** Its name in the page's language. */
  name: string;
  /** Its region as the country list names it ("Europe"); regionName() gives it in the page's language. */
  region: string;
  cells: MatrixCell[];
  count: number;
}

/** How the rows are ordered (URL `sort=`, "-" for the reverse): by name, by region, by conferences. */
export const MATRIX_SORTS = ['conferences', 'name', 'region'] as const;
export type MatrixSortKey = (typeof MATRIX_SORTS)[number];
export interface MatrixSort {
  key: MatrixSortKey;
  descending: boolean;
}

/** States by conferences, with the conferences in date order and the sort applied. */
export interface MatrixModel {
  conferences: Conference[];
  rows: MatrixRow[];
  sort: MatrixSort;
  /** Cells per status, no-record included. */
  counts: Record<MatrixStatus, number>;
}

/** The default: most conferences first ("who came back?"), then by name. */
export const DEFAULT_MATRIX_SORT: Readonly<MatrixSort> = Object.freeze({
  key: 'conferences',
  descending: true,
});

/** The matrix's sort from the URL's `sort` ("-name" → name, descending); another view's key gives the default. */
export function parseMatrixSort(sort: string | null): MatrixSort {
  const key = sort?.replace(/^-/, '');
  if (!key || !(MATRIX_SORTS as readonly string[]).includes(key)) return { ...DEFAULT_MATRIX_SORT };
  return { key: key as MatrixSortKey, descending: sort!.startsWith('-') };
}

/** The URL value of a sort, or null for the default. */
export function formatMatrixSort(sort: MatrixSort): string | null {
  if (sort.key === DEFAULT_MATRIX_SORT.key && sort.descending === DEFAULT_MATRIX_SORT.descending) return null;
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

const STRENGTH: Record<Role, number> = { host: 0, 'co-organiser': 1, speaker: 2, attendee: 3, observer: 4 };

/** The strongest of a cell's roles; no roles at all (a row with its role left blank) reads as attendee. */
function statusOf(roles: readonly Role[]): MatrixStatus {
  return [...roles].sort((a, b) => STRENGTH[a] - STRENGTH[b])[0] ?? 'attendee';
}

function compareRows({ key, descending }: MatrixSort): (a: MatrixRow, b: MatrixRow) => number {
  const byName = (a: MatrixRow, b: MatrixRow): number => compareCountryNames(a.iso3, b.iso3);
  const primary = (a: MatrixRow, b: MatrixRow): number =>
    key === 'name'
      ? byName(a, b)
      : key === 'region'
        ? collatorFor(currentLang()).compare(regionName(a.region), regionName(b.region))
        : a.count - b.count;
  // Ties are always by name, A to Z, whichever way the key runs.
  return (a, b) => (descending ? -primary(a, b) : primary(a, b)) || byName(a, b);
}

/**
 * The state-by-conference matrix of the filtered data (pure): a column per conference that passes
 * the filters (date order), a row per state with a record at any of them (in the region, from the
 * chosen data source), each cell the state's strongest role there and its best evidence, with the
 * sources. Hosts are known from the conference itself, as on the map.
 */
export function selectMatrix(
  dataset: Dataset,
  filtered: Pick<FilteredData, 'conferences' | 'participation'>,
  filters: Pick<Filters, 'region' | 'sort'>,
): MatrixModel {
  const conferences = [...filtered.conferences]
    .filter((c) => c.start_date)
    .sort((a, b) => a.start_date!.iso.localeCompare(b.start_date!.iso));
  const kept = new Set(filtered.participation);
  const inRegion = (iso3: string): boolean => !filters.region || countryInfo(iso3)?.region === filters.region;
  const byState = new Map<string, Map<string, MatrixCell>>();
  for (const conference of conferences) {
    for (const state of documentedStates(dataset, [conference], (row) => kept.has(row)).values()) {
      if (!inRegion(state.iso3)) continue;
      const cells = byState.get(state.iso3) ?? new Map<string, MatrixCell>();
      cells.set(conference.id, {
        conference: conference.id,
        status: statusOf(state.roles),
        evidence: state.confidence,
        roles: state.roles,
        sources: state.sources,
      });
      byState.set(state.iso3, cells);
    }
  }
  const counts = Object.fromEntries(MATRIX_STATUSES.map((s) => [s, 0])) as Record<MatrixStatus, number>;
  const rows: MatrixRow[] = [...byState].map(([iso3, found]) => {
    const cells = conferences.map(
      (c): MatrixCell =>
        found.get(c.id) ?? { conference: c.id, status: 'no-record', evidence: null, roles: [], sources: [] },
    );
    for (const cell of cells) counts[cell.status]++;
    const info = countryInfo(iso3);
    return { iso3, name: countryName(iso3), region: info?.region ?? '', cells, count: found.size };
  });
  const sort = parseMatrixSort(filters.sort);
  rows.sort(compareRows(sort));
  return { conferences, rows, sort, counts };
}

/** What a cell says in words: "France at London 2011: attendee, documented (2 sources)". */
export function describeMatrixCell(row: MatrixRow, cell: MatrixCell, conference: Conference): string {
  const [country, event] = [row.name, conferenceLabel(conference)];
  if (cell.status === 'no-record') return t('matrix.cell.noRecord', { country, event });
  const role = matrixStatusLabel(cell.status);
  const count = cell.sources.length;
  return cell.evidence
    ? t('matrix.cell', { country, event, role, evidence: evidenceLabel(cell.evidence), count })
    : t('matrix.cell.unrated', { country, event, role, count });
}
