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
export const loadBundledFirst = (): Promise<BundledPart> =>
  (first ??= import('virtual:bundled-tables/first').then((m) => m.default));

/** The other bundled tables: initiatives, memberships, themes, documents, theme mentions. */
export const loadBundledRest = (): Promise<BundledPart> =>
  (rest ??= import('virtual:bundled-tables/rest').then((m) => m.default));

// One promise each, so that every caller resumes in the order it asked, in the same turn.
let first: Promise<BundledPart> | undefined;
let rest: Promise<BundledPart> | undefined;
