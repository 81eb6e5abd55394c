import type { Column } from './columns';
import type { Said } from './issues';

/** The tables of the data model; a user file is one of them. */
export const TABLE_KINDS = [
  'conferences',
  'claims',
  'participation',
  'initiatives',
  'memberships',
  'themes',
  'documents',
  'theme_mentions',
  'agenda_themes',
  'aliases',
  'names',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** A table's columns and the checks that span columns or rows. */
export interface TableSpec<F> {
  kind: TableKind;
  /** One row is … (for messages and the loader). */
  row: string;
  columns: { [K in keyof F]: Column<F[K]> };
  /** The value that must be unique per row, if any (e.g. the id). */
  key?: (fields: F) => string;
  /**
   * Values a row leaves out that its other cells give: an id from a name, a membership's status and
   * year from the dates a treaty chart prints. Runs before `check`.
   */
  derive?: (fields: F) => Partial<F>;
  /** Checks across columns; each failure rejects the row. */
  check?: (fields: F) => ({ code: 'missing-actor' | 'date-order'; column: string } & Said) | undefined;
}

/** The fields a spec reads, plus where each row came from. */
export type RowOf<S> = S extends TableSpec<infer F> ? F & RowMeta : never;

/** Where a row came from: its file line and origin (`bundled` or the user's file name). */
export interface RowMeta {
  line: number;
  origin: string;
}

/** Declares a table spec (an identity, for the types). */
export function spec<F>(s: TableSpec<F>): TableSpec<F> {
  return s;
}

// Headers are matched case-, accent-, space- and punctuation-insensitively, so each synonym is
// written once; French and Spanish headers sit beside the English ones.

/** A row's public source(s). Optional in a user's file (those rows are marked unsourced); the bundled data's test requires it. */
export const SOURCE = {
  synonyms: [
    'sources',
    'source url',
    'url',
    'link',
    'links',
    'reference',
    'references',
    'citation',
    'lien',
    'référence',
    'fuente',
    'fuentes',
    'enlace',
    'referencia',
  ],
  description: 'loader.column.source',
  examples: ['https://www.gov.uk/government/news/example', 'https://example.org/report'],
} as const;

export const THEMES = {
  synonyms: ['theme', 'topics', 'topic', 'theme ids', 'thème', 'thèmes', 'tema', 'temas'],
  description: 'loader.column.themes',
  examples: ['cybercrime|capacity-building', 'International security'],
} as const;

export const CONFERENCE_REF = {
  synonyms: [
    'conference id',
    'event',
    'meeting',
    'linked conference',
    'gccs',
    'conférence',
    'événement',
    'réunion',
    'conferencia',
    'evento',
    'reunión',
  ],
  description: 'loader.column.conference',
  examples: ['seoul-2013', 'GCCS 2015'],
} as const;

export const COUNTRY_SYNONYMS = [
  'state',
  'nation',
  'iso3',
  'iso2',
  'code',
  'country code',
  'country name',
  'member state',
  'government',
  'delegation',
  'pays',
  'état',
  'état membre',
  'délégation',
  'país',
  'estado',
  'estado miembro',
  'delegación',
] as const;

export const NOTE_SYNONYMS = [
  'notes',
  'comment',
  'comments',
  'remarque',
  'remarques',
  'nota',
  'notas',
] as const;

export const ROLES = ['host', 'co-organiser', 'attendee', 'speaker', 'observer'] as const;
export const LEVELS = [
  'head-of-state',
  'head-of-government',
  'minister',
  'vice-minister',
  'envoy',
  'ambassador',
  'official',
  'non-governmental',
] as const;
export const CONFIDENCES = ['documented', 'secondary-report', 'pre-event-announcement'] as const;
export const CONFERENCE_KINDS = ['process', 'related'] as const;
export const MEMBERSHIP_STATUSES = [
  'founding-member',
  'member',
  'party',
  'signatory',
  'observer',
  'chair',
  'sponsor',
  'co-host',
] as const;
export const CLAIM_QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'nearly', 'expected'] as const;

export type Role = (typeof ROLES)[number];
export type Level = (typeof LEVELS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
