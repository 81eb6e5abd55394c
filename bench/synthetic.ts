/**
 * Synthetic data N times larger than the bundled data, in the same shapes: every table is repeated
 * N times, each copy's ids suffixed (`seoul-2013` → `seoul-2013-x7`) and every reference rewritten to
 * match, so the copies link exactly as the originals do. Copy 0 keeps the original ids, so the
 * default view still opens on the first conference. It is a load test, not data: never shown as fact.
 *
 * As a module: `syntheticSources(readBundledSources(), 100)`. As a CLI:
 * `npx tsx bench/synthetic.ts [--factor 100] [--out bench/data/synthetic]` writes one CSV per table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import {
  readTable,
  type TableKind,
  type TableReport,
  type TableSet,
  type TableSource,
} from '../src/lib/data/index.ts';
import { FIRST_TABLES } from '../scripts/lib/bundledTablesPlugin';
import { readBundledSources } from '../scripts/lib/readBundled';

// Which columns hold an id of this table (own) or of another table (refs): the links to keep intact.
const ID_COLUMNS: Partial<Record<TableKind, string[]>> = {
  conferences: ['id'],
  claims: ['conference'],
  participation: ['conference'],
  initiatives: ['id', 'conference'],
  memberships: ['initiative'],
  documents: ['id', 'conference'],
  theme_mentions: ['document'],
};

/** One table's CSV text repeated `factor` times, ids and references suffixed per copy. */
export function multiplyCsv(text: string, kind: TableKind, factor: number): string {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const fields = parsed.meta.fields ?? [];
  const columns = (ID_COLUMNS[kind] ?? []).filter((c) => fields.includes(c));
  // A table with no ids (the theme taxonomy) is shared by every copy, so it is not repeated.
  if (!columns.length) return text;
  const rows: Record<string, string>[] = [];
  for (let copy = 0; copy < factor; copy++)
    for (const row of parsed.data) {
      if (!copy) {
        rows.push(row);
        continue;
      }
      const out = { ...row };
      for (const c of columns) if (out[c]) out[c] = `${out[c]}-x${copy}`;
      rows.push(out);
    }
  return Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) });
}

/** Every source multiplied by `factor` (themes kept once: they are the shared taxonomy). */
export function syntheticSources(sources: readonly TableSource[], factor: number): TableSource[] {
  return sources.map((s) => ({ ...s, text: multiplyCsv(s.text, s.kind!, factor) }));
}

/**
 * The page's two bundled-data chunks (`virtual:bundled-tables/first` and `/rest`, see
 * scripts/lib/bundledTablesPlugin.ts) as module text, for sources validated here by the same
 * loader, so a benchmark can serve synthetic data in their place.
 */
export function bundledModules(sources: readonly TableSource[]): { first: string; rest: string } {
  const tables: TableSet = {};
  const reports: TableReport[] = [];
  for (const source of sources) {
    const result = readTable(source);
    Object.assign(tables, result.tables);
    reports.push(...result.reports);
  }
  const part = (first: boolean): string => {
    const inPart = (kind: string | undefined): boolean => FIRST_TABLES.includes(kind ?? '') === first;
    const json = JSON.stringify({
      tables: Object.fromEntries(Object.entries(tables).filter(([kind]) => inPart(kind))),
      reports: reports.filter((r) => inPart(r.kind)),
    });
    return `export default JSON.parse(${JSON.stringify(json)});`;
  };
  return { first: part(true), rest: part(false) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      factor: { type: 'string', default: '100' },
      out: { type: 'string', default: 'bench/data/synthetic' },
    },
  });
  mkdirSync(values.out!, { recursive: true });
  for (const s of syntheticSources(readBundledSources(), Number(values.factor))) {
    const file = join(values.out!, `${s.kind}.csv`);
    writeFileSync(file, s.text);
    console.log(`${file}: ${s.text.split('\n').length - 1} rows`);
  }
}
