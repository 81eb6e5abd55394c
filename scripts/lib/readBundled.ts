/** Reads the bundled data/*.csv from disk as sources for loadTables (the CLI's twin of bundled.ts). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_KINDS, type TableKind, type TableSource } from '../../src/lib/data/index.ts';

export function readBundledSources(dir = 'data'): TableSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && (TABLE_KINDS as readonly string[]).includes(f.replace(/\.csv$/, '')))
    .sort()
    .map((f) => ({
      name: `${dir}/${f}`,
      text: readFileSync(join(dir, f), 'utf8'),
      kind: f.replace(/\.csv$/, '') as TableKind,
      origin: 'bundled',
    }));
}
