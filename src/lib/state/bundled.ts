import type { TableReport, TableSet } from '$lib/data';

/** Validated bundled tables with what each file gave. */
export interface BundledPart {
  tables: TableSet;
  reports: TableReport[];
}

/**
 * The bundled data: data/*.csv, parsed and validated at build time by the same loader a user's file
 * goes through (scripts/lib/bundledTablesPlugin.ts), in two lazily loaded, cacheable chunks: what the
 * first map needs (conferences, claims, participation), then the rest.
 */
export const loadBundledFirst = async (): Promise<BundledPart> =>
  (await import('virtual:bundled-tables/first')).default;

/** The other bundled tables: initiatives, memberships, themes, documents, theme mentions. */
export const loadBundledRest = async (): Promise<BundledPart> =>
  (await import('virtual:bundled-tables/rest')).default;
