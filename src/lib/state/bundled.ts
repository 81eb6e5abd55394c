import type { TableKind, TableSource } from '$lib/data';

// The bundled CSVs, as lazily loaded raw text chunks (one request each, cacheable, gzip-friendly).
const files = import.meta.glob<string>('/data/*.csv', { query: '?raw', import: 'default' });

/** Loads the bundled data/*.csv texts as sources for loadTables (one per table). */
export async function loadBundledSources(): Promise<TableSource[]> {
  return Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      const name = path.replace(/^\//, '');
      const kind = name.replace(/^data\//, '').replace(/\.csv$/, '') as TableKind;
      return { name, text: await load(), kind, origin: 'bundled' };
    }),
  );
}
