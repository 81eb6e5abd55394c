import { currentLang, dirOf, formatCount, t, type MessageKey, type Params } from '$lib/i18n';
import type { Column } from './columns';
import type { Said } from './issues';
import {
  TABLE_KINDS,
  type Confidence,
  type Level,
  type MEMBERSHIP_STATUSES,
  type Role,
  type TableKind,
} from './tableSpec';

// The loader's words, written when shown: in the page's language there, in English in the CLIs and
// the tests. The loader itself (in the worker too) only keeps keys and values.

/** Params that are counts, written with the language's digit grouping ("1,600", "1 600"). */
const COUNTS = new Set(['total', 'max', 'fields', 'width']);

/**
 * An issue's message (or any Said) in the page's language; a `table` param is the table's name. In
 * a right-to-left page each value is isolated (FSI … PDI), so that a value written left to right (a
 * file's cell, a list of names) keeps its own order inside the sentence.
 */
export function messageOf(said: Said): string {
  const { key, params } = said;
  if (!params) return t(key);
  const rtl = dirOf(currentLang()) === 'rtl';
  const shown: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const text =
      name === 'table' && isTableKind(value)
        ? tableName(value)
        : COUNTS.has(name) && typeof value === 'number'
          ? formatCount(value)
          : value;
    shown[name] = rtl && typeof text === 'string' ? `\u2068${text}\u2069` : text;
  }
  return t(key, shown as Params);
}

const isTableKind = (value: unknown): value is TableKind =>
  (TABLE_KINDS as readonly unknown[]).includes(value);

const TABLE_NAMES = {
  conferences: 'loader.table.conferences',
  claims: 'loader.table.claims',
  participation: 'loader.table.participation',
  initiatives: 'loader.table.initiatives',
  memberships: 'loader.table.memberships',
  themes: 'loader.table.themes',
  documents: 'loader.table.documents',
  theme_mentions: 'loader.table.theme_mentions',
  agenda_themes: 'loader.table.agenda_themes',
  aliases: 'loader.table.aliases',
  names: 'loader.table.names',
} as const satisfies Record<TableKind, MessageKey>;

/** A table's name for readers: "participation", "theme mentions" (in French "mentions de thèmes"). */
export function tableName(kind: TableKind): string {
  return t(TABLE_NAMES[kind]);
}

/** What a column holds, for the column-mapping step. */
export function columnDescription(column: Pick<Column<unknown>, 'description'>): string {
  const d = column.description;
  return typeof d === 'string' ? t(d) : messageOf(d);
}

const ROLE = {
  host: 'loader.role.host',
  'co-organiser': 'loader.role.co-organiser',
  attendee: 'loader.role.attendee',
  speaker: 'loader.role.speaker',
  observer: 'loader.role.observer',
} as const satisfies Record<Role, MessageKey>;

const LEVEL = {
  'head-of-state': 'loader.level.head-of-state',
  'head-of-government': 'loader.level.head-of-government',
  minister: 'loader.level.minister',
  'vice-minister': 'loader.level.vice-minister',
  envoy: 'loader.level.envoy',
  ambassador: 'loader.level.ambassador',
  official: 'loader.level.official',
  'non-governmental': 'loader.level.non-governmental',
} as const satisfies Record<Level, MessageKey>;

const CONFIDENCE = {
  documented: 'loader.confidence.documented',
  'secondary-report': 'loader.confidence.secondary-report',
  'pre-event-announcement': 'loader.confidence.pre-event-announcement',
} as const satisfies Record<Confidence, MessageKey>;

const STATUS = {
  'founding-member': 'loader.status.founding-member',
  member: 'loader.status.member',
  party: 'loader.status.party',
  signatory: 'loader.status.signatory',
  observer: 'loader.status.observer',
  chair: 'loader.status.chair',
  sponsor: 'loader.status.sponsor',
  'co-host': 'loader.status.co-host',
} as const satisfies Record<(typeof MEMBERSHIP_STATUSES)[number], MessageKey>;

/** The value labels of the columns whose values are a fixed set, by column key. */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, MessageKey>>>> = {
  role: ROLE,
  level: LEVEL,
  confidence: CONFIDENCE,
  status: STATUS,
};

/**
 * What a value of a fixed set means, in the page's language ("head-of-state" → "chef d'État"), for
 * the values the mapping step offers; undefined for other columns' values.
 */
export function valueLabel(columnKey: string, value: string): string | undefined {
  const key = VALUE_LABELS[columnKey]?.[value];
  return key && t(key);
}
