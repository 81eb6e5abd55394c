import type { Cell, Column } from './columns';
import { makeIssue, type Issue } from './issues';
import { RowPacker, type PackedRows } from './packRows';
import type { RawRecord, RawTable } from './parseTable';
import { TABLE_KINDS, TABLE_SPECS, type RowByKind, type TableKind, type TableSpec } from './schema';
import { foldKey } from './text';

/** Which file column feeds each spec column: spec key → header index. */
export type ColumnMapping = Record<string, number>;

/** How a file's headers map onto a table: matched columns, and what is left over or missing. */
export interface HeaderMatch {
  mapping: ColumnMapping;
  /** File headers no column takes. */
  unknown: string[];
  /** Required spec columns with no header. */
  missing: string[];
}

/**
 * Matches file headers to a spec's columns, ignoring case, accents, spaces and punctuation, and
 * accepting each column's synonyms: "Country Name" → country, "Conférence" → conference.
 * A user's explicit mapping (spec key → header) wins.
 */
export function matchHeaders<F>(
  headers: readonly string[],
  spec: TableSpec<F>,
  explicit: Readonly<Record<string, string>> = {},
): HeaderMatch {
  const folded = headers.map((h) => foldKey(h).replace(/ /g, ''));
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const columns = Object.values(spec.columns) as Column<unknown>[];
  for (const [key, header] of Object.entries(explicit)) {
    const index = headers.indexOf(header);
    if (index < 0 || !columns.some((c) => c.key === key)) continue;
    mapping[key] = index;
    taken.add(index);
  }
  // Exact key matches first, then synonyms, so "country" beats a "state" synonym of another column.
  for (const pass of ['key', 'synonyms'] as const) {
    for (const column of columns) {
      if (column.key in mapping) continue;
      const names = pass === 'key' ? [column.key] : column.synonyms;
      for (const name of names) {
        const index = folded.findIndex((h, i) => !taken.has(i) && h === foldKey(name).replace(/ /g, ''));
        if (index >= 0) {
          mapping[column.key] = index;
          taken.add(index);
          break;
        }
      }
    }
  }
  return {
    mapping,
    unknown: headers.filter((h, i) => !taken.has(i) && h.trim() !== ''),
    missing: columns.filter((c) => c.required && !(c.key in mapping)).map((c) => c.key),
  };
}

/**
 * Guesses which table a file holds: by its name when that names a table ("initiatives.csv",
 * a JSON key "participation"), else by its headers. Undefined when no table fits.
 */
export function detectTable(headers: readonly string[], name?: string): TableKind | undefined {
  if (name) {
    const key = foldKey(name.replace(/\.(csv|tsv|txt|json)$/i, '')).replace(/ /g, '_');
    const byName = TABLE_KINDS.find((k) => k === key || k === `${key}s`);
    if (byName && matchHeaders(headers, TABLE_SPECS[byName] as TableSpec<unknown>).missing.length === 0)
      return byName;
  }
  let best: TableKind | undefined;
  let bestScore = 0;
  for (const kind of TABLE_KINDS) {
    const spec = TABLE_SPECS[kind] as TableSpec<unknown>;
    const match = matchHeaders(headers, spec);
    const required = (Object.values(spec.columns) as Column<unknown>[]).filter((c) => c.required).length;
    // A table must find all its required columns; then the one that explains most headers wins.
    const score =
      (match.missing.length === 0 ? 100 : 0) +
      (10 * Object.keys(match.mapping).length) / Math.max(1, headers.length) +
      (required - match.missing.length) / Math.max(1, required);
    if (score > bestScore) [best, bestScore] = [kind, score];
  }
  return bestScore >= 100 ? best : undefined;
}

/** Valid rows and every issue found; a row with any error is left out, the rest are kept. */
export interface Validated<R> {
  /** The accepted rows, unless they were packed and handed to `onPacked` as they came. */
  rows: R[];
  issues: Issue[];
  /** Rows read (records in the file, whether accepted or not). */
  total: number;
  /** Rows accepted. */
  accepted: number;
  match: HeaderMatch;
}

/** Progress of a long read: how many of a table's records have been checked so far. */
export type Progress = (done: number, total: number) => void;

export interface ValidateOptions {
  /** `bundled`, or the user's file name, stamped on every row. */
  origin?: string;
  /** The user's own choice of header per column (spec key → header), over the automatic match. */
  mapping?: Readonly<Record<string, string>>;
  /** Called every few thousand records, and once at the end. */
  onProgress?: Progress;
  /**
   * When given, the accepted rows are packed by column as they are checked and handed over every few
   * thousand records, not returned: the loader's worker sends each batch to the page while it checks
   * the next.
   */
  onPacked?: (rows: PackedRows) => void;
}

/** Records between two progress reports. */
const PROGRESS_EVERY = 4096;

/**
 * Validates raw records against a table's spec: each cell is parsed by its column, cross-column
 * checks run, ids must be unique and exact duplicate rows are refused. Never throws on user input.
 */
export function validateTable<K extends TableKind>(
  raw: RawTable,
  kind: K,
  options: ValidateOptions = {},
): Validated<RowByKind[K]> {
  const spec = TABLE_SPECS[kind] as unknown as TableSpec<Record<string, unknown>>;
  const origin = options.origin ?? 'bundled';
  const issues: Issue[] = [...raw.issues];
  const match = matchHeaders(raw.headers, spec, options.mapping);
  const headerLine = raw.format === 'csv' ? 1 : 0;
  for (const key of match.missing)
    issues.push(
      makeIssue(
        'missing-column',
        `The required column "${key}" is missing. Add it, or map one of your columns to it.`,
        {
          line: headerLine,
          column: key,
        },
      ),
    );
  if (match.missing.length) return { rows: [], issues, total: raw.records.length, accepted: 0, match };
  for (const header of match.unknown)
    issues.push(
      makeIssue('unknown-column', `The column "${header}" is not part of the ${kind} table and is ignored.`, {
        line: headerLine,
        column: header,
        severity: 'warning',
      }),
    );

  const columns = Object.values(spec.columns) as Column<unknown>[];
  const indexes = columns.map((column) => match.mapping[column.key]);
  const caches = columns.map((column, c) =>
    repeats(raw.records, indexes[c]) ? new CellCache(column) : undefined,
  );
  const mapped = new Set(indexes);
  const unmapped = raw.headers.map((_, i) => i).filter((i) => !mapped.has(i));
  const rows: RowByKind[K][] = [];
  let accepted = 0;
  const keys = new Map<string, number>();
  const seenRows = new RowSet(raw.records.length);
  const width = raw.headers.length;
  const template: Record<string, unknown> = { line: 0, origin };
  for (const column of columns) template[column.key] = column.empty;
  // Issues name each column as the file does ("Nation"), so the user can find it.
  const headerOf = columns.map((column, c) => raw.headers[indexes[c] ?? -1] ?? column.key);
  const nameOf = (key: string | undefined): string | undefined =>
    key === undefined ? undefined : (headerOf[columns.findIndex((c) => c.key === key)] ?? key);
  const { onProgress, onPacked } = options;
  // Packing as rows are accepted: each cell's id (columns with a cache) or value, per column.
  const packer =
    onPacked &&
    new RowPacker(
      { origin },
      columns.map((column, c) => ({ key: column.key, ...(caches[c] ? { dict: caches[c].values } : {}) })),
      PROGRESS_EVERY,
    );
  // The row being checked: each column's value, and (columns with a cache) its id.
  const ids = new Int32Array(columns.length);
  const values: unknown[] = columns.map((column) => column.empty);
  let currentLine = 0;
  // Every row starts as a copy of one template, so all rows share one shape (fast to build and read).
  const rowOf = (line: number): Record<string, unknown> => {
    const row: Record<string, unknown> = { ...template, line };
    for (let c = 0; c < columns.length; c++) row[columns[c]!.key] = values[c];
    return row;
  };
  // When packing, no row object is built: the checks across columns and the key read the values
  // through this view. (Storing each value under its column's name, a different name each time, was
  // about a quarter of the checking time.)
  const view = Object.defineProperties(
    {},
    Object.fromEntries([
      ['line', { get: () => currentLine }],
      ['origin', { value: origin }],
      ...columns.map((column, c) => [column.key, { get: () => values[c], enumerable: true }]),
    ]),
  ) as Record<string, unknown>;
  const total = raw.records.length;
  for (let r = 0; r < total; r++) {
    if (r % PROGRESS_EVERY === 0) onProgress?.(r, total);
    if (packer?.full) onPacked!(packer.take());
    const record = raw.records[r]!;
    const { line, cells } = record;
    if (cells.length !== width && raw.format === 'csv') {
      issues.push(fieldCountIssue(cells.length, width, line));
      continue;
    }
    currentLine = line;
    let rejected = false;
    // A hash of the row as read, for spotting exact repeats: a repeated value's id, or its characters.
    let hash = HASH_START;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const index = indexes[c];
      const value = index === undefined ? '' : (cells[index] ?? '');
      if (isBlank(value)) {
        if (column.required) {
          issues.push(
            makeIssue('required', `"${headerOf[c]}" is required and is empty.`, {
              line,
              column: headerOf[c],
            }),
          );
          rejected = true;
        }
        values[c] = column.empty;
        ids[c] = 0;
        hash = mix(hash, 0);
        continue;
      }
      const cache = caches[c];
      let cell: Cell<unknown>;
      if (cache) {
        const entry = cache.get(value);
        cell = entry.cell;
        hash = mix(hash, (ids[c] = entry.id));
      } else {
        cell = column.parse(value);
        hash = mixChars(hash, value);
      }
      if (cell.ok) {
        values[c] = cell.value;
        if (cell.warning)
          issues.push(
            makeIssue(cell.warning.code, cell.warning.message, {
              line,
              column: headerOf[c],
              value,
              severity: 'warning',
            }),
          );
      } else {
        rejected = true;
        issues.push(
          makeIssue(cell.code, cell.message, {
            line,
            column: headerOf[c],
            value,
            ...(cell.suggestion ? { suggestion: cell.suggestion } : {}),
          }),
        );
      }
    }
    if (rejected) continue;
    const fields = packer ? view : rowOf(line);
    const failed = spec.check?.(fields);
    if (failed) {
      issues.push(makeIssue(failed.code, failed.message, { line, column: nameOf(failed.column) }));
      continue;
    }
    for (const i of unmapped) hash = mixChars(hash, cells[i] ?? '');
    const twin = seenRows.repeatOf(record, hash);
    if (twin !== undefined) {
      issues.push(
        makeIssue('duplicate-row', `This row repeats line ${twin} exactly and is left out.`, { line }),
      );
      continue;
    }
    if (spec.key) {
      const key = spec.key(fields);
      const first = keys.get(key);
      if (first !== undefined) {
        issues.push(
          makeIssue('duplicate-id', `The id "${key}" is already used on line ${first}; ids must be unique.`, {
            line,
            column: nameOf('id'),
            value: key,
          }),
        );
        continue;
      }
      keys.set(key, line);
    }
    accepted++;
    if (packer) packer.push(line, ids, values);
    else rows.push(fields as unknown as RowByKind[K]);
  }
  if (packer?.count) onPacked!(packer.take());
  onProgress?.(total, total);
  return { rows, issues, total, accepted, match };
}

function fieldCountIssue(fields: number, width: number, line: number): Issue {
  const tooMany = fields > width;
  return makeIssue(
    tooMany ? 'too-many-fields' : 'too-few-fields',
    `This row has ${fields} fields but the header has ${width}. ${
      tooMany
        ? 'A value probably contains an unquoted delimiter: quote it.'
        : 'A delimiter is probably missing.'
    }`,
    { line },
  );
}

/** True for an empty or all-white-space cell (without allocating a trimmed copy for the usual case). */
function isBlank(value: string): boolean {
  if (value === '') return true;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return first <= 32 || last <= 32 || first === 0xa0 ? value.trim() === '' : false;
}

/** White space as String.prototype.trim() sees it. */
function isSpace(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0xfeff ||
    (c >= 0x1680 &&
      (c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000))
  );
}

/**
 * Whether a column's values repeat enough to parse each distinct one once: judged on the first
 * thousand records (roles, levels, conference ids and countries repeat; sources and notes do not).
 */
function repeats(records: readonly RawRecord[], index: number | undefined): boolean {
  if (index === undefined) return false;
  const sample = Math.min(records.length, 1000);
  const distinct = new Set<string>();
  for (let r = 0; r < sample; r++) distinct.add(records[r]!.cells[index] ?? '');
  return distinct.size <= Math.max(50, sample / 2);
}

/**
 * Each distinct cell of a column, parsed once, with a small id that is the same for values equal
 * once trimmed (" France" and "France"), so a row's hash can use ids instead of characters, and
 * rows can be packed by id.
 */
class CellCache {
  #entries = new Map<string, { cell: Cell<unknown>; id: number }>();
  /** The parsed value by id; id 0 is a blank cell. Values equal once trimmed parse alike (every column trims). */
  readonly values: unknown[];
  readonly #column: Column<unknown>;

  constructor(column: Column<unknown>) {
    this.#column = column;
    this.values = [column.empty];
  }

  /** The last value looked up, and its entry: files sorted by conference or state repeat a value row after row. */
  #lastValue = '';
  #lastEntry: { cell: Cell<unknown>; id: number } | undefined;

  get(value: string): { cell: Cell<unknown>; id: number } {
    if (value === this.#lastValue && this.#lastEntry) return this.#lastEntry;
    let entry = this.#entries.get(value);
    if (entry) {
      this.#lastValue = value;
      this.#lastEntry = entry;
      return entry;
    }
    const trimmed = value.trim();
    const cell = this.#column.parse(value);
    const id =
      trimmed === value ? this.values.push(cell.ok ? cell.value : undefined) - 1 : this.get(trimmed).id;
    entry = { cell, id };
    this.#entries.set(value, entry);
    return entry;
  }
}

const HASH_START = 0x811c9dc5;

/** FNV-1a step: mixes a small integer into a hash. */
const mix = (hash: number, n: number): number => Math.imul(hash ^ n, 0x01000193);

/** Mixes a cell's characters, as trimmed, into a hash. */
function mixChars(hash: number, cell: string): number {
  let start = 0;
  let end = cell.length;
  while (start < end && isSpace(cell.charCodeAt(start))) start++;
  while (end > start && isSpace(cell.charCodeAt(end - 1))) end--;
  // Two characters a step: half the multiplications (the top bits, which pick a row's slot, still
  // depend on every character).
  let i = start;
  for (; i + 1 < end; i += 2)
    hash = Math.imul(hash ^ (cell.charCodeAt(i) | (cell.charCodeAt(i + 1) << 16)), 0x01000193);
  if (i < end) hash = Math.imul(hash ^ cell.charCodeAt(i), 0x01000193);
  return Math.imul(hash ^ 0x1f, 0x01000193);
}

/**
 * The rows seen so far, to refuse exact repeats (cells equal once trimmed): an open-addressing hash
 * table of row hashes in typed arrays, sized for every record of the table, so that 100,000 rows
 * make no garbage; rows that share a hash are compared cell by cell.
 */
class RowSet {
  readonly #records: RawRecord[] = [];
  /** Per slot, the index of a remembered record plus one (0: empty slot). */
  readonly #slots: Int32Array;
  readonly #hashes: Int32Array;
  readonly #shift: number;

  /** A set for up to `size` rows. */
  constructor(size: number) {
    // At least twice as many slots as rows, a power of two: probes stay short.
    const bits = Math.max(4, Math.ceil(Math.log2(size * 2 + 1)));
    this.#slots = new Int32Array(2 ** bits);
    this.#hashes = new Int32Array(2 ** bits);
    this.#shift = 32 - bits;
  }

  /** The line of an earlier row equal to this one, if any; otherwise the row is remembered. */
  repeatOf(record: RawRecord, hash: number): number | undefined {
    const slots = this.#slots;
    const mask = slots.length - 1;
    // Fibonacci hashing: the top bits of a multiply spread hashes that differ only in low bits.
    let i = Math.imul(hash, 0x9e3779b1) >>> this.#shift;
    for (let at = slots[i]!; at !== 0; i = (i + 1) & mask, at = slots[i]!) {
      const earlier = this.#records[at - 1]!;
      if (this.#hashes[i] === hash && sameCells(earlier.cells, record.cells)) return earlier.line;
    }
    slots[i] = this.#records.push(record);
    this.#hashes[i] = hash;
    return undefined;
  }
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i]!.trim() !== b[i]!.trim()) return false;
  return true;
}
