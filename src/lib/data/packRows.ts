// Rows packed by column, for the loader worker's trip to the page (see src/lib/state/ingest.ts):
// validateTable packs them as it accepts them, the page unpacks them.

/**
 * Rows of one shape, by column: a column of repeated values (roles, conference ids, countries, or
 * the shared parsed dates and lists of a column) as a dictionary and a Uint32Array of codes, and a
 * column of numbers (line numbers) as a Float64Array, both of which move between threads without
 * copying; a column of distinct strings joined into one; other columns as plain arrays.
 */
export interface PackedRows {
  keys: string[];
  columns: PackedColumn[];
  count: number;
}

export type PackedColumn =
  { values: unknown[] } | { dict: unknown[]; codes: Uint32Array } | { numbers: Float64Array } | JoinedStrings;

/**
 * A column of distinct strings (or, with `lists`, of lists of one string each: links) joined into
 * one string, with where each ends: one copy between threads instead of one per value.
 */
interface JoinedStrings {
  text: string;
  ends: Uint32Array;
  lists: boolean;
}

/** A column of the rows a RowPacker packs: its key, and for a column of repeated values, their dictionary. */
export interface PackerColumn {
  key: string;
  /**
   * The column's values by small id (id 0 for a blank cell), as a cell cache numbers them; it may grow
   * as rows are pushed. Columns without one are packed as their values.
   */
  dict?: readonly unknown[];
}

/**
 * Packs rows as they are accepted, one row's cells at a time, for a reader that already knows each
 * repeated value's small id (validateTable's cell caches): no second pass over row objects and no
 * dictionary lookups. Rows get a line number, then the fixed fields (the same in every row), then
 * the columns, in that order.
 */
export class RowPacker {
  readonly #fixed: [string, unknown][];
  readonly #columns: readonly PackerColumn[];
  readonly #capacity: number;
  #lines: Float64Array;
  #codes: (Uint32Array | undefined)[];
  #values: (unknown[] | undefined)[];
  #count = 0;

  constructor(fixed: Readonly<Record<string, unknown>>, columns: readonly PackerColumn[], capacity: number) {
    this.#fixed = Object.entries(fixed);
    this.#columns = columns;
    this.#capacity = capacity;
    this.#lines = new Float64Array(capacity);
    this.#codes = columns.map((c) => (c.dict ? new Uint32Array(capacity) : undefined));
    this.#values = columns.map((c) => (c.dict ? undefined : []));
  }

  get count(): number {
    return this.#count;
  }

  get full(): boolean {
    return this.#count === this.#capacity;
  }

  /** Adds a row: its line, and per column its id (columns with a dictionary) or its value (the others). */
  push(line: number, ids: ArrayLike<number>, values: readonly unknown[]): void {
    const n = this.#count++;
    this.#lines[n] = line;
    for (let c = 0; c < this.#columns.length; c++) {
      const codes = this.#codes[c];
      if (codes) codes[n] = ids[c]!;
      else this.#values[c]![n] = values[c];
    }
  }

  /** The rows pushed since the last take, packed; the packer starts again empty. */
  take(): PackedRows {
    const n = this.#count;
    const columns: PackedColumn[] = [{ numbers: this.#lines.slice(0, n) }];
    for (const [, value] of this.#fixed) columns.push({ dict: [value], codes: new Uint32Array(n) });
    this.#columns.forEach((column, c) => {
      const codes = this.#codes[c];
      const dict = column.dict;
      if (!codes || !dict) {
        columns.push(loose(this.#values[c]!));
        this.#values[c] = [];
      } else if (dict.length <= Math.max(64, n / 4))
        columns.push({ dict: dict.slice(), codes: codes.slice(0, n) });
      // A dictionary grown larger than the rows it codes costs more to send than the values.
      else columns.push(loose(Array.from(codes.subarray(0, n), (id) => dict[id])));
    });
    this.#count = 0;
    return {
      keys: ['line', ...this.#fixed.map(([key]) => key), ...this.#columns.map((c) => c.key)],
      columns,
      count: n,
    };
  }
}

/** A column of values that do not repeat much. */
const loose = (values: unknown[]): PackedColumn => joinStrings(values) ?? { values };

/** Strings, or lists of one string each, joined; undefined for any other values. */
function joinStrings(values: readonly unknown[]): JoinedStrings | undefined {
  const lists = Array.isArray(values[0]);
  const ends = new Uint32Array(values.length);
  let text = '';
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const string: unknown = !lists
      ? value
      : Array.isArray(value) && value.length === 1
        ? value[0]
        : undefined;
    if (typeof string !== 'string') return undefined;
    text += string;
    ends[i] = end += string.length;
  }
  return { text, ends, lists };
}

/** The buffers of packed rows, to transfer rather than copy. */
export const packedBuffers = (packed: PackedRows): ArrayBuffer[] =>
  packed.columns.flatMap((c) =>
    'codes' in c
      ? [c.codes.buffer as ArrayBuffer]
      : 'numbers' in c
        ? [c.numbers.buffer as ArrayBuffer]
        : 'ends' in c
          ? [c.ends.buffer as ArrayBuffer]
          : [],
  );

/** Rows without those at the given places (0 first): rows handed over, then refused as repeats (TableSource.onDropped). */
export function withoutPlaces<T>(rows: readonly T[], places: readonly number[]): T[] {
  const gone = new Set(places);
  return rows.filter((_, place) => !gone.has(place));
}

/** The rows again, each built from one template so that all share one shape. */
export function unpackRows({ keys, columns, count }: PackedRows): Record<string, unknown>[] {
  const template = Object.fromEntries(keys.map((key) => [key, null]));
  const rows: Record<string, unknown>[] = new Array(count);
  for (let i = 0; i < count; i++) rows[i] = { ...template };
  columns.forEach((column, k) => {
    const key = keys[k]!;
    if ('codes' in column) for (let i = 0; i < count; i++) rows[i]![key] = column.dict[column.codes[i]!];
    else if ('numbers' in column) for (let i = 0; i < count; i++) rows[i]![key] = column.numbers[i];
    else if ('ends' in column) {
      const { text, ends, lists } = column;
      for (let i = 0, start = 0; i < count; start = ends[i++]!) {
        const string = text.slice(start, ends[i]);
        rows[i]![key] = lists ? [string] : string;
      }
    } else for (let i = 0; i < count; i++) rows[i]![key] = column.values[i];
  });
  return rows;
}
