import type { TableReport, TableSet } from '$lib/data';

/**
 * Loads the bundled tables: data/*.csv, already parsed and validated at build time by the same
 * loader a user's file goes through (see scripts/lib/bundledTablesPlugin.ts), as one lazily
 * loaded, cacheable chunk.
 */
export async function loadBundledTables(): Promise<{ tables: TableSet; reports: TableReport[] }> {
  return (await import('virtual:bundled-tables')).default;
}
