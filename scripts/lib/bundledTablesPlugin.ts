/**
 * A Vite plugin that serves `virtual:bundled-tables`: the bundled data/*.csv read through the very
 * same loader as a user's file (readTable: parse, validate), at build time instead of in the page.
 * The page then gets validated rows as JSON and only has to link them (buildDataset), so papaparse
 * and the validators stay out of the first load; they arrive when a user loads a file of their own.
 * The data test checks that these CSVs pass the validator with zero rejected rows.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_TABLES } from '../../src/firstView.ts';
import type { TableReport, TableSet } from '../../src/lib/data/index.ts';

const PREFIX = 'virtual:bundled-tables/';

/**
 * The tables the first map needs come first (`virtual:bundled-tables/first`); the others follow in a
 * second chunk (`virtual:bundled-tables/rest`), so the first view does not wait on them. Which tables
 * is declared with the rest of the first view's needs, in src/firstView.ts.
 */
export { FIRST_TABLES } from '../../src/firstView.ts';

/** What each virtual module exports: the validated rows by table, and what each file gave. */
export interface BundledTables {
  tables: TableSet;
  reports: TableReport[];
}

type DataLayer = typeof import('../../src/lib/data/index.ts');
type Reader = typeof import('./readBundled.ts');

/**
 * Reads and validates data/*.csv, as the virtual module's content. The loader is imported when
 * needed (through tsx, so the Vite config does not have to bundle the data layer) and fresh each
 * time, so that an edited CSV shows on reload.
 */
export async function readBundledTables(dir = 'data'): Promise<BundledTables> {
  const { tsImport } = await import('tsx/esm/api');
  const { readTable } = (await tsImport('../../src/lib/data/index.ts', import.meta.url)) as DataLayer;
  const { readBundledSources } = (await tsImport('./readBundled.ts', import.meta.url)) as Reader;
  const tables: TableSet = {};
  const reports: TableReport[] = [];
  for (const source of readBundledSources(dir)) {
    const result = readTable(source);
    reports.push(...result.reports);
    Object.assign(tables, result.tables);
  }
  return { tables, reports };
}

interface Packed {
  keys: string[];
  rows: unknown[][];
}

function pack(rows: object[]): Packed {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { keys, rows: rows.map((r) => keys.map((k) => (r as Record<string, unknown>)[k] ?? null)) };
}

// Runs in the page (its source is written into the virtual module). A key whose value was absent
// comes back as null, as the validator writes for an empty optional cell.
function unpack(table: Packed): Record<string, unknown>[] {
  return table.rows.map((values) => Object.fromEntries(table.keys.map((k, i) => [k, values[i]])));
}

/** The plugin; `dir` is the data folder relative to the project root. */
export function bundledTables(dir = 'data'): Plugin {
  return {
    name: 'atlas:bundled-tables',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const first = id.endsWith('/first');
      const inPart = (kind: string | undefined): boolean => FIRST_TABLES.includes(kind ?? '') === first;
      const all = await readBundledTables(dir);
      for (const report of all.reports) this.addWatchFile(resolve(report.file.replace(/#.*$/, '')));
      const tables = Object.fromEntries(Object.entries(all.tables).filter(([kind]) => inPart(kind)));
      // The previews are for the column-mapping step of a user's file: not shipped for the bundled data.
      const reports = all.reports.filter((r) => inPart(r.kind)).map((r) => ({ ...r, preview: [] }));
      // Each table as column names plus rows of values: a fifth of the bytes of repeated keys.
      // JSON.parse of one string literal is also parsed faster than the same object literal.
      const packed = Object.fromEntries(Object.entries(tables).map(([kind, rows]) => [kind, pack(rows)]));
      const json = JSON.stringify({ packed, reports });
      return `${unpack.toString()}
const { packed, reports } = JSON.parse(${JSON.stringify(json)});
const tables = {};
for (const kind in packed) tables[kind] = unpack(packed[kind]);
export default { tables, reports };`;
    },
  };
}
