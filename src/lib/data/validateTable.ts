import type { Cell, Column } from './columns';
import { makeIssue, type Issue } from './issues';
import { RowPacker, withoutPlaces, type PackedRows } from './packRows';
import { PROGRESS_EVERY, recallFrom, type RawRecord, type RawTable, type Recall } from './parseTable';
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
  /**
   * When packing: which of the rows handed over (by their place among them, 0 first) turned out, once
   * every row was read, to repeat an earlier row, and are left out after all.
   */
  dropped: number[];
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

/**
 * Validates raw records against a table's spec: each cell is parsed by its column, cross-column
 * checks run, ids must be unique and exact duplicate rows are refused. Never throws on user input.
 */
export function validateTable<K extends TableKind>(
  raw: RawTable,
  kind: K,
  options: ValidateOptions = {},
): Validated<RowByKind[K]> {
  const validator = new TableValidator(raw, kind, options, raw.records);
  addAll(validator, raw.records, options.onProgress);
  return validator.finish(recallFrom(raw.records));
}

/** Hands records to a reader in order, reporting progress every few thousand and once at the end. */
export function addAll(
  reader: { add(record: RawRecord): void },
  records: readonly RawRecord[],
  onProgress?: Progress,
): void {
  const total = records.length;
  for (let r = 0; r < total; r++) {
    if (r % PROGRESS_EVERY === 0) onProgress?.(r, total);
    reader.add(records[r]!);
  }
  onProgress?.(total, total);
}

/** What a validator needs to know of a table before its records: its headers, format and file-level issues. */
export type TableHead = Pick<RawTable, 'format' | 'headers' | 'issues'>;

/**
 * Validates a table's records one at a time, as a reader hands them over (see validateTable), so that
 * a big file's records can be checked as they are parsed: each record is read while it is fresh, and
 * nothing of it is kept unless it is accepted.
 */
export class TableValidator<K extends TableKind> {
  readonly #spec: TableSpec<Record<string, unknown>>;
  readonly #format: RawTable['format'];
  readonly #issues: Issue[];
  readonly #match: HeaderMatch;
  readonly #width: number;
  readonly #columns: Column<unknown>[];
  readonly #indexes: (number | undefined)[];
  readonly #caches: (CellCache | undefined)[];
  readonly #unmapped: number[];
  readonly #headerOf: string[];
  readonly #template: Record<string, unknown>;
  readonly #rows: RowByKind[K][] = [];
  readonly #keys = new Map<string, number>();
  readonly #noted: RepeatFinder;
  readonly #packer: RowPacker | undefined;
  readonly #onPacked: ((rows: PackedRows) => void) | undefined;
  /** The row being checked: each column's value, and (columns with a cache) its id. */
  readonly #ids: Int32Array;
  readonly #values: unknown[];
  /** When packing, no row object is built: the checks across columns and the key read the values through this. */
  readonly #view: Record<string, unknown>;
  #line = 0;
  #total = 0;
  #accepted = 0;
  /** Set when a required column is missing: every record is counted and none is checked. */
  readonly #refused: boolean;

  /**
   * @param sample the table's first records (a thousand is enough): which columns repeat enough to
   *   parse each distinct value once is judged on them. They are not validated until added.
   * @param expected about how many records there are (room is made for them at once)
   */
  constructor(
    head: TableHead,
    kind: K,
    options: ValidateOptions,
    sample: readonly RawRecord[],
    expected = sample.length,
  ) {
    const spec = TABLE_SPECS[kind] as unknown as TableSpec<Record<string, unknown>>;
    this.#spec = spec;
    this.#format = head.format;
    const origin = options.origin ?? 'bundled';
    const issues: Issue[] = [...head.issues];
    this.#issues = issues;
    const match = matchHeaders(head.headers, spec, options.mapping);
    this.#match = match;
    const headerLine = head.format === 'csv' ? 1 : 0;
    for (const key of match.missing)
      issues.push(
        makeIssue(
          'missing-column',
          `The required column "${key}" is missing. Add it, or map one of your columns to it.`,
          { line: headerLine, column: key },
        ),
      );
    this.#refused = match.missing.length > 0;
    if (!this.#refused)
      for (const header of match.unknown)
        issues.push(
          makeIssue(
            'unknown-column',
            `The column "${header}" is not part of the ${kind} table and is ignored.`,
            {
              line: headerLine,
              column: header,
              severity: 'warning',
            },
          ),
        );
    const columns = Object.values(spec.columns) as Column<unknown>[];
    this.#columns = columns;
    const indexes = columns.map((column) => match.mapping[column.key]);
    this.#indexes = indexes;
    const caches = columns.map((column, c) =>
      repeats(sample, indexes[c]) ? new CellCache(column) : undefined,
    );
    this.#caches = caches;
    const mapped = new Set(indexes);
    this.#unmapped = head.headers.map((_, i) => i).filter((i) => !mapped.has(i));
    this.#width = head.headers.length;
    // Issues name each column as the file does ("Nation"), so the user can find it.
    this.#headerOf = columns.map((column, c) => head.headers[indexes[c] ?? -1] ?? column.key);
    // Every row starts as a copy of one template, so all rows share one shape (fast to build and read).
    this.#template = { line: 0, origin };
    for (const column of columns) this.#template[column.key] = column.empty;
    this.#noted = new RepeatFinder(expected);
    this.#onPacked = options.onPacked;
    // Packing as rows are accepted: each cell's id (columns with a cache) or value, per column.
    this.#packer =
      options.onPacked &&
      new RowPacker(
        { origin },
        columns.map((column, c) => ({ key: column.key, ...(caches[c] ? { dict: caches[c].values } : {}) })),
        PROGRESS_EVERY,
      );
    this.#ids = new Int32Array(columns.length);
    this.#values = columns.map((column) => column.empty);
    // (Storing each value under its column's name, a different name each time, was about a quarter
    // of the checking time.)
    this.#view = Object.defineProperties(
      {},
      Object.fromEntries([
        ['line', { get: () => this.#line }],
        ['origin', { value: origin }],
        ...columns.map((column, c) => [column.key, { get: () => this.#values[c], enumerable: true }]),
      ]),
    ) as Record<string, unknown>;
  }

  /** Checks one record; it becomes a row unless an issue refuses it. */
  add(record: RawRecord): void {
    this.#total++;
    if (this.#refused) return;
    const packer = this.#packer;
    if (packer?.full) this.#onPacked!(packer.take());
    const { line, cells } = record;
    const issues = this.#issues;
    if (cells.length !== this.#width && this.#format === 'csv') {
      issues.push(fieldCountIssue(cells.length, this.#width, line));
      return;
    }
    this.#line = line;
    const columns = this.#columns;
    const indexes = this.#indexes;
    const caches = this.#caches;
    const headerOf = this.#headerOf;
    const ids = this.#ids;
    const values = this.#values;
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
        ids[c] = 0;
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
    if (rejected) return;
    const fields = packer ? this.#view : this.#rowOf(line);
    const failed = this.#spec.check?.(fields);
    if (failed) {
      issues.push(makeIssue(failed.code, failed.message, { line, column: this.#nameOf(failed.column) }));
      return;
    }
    for (const i of this.#unmapped) hash = mixChars(hash, cells[i] ?? '');
    // Whether it repeats an earlier row is settled once every row is read (see finish).
    const noted = this.#noted.note(hash, line, this.#total - 1, issues.length, this.#accepted);
    const spec = this.#spec;
    if (spec.key) {
      const key = spec.key(fields);
      const first = this.#keys.get(key);
      if (first !== undefined) {
        this.#noted.refused(noted);
        issues.push(
          makeIssue('duplicate-id', `The id "${key}" is already used on line ${first}; ids must be unique.`, {
            line,
            column: this.#nameOf('id'),
            value: key,
          }),
        );
        return;
      }
      this.#keys.set(key, line);
    }
    this.#accepted++;
    if (packer) packer.push(line, ids, values);
    else this.#rows.push(fields as unknown as RowByKind[K]);
  }

  /**
   * The rows accepted (unless packed) and every issue; hands over the last packed batch. Rows that
   * repeat an earlier row are found now, reading again (through `recall`) only the few records whose
   * hash another shares, and refused as they would have been when added.
   */
  finish(recall: Recall): Validated<RowByKind[K]> {
    if (this.#packer?.count) this.#onPacked!(this.#packer.take());
    const dropped: number[] = [];
    let issues = this.#issues;
    let rows = this.#rows;
    const repeats = this.#noted.repeats(recall);
    if (repeats.length) {
      const inserted: { at: number; issue: Issue }[] = [];
      for (const { line, twin, at, kept } of repeats) {
        const issue = makeIssue('duplicate-row', `This row repeats line ${twin} exactly and is left out.`, {
          line,
        });
        // A row with its twin's id was refused for that id; the repeat is what it is refused for.
        if (kept < 0) issues[at] = issue;
        else {
          inserted.push({ at, issue });
          dropped.push(kept);
        }
      }
      issues = insertAt(issues, inserted);
      this.#accepted -= dropped.length;
      if (!this.#packer) rows = withoutPlaces(rows, dropped);
    }
    return {
      rows,
      issues,
      total: this.#total,
      accepted: this.#accepted,
      match: this.#match,
      dropped: this.#packer ? dropped : [],
    };
  }

  #rowOf(line: number): Record<string, unknown> {
    const row: Record<string, unknown> = { ...this.#template, line };
    for (let c = 0; c < this.#columns.length; c++) row[this.#columns[c]!.key] = this.#values[c];
    return row;
  }

  #nameOf(key: string | undefined): string | undefined {
    return key === undefined
      ? undefined
      : (this.#headerOf[this.#columns.findIndex((c) => c.key === key)] ?? key);
  }
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

/** The most rows a RepeatFinder makes room for at first (it grows beyond). */
const MAX_EXPECTED = 1 << 20;

/** A row that repeats an earlier one: its line, its twin's, where its issue goes, and its place among the kept rows (-1: refused for its id). */
interface Repeat {
  line: number;
  twin: number;
  at: number;
  kept: number;
}

/**
 * The rows that reach the check for exact repeats (cells equal once trimmed), noted as they are
 * checked: each row's hash, line and record, in typed arrays written in order. Which of them repeat
 * an earlier one is found at the end: only rows whose hash another shares are compared, their
 * records read again. Nothing of a record is kept while the file is read.
 */
class RepeatFinder {
  #hashes: Int32Array;
  #lines: Int32Array;
  /** Per row: its record's place among the validator's records. */
  #records: Int32Array;
  /** Per row: how many issues there were when it was noted, where its issue goes. */
  #at: Int32Array;
  /** Per row: its place among the accepted rows, or -1 once refused for its id. */
  #kept: Int32Array;
  #count = 0;

  /** @param expected how many rows to make room for at first (bounded: the estimate can be far too high) */
  constructor(expected: number) {
    const size = Math.max(64, Math.min(expected, MAX_EXPECTED));
    this.#hashes = new Int32Array(size);
    this.#lines = new Int32Array(size);
    this.#records = new Int32Array(size);
    this.#at = new Int32Array(size);
    this.#kept = new Int32Array(size);
  }

  /** Notes a row that is kept unless refused for its id (see refused); returns its number. */
  note(hash: number, line: number, record: number, at: number, kept: number): number {
    const row = this.#count++;
    if (row === this.#hashes.length) this.#grow();
    this.#hashes[row] = hash;
    this.#lines[row] = line;
    this.#records[row] = record;
    this.#at[row] = at;
    this.#kept[row] = kept;
    return row;
  }

  /** The row was refused for its id; its issue is the one at its place. */
  refused(row: number): void {
    this.#kept[row] = -1;
  }

  /**
   * Every row that repeats an earlier row, in the order they were noted. Records with the same text
   * (a file pasted twice) are not read again; the others are, once each.
   */
  repeats(recall: Recall): Repeat[] {
    const n = this.#count;
    const hashes = this.#hashes.subarray(0, n);
    // Hashes that occur more than once, found by sorting a copy (natively, in a few milliseconds).
    const sorted = hashes.slice().sort();
    const shared = new Set<number>();
    for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) shared.add(sorted[i]!);
    if (shared.size === 0) return [];
    const groups = new Map<number, number[]>();
    for (let row = 0; row < n; row++) {
      const hash = hashes[row]!;
      if (!shared.has(hash)) continue;
      const group = groups.get(hash);
      if (group) group.push(row);
      else groups.set(hash, [row]);
    }
    const found: (Repeat & { row: number })[] = [];
    const trimmed = (record: number): string[] => recall.cells(record).map((cell) => cell.trim());
    for (const group of groups.values()) {
      // The first row of each distinct content in the group: its text, and its trimmed cells once read.
      const firsts: { row: number; text: string | undefined; cells?: string[] }[] = [];
      for (const row of group) {
        const record = this.#records[row]!;
        const text = recall.text?.(record);
        let cells: string[] | undefined;
        const twin = firsts.find(
          (first) =>
            (text !== undefined && text === first.text) ||
            sameCells((first.cells ??= trimmed(this.#records[first.row]!)), (cells ??= trimmed(record))),
        );
        if (!twin) firsts.push({ row, text, ...(cells ? { cells } : {}) });
        else
          found.push({
            row,
            line: this.#lines[row]!,
            twin: this.#lines[twin.row]!,
            at: this.#at[row]!,
            kept: this.#kept[row]!,
          });
      }
    }
    return found.sort((a, b) => a.row - b.row);
  }

  #grow(): void {
    const grow = (old: Int32Array): Int32Array => {
      const grown = new Int32Array(old.length * 2);
      grown.set(old);
      return grown;
    };
    this.#hashes = grow(this.#hashes);
    this.#lines = grow(this.#lines);
    this.#records = grow(this.#records);
    this.#at = grow(this.#at);
    this.#kept = grow(this.#kept);
  }
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) if ((a[i] ?? '') !== (b[i] ?? '')) return false;
  return true;
}

/** Issues with more put in, each before the issue at its place (places in the original list, in order). */
function insertAt(issues: Issue[], inserted: readonly { at: number; issue: Issue }[]): Issue[] {
  if (inserted.length === 0) return issues;
  const out: Issue[] = [];
  let from = 0;
  for (const { at, issue } of inserted) {
    while (from < at) out.push(issues[from++]!);
    out.push(issue);
  }
  while (from < issues.length) out.push(issues[from++]!);
  return out;
}
