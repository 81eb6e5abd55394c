import type { Role } from '$lib/data';
import { noSource, sourceHost } from '$lib/format';
import { currentLang, formatLocale, t, type Lang, type MessageKey } from '$lib/i18n';
import type { TableCell, TableColumnSpec, TableModel, TableRow } from './selectTable';

// What the Table view does with a table's rows: show, search, sort, link, export.

/** The data's roles as the page says them ("speaker", "orateur"); the suggestion form uses them too. */
export const ROLE_WORDS = {
  host: 'table.role.host',
  'co-organiser': 'table.role.co-organiser',
  attendee: 'table.role.attendee',
  speaker: 'table.role.speaker',
  observer: 'table.role.observer',
} as const satisfies Record<Role, MessageKey>;

export const LEVEL_WORDS = {
  'head-of-state': 'table.level.head-of-state',
  'head-of-government': 'table.level.head-of-government',
  minister: 'table.level.minister',
  'vice-minister': 'table.level.vice-minister',
  envoy: 'table.level.envoy',
  ambassador: 'table.level.ambassador',
  official: 'table.level.official',
  'non-governmental': 'table.level.non-governmental',
} as const satisfies Record<string, MessageKey>;

export const EVIDENCE_WORDS = {
  documented: 'table.evidence.documented',
  'secondary-report': 'table.evidence.secondary-report',
  'pre-event-announcement': 'table.evidence.pre-event-announcement',
} as const satisfies Record<string, MessageKey>;

export const STATUS_WORDS = {
  'founding-member': 'table.status.founding-member',
  member: 'table.status.member',
  party: 'table.status.party',
  signatory: 'table.status.signatory',
  observer: 'table.status.observer',
  chair: 'table.status.chair',
  sponsor: 'table.status.sponsor',
  'co-host': 'table.status.co-host',
} as const satisfies Record<string, MessageKey>;

/** The kinds of initiative the bundled data uses; a user's own kind is shown as written. */
export const INITIATIVE_KIND_WORDS = {
  agreement: 'table.initiativeKind.agreement',
  announcement: 'table.initiativeKind.announcement',
  centre: 'table.initiativeKind.centre',
  coalition: 'table.initiativeKind.coalition',
  commission: 'table.initiativeKind.commission',
  decision: 'table.initiativeKind.decision',
  declaration: 'table.initiativeKind.declaration',
  forum: 'table.initiativeKind.forum',
  framework: 'table.initiativeKind.framework',
  fund: 'table.initiativeKind.fund',
  initiative: 'table.initiativeKind.initiative',
  meeting: 'table.initiativeKind.meeting',
  milestone: 'table.initiativeKind.milestone',
  programme: 'table.initiativeKind.programme',
  project: 'table.initiativeKind.project',
  proposal: 'table.initiativeKind.proposal',
  report: 'table.initiativeKind.report',
  resolution: 'table.initiativeKind.resolution',
  speech: 'table.initiativeKind.speech',
  strategy: 'table.initiativeKind.strategy',
  treaty: 'table.initiativeKind.treaty',
} as const satisfies Record<string, MessageKey>;

/** A cell as the page shows it: a code as its word, a link by its site, the atlas's own data by name. */
export function showCell(column: TableColumnSpec, value: TableCell): string {
  if (value === null) return '';
  if (column.link) return formatLinkCell(value);
  const word = column.words && typeof value === 'string' ? column.words[value] : undefined;
  if (word) return t(word);
  if (column.key === 'origin' && value === 'bundled') return t('table.origin.bundled');
  return String(value);
}

/** Rows whose text contains every word of `q` (case-insensitive); all rows for an empty query. */
export function searchRows(rows: readonly TableRow[], q: string): readonly TableRow[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((r) => words.every((w) => r.text.includes(w)));
}

// The order of the page's language, numbers within text as numbers ("Seoul 2013" before "Seoul 2020").
const collators = new Map<Lang, Intl.Collator>();
function collator(): Intl.Collator {
  const lang = currentLang();
  let c = collators.get(lang);
  if (!c)
    collators.set(lang, (c = new Intl.Collator(formatLocale(lang), { numeric: true, sensitivity: 'base' })));
  return c;
}

/**
 * Rows sorted by `sort` (a column key, "-" first for descending), by what the page shows in the
 * page's language (numbers as numbers); empty cells always last; an unknown column leaves the order.
 */
export function sortRows(
  rows: readonly TableRow[],
  sort: string | null,
  columns: readonly TableColumnSpec[],
): readonly TableRow[] {
  const key = sort?.replace(/^-/, '');
  const column = key ? columns.find((c) => c.key === key) : undefined;
  if (!key || !column) return rows;
  const direction = sort!.startsWith('-') ? -1 : 1;
  const compare = collator().compare;
  const value = (r: TableRow): string | number | null =>
    column.numeric ? (r.cells[key] ?? null) : r.shown[key] || null;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return 0;
    if (x === null || x === '') return 1;
    if (y === null || y === '') return -1;
    return (
      (typeof x === 'number' && typeof y === 'number' ? x - y : compare(String(x), String(y))) * direction
    );
  });
}

/** A link cell for display: "gov.uk" or "gov.uk +2". */
export function formatLinkCell(value: TableCell): string {
  if (value === noSource()) return value;
  const [first, ...rest] = cellUrls(value);
  return first ? `${sourceHost(first)}${rest.length ? ` +${rest.length}` : ''}` : '';
}

/** The URLs of a link cell (joined by spaces); none for an empty cell or a row without a source. */
export const cellUrls = (value: TableCell): string[] =>
  typeof value === 'string' && value && value !== noSource() ? value.split(' ') : [];

/** The rows as plain records for CSV export (every cell, URLs joined by "|"; codes as the data has them). */
export function tableRecords(
  model: Pick<TableModel, 'columns'>,
  rows: readonly TableRow[],
): Record<string, TableCell>[] {
  return rows.map((r) => {
    const out: Record<string, TableCell> = {};
    for (const c of model.columns) {
      const v = r.cells[c.key] ?? null;
      out[c.key] = c.link && typeof v === 'string' && v !== noSource() ? cellUrls(v).join('|') : v;
    }
    return out;
  });
}
