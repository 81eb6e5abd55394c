// Rows packed by column, for the loader worker's trip to the page (see src/lib/state/ingest.ts).

/**
 * Rows of one shape, by column: a column of repeated values (roles, conference ids, countries, or
 * the shared parsed dates and lists of a column) as a dictionary and a Uint32Array of codes, which
 * moves between threads without copying; other columns as plain arrays.
 */
export interface PackedRows {
  keys: string[];
  columns: ({ values: unknown[] } | { dict: unknown[]; codes: Uint32Array })[];
  count: number;
}

/** Packs rows that share their keys (as the loader's rows do) by column. */
export function packRows(rows: readonly Record<string, unknown>[]): PackedRows {
  const keys = rows.length ? Object.keys(rows[0]!) : [];
  return { keys, columns: keys.map((key) => packColumn(rows, key)), count: rows.length };
}

function packColumn(rows: readonly Record<string, unknown>[], key: string): PackedRows['columns'][number] {
  const codes = new Uint32Array(rows.length);
  const dictionary = new Map<unknown, number>();
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]![key];
    let code = dictionary.get(value);
    if (code === undefined) {
      if (dictionary.size > rows.length / 4) return { values: rows.map((row) => row[key]) };
      code = dictionary.size;
      dictionary.set(value, code);
    }
    codes[i] = code;
  }
  return { dict: [...dictionary.keys()], codes };
}

/** The buffers of packed rows, to transfer rather than copy. */
export const packedBuffers = (packed: PackedRows): ArrayBuffer[] =>
  packed.columns.flatMap((c) => ('codes' in c ? [c.codes.buffer as ArrayBuffer] : []));

/** The rows again, each built from one template so that all share one shape. */
export function unpackRows({ keys, columns, count }: PackedRows): Record<string, unknown>[] {
  const template = Object.fromEntries(keys.map((key) => [key, null]));
  const rows: Record<string, unknown>[] = new Array(count);
  for (let i = 0; i < count; i++) rows[i] = { ...template };
  columns.forEach((column, k) => {
    const key = keys[k]!;
    if ('codes' in column) for (let i = 0; i < count; i++) rows[i]![key] = column.dict[column.codes[i]!];
    else for (let i = 0; i < count; i++) rows[i]![key] = column.values[i];
  });
  return rows;
}
