import type { Cell, Column, ParseContext } from './columns';
import { matchHeaders, type ColumnChoices, type HeaderMatch } from './headers';
import { makeIssue, type Issue } from './issues';
import { numericDateOrder } from './parseDate';
import type { RawRecord, RawTable } from './parseTable';
import { TABLE_SPECS, type RowByKind, type TableKind, type TableSpec } from './schema';
import type { Vocabulary } from './vocabulary';

/** Valid rows and every issue found; a row with any error is left out, the rest are kept. */
export interface Validated<R> {
  rows: R[];
  issues: Issue[];
  /** Records read, whether accepted or not. */
  total: number;
  match: HeaderMatch;
}

/**
 * Values the user chose to write in place of others, by column as the issues name it (the file's
 * header) and value as the file has it: what "apply all suggestions" keeps. The file itself is
 * never changed.
 */
export type Corrections = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface ValidateOptions {
  /** `bundled`, or the user's file name, stamped on every row. */
  origin?: string;
  /** The user's choice per column: a header of the file, or one value for every row. */
  mapping?: ColumnChoices;
  /** The names a file may use for conferences, initiatives and themes; without it, ids only. */
  vocabulary?: Vocabulary;
  corrections?: Corrections;
  /** Called every few thousand records, and once at the end. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Each column remembers the values it has read (names, roles and ids repeat row after row), unless
 * its first CACHE_TRIAL distinct values came in fewer than twice as many reads.
 */
const CACHE_TRIAL = 1000;

/** Records between two progress reports. */
const PROGRESS_EVERY = 2000;

/**
 * Validates a file's records against a table's spec, in one plain pass: for each record, each
 * column's cell is read (a value, or an issue naming the line and the column as the file names it),
 * then the values the row leaves out are derived, the checks across columns run, and a row that
 * repeats an earlier one exactly, or reuses its id, is left out. Never throws on user input.
 */
export function validateTable<K extends TableKind>(
  raw: RawTable,
  kind: K,
  options: ValidateOptions = {},
): Validated<RowByKind[K]> {
  const spec = TABLE_SPECS[kind] as unknown as TableSpec<Record<string, unknown>>;
  const origin = options.origin ?? 'bundled';
  const match = matchHeaders(raw.headers, spec, options.mapping);
  const issues: Issue[] = [...raw.issues, ...headerIssues(match, kind, raw.headerLine)];
  const rows: RowByKind[K][] = [];
  const total = raw.records.length;
  if (match.missing.length) return { rows, issues, total, match };

  const columns = Object.values(spec.columns) as Column<unknown>[];
  const readers = columns.map((column) => cellReader(column, match, raw, options));
  // The columns the file gives (a header or one value for every row), and the required ones, which
  // are errors when absent; the rest keep the template's empty value.
  const read = columns.flatMap((column, c) =>
    column.key in match.mapping || column.key in match.constants || column.required ? [c] : [],
  );
  // Every row starts as a copy of one template, so that all rows share one shape.
  const template: Record<string, unknown> = { line: 0, origin };
  for (const column of columns) template[column.key] = column.empty;
  const idReader = readers[columns.findIndex((c) => c.key === 'id')];
  const seenRows = new SeenRows();
  const seenKeys = new Map<string, number>();
  let unsourced = 0;

  for (let r = 0; r < total; r++) {
    if (r % PROGRESS_EVERY === 0) options.onProgress?.(r, total);
    const { line, cells } = raw.records[r]!;
    if (raw.format === 'csv' && cells.length !== raw.headers.length) {
      issues.push(fieldCountIssue(cells.length, raw.headers.length, line));
      continue;
    }
    const row: Record<string, unknown> = { ...template, line };
    let rejected = false;
    for (const c of read) {
      const column = columns[c]!;
      const reader = readers[c]!;
      const cell = reader.read(cells);
      if (cell === undefined) {
        if (!column.required) continue;
        rejected = true;
        issues.push(
          makeIssue(
            'required',
            { key: 'loader.issue.required', params: { column: reader.header } },
            {
              line,
              column: reader.header,
            },
          ),
        );
      } else if (cell.ok) {
        row[column.key] = cell.value;
        if (cell.warning)
          issues.push(
            makeIssue(cell.warning.code, cell.warning, {
              line,
              column: reader.header,
              value: reader.value,
              severity: 'warning',
            }),
          );
      } else {
        rejected = true;
        issues.push(
          makeIssue(cell.code, cell, {
            line,
            column: reader.header,
            value: reader.value,
            ...(cell.suggestion ? { suggestion: cell.suggestion } : {}),
            ...(cell.replacement ? { replacement: cell.replacement } : {}),
          }),
        );
      }
    }
    if (rejected) continue;
    if (spec.derive) Object.assign(row, spec.derive(row));
    const failed = spec.check?.(row);
    if (failed) {
      const reader = readers[columns.findIndex((c) => c.key === failed.column)];
      issues.push(makeIssue(failed.code, failed, { line, column: reader?.header ?? failed.column }));
      continue;
    }
    const twin = seenRows.twinOf(raw.records[r]!);
    if (twin !== undefined) {
      issues.push(
        makeIssue('duplicate-row', { key: 'loader.issue.duplicateRow', params: { line: twin } }, { line }),
      );
      continue;
    }
    const key = spec.key?.(row);
    if (key !== undefined) {
      const first = seenKeys.get(key);
      if (first !== undefined) {
        issues.push(
          makeIssue(
            'duplicate-id',
            { key: 'loader.issue.duplicateId', params: { id: key, line: first } },
            {
              line,
              column: idReader?.header ?? 'id',
              value: key,
            },
          ),
        );
        continue;
      }
      seenKeys.set(key, line);
    }
    if ((row.source as string[] | undefined)?.length === 0) unsourced++;
    rows.push(row as unknown as RowByKind[K]);
  }
  options.onProgress?.(total, total);
  if (unsourced && origin !== 'bundled')
    issues.push(
      makeIssue(
        'no-source',
        unsourced === rows.length
          ? { key: 'loader.issue.noSourceAll' }
          : { key: 'loader.issue.noSourceSome', params: { count: unsourced, total: rows.length } },
        { line: raw.headerLine, column: 'source', severity: 'warning' },
      ),
    );
  return { rows, issues, total, match };
}

/**
 * How one column is read from a record: from its header's cell, or the user's one value, with the
 * user's corrections applied. Each distinct value is read once (names and ids repeat row after row).
 */
interface CellReader {
  /** The cell as read (undefined when blank); `value` is then the text it was read from. */
  read(cells: readonly string[]): Cell<unknown> | undefined;
  value: string;
  /** The column as the file names it (its header), so that the user can find it; else its key. */
  header: string;
}

function cellReader(
  column: Column<unknown>,
  match: HeaderMatch,
  raw: RawTable,
  options: ValidateOptions,
): CellReader {
  const index = match.mapping[column.key];
  const constant = match.constants[column.key];
  const header = index === undefined ? column.key : raw.headers[index] || column.key;
  const corrected = options.corrections?.[header];
  const cache = new Map<string, Cell<unknown>>();
  let remember = true;
  let reads = 0;
  const dayFirst =
    column.dates && index !== undefined
      ? numericDateOrder(raw.records.map((r) => r.cells[index] ?? ''))
      : undefined;
  const context: ParseContext = {
    ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
    ...(dayFirst !== undefined ? { dayFirst } : {}),
  };
  // The row's year, where the column's names can be narrowed by it (a conference's "GCCS").
  const yearAt = column.narrowBy === undefined ? undefined : match.mapping[column.narrowBy];
  const reader: CellReader = {
    header,
    value: '',
    read(cells) {
      let value = constant ?? (index === undefined ? '' : (cells[index] ?? ''));
      if (corrected) value = corrected[value.trim()] ?? value;
      reader.value = value;
      if (value.trim() === '') return undefined;
      const year = yearAt === undefined ? undefined : Number(cells[yearAt]?.trim()) || undefined;
      if (!remember) return column.parse(value, year === undefined ? context : { ...context, year });
      reads++;
      const memo = year === undefined ? value : `${value}\u001f${year}`;
      let cell = cache.get(memo);
      if (!cell) {
        cell = column.parse(value, year === undefined ? context : { ...context, year });
        cache.set(memo, cell);
        // A column whose values hardly repeat (sources, notes) is not worth remembering.
        if (cache.size === CACHE_TRIAL && reads < 2 * CACHE_TRIAL) remember = false;
      }
      return cell;
    },
  };
  return reader;
}

/**
 * The rows kept so far, to find exact repeats (cells equal once trimmed): by a hash of their cells
 * (a number is far quicker to look up than the row as one string), rows with the same hash then
 * compared cell by cell. A hash holds one row, or the list of the rows that share it (rare): no
 * list for each row of a big file.
 */
class SeenRows {
  readonly #byHash = new Map<number, RawRecord | RawRecord[]>();

  /** The line of an earlier row this one repeats; otherwise undefined, and this row is noted. */
  twinOf(record: RawRecord): number | undefined {
    const hash = hashCells(record.cells);
    const earlier = this.#byHash.get(hash);
    if (earlier === undefined) {
      this.#byHash.set(hash, record);
      return undefined;
    }
    const list = Array.isArray(earlier) ? earlier : [earlier];
    const twin = list.find((e) => sameCells(e.cells, record.cells));
    if (twin) return twin.line;
    this.#byHash.set(hash, [...list, record]);
    return undefined;
  }
}

/**
 * FNV-1a over a row's cells, each trimmed, with a separator after each; kept to 30 bits, so that V8
 * holds it as a small integer and not as a number object in the Map.
 */
function hashCells(cells: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const cell of cells) {
    const text = cell.trim();
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  }
  return hash & 0x3fffffff;
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.trim() !== b[i]!.trim()) return false;
  return true;
}

/** The issues of the header row: required columns missing (the table is refused), columns ignored. */
function headerIssues(match: HeaderMatch, kind: TableKind, line: number): Issue[] {
  if (match.missing.length)
    return match.missing.map((key) =>
      makeIssue(
        'missing-column',
        { key: 'loader.issue.missingColumn', params: { column: key } },
        { line, column: key },
      ),
    );
  return match.unknown.map((header) =>
    makeIssue(
      'unknown-column',
      { key: 'loader.issue.unknownColumn', params: { column: header, table: kind } },
      { line, column: header, severity: 'warning' },
    ),
  );
}

function fieldCountIssue(fields: number, width: number, line: number): Issue {
  const tooMany = fields > width;
  return makeIssue(
    tooMany ? 'too-many-fields' : 'too-few-fields',
    { key: tooMany ? 'loader.issue.tooManyFields' : 'loader.issue.tooFewFields', params: { fields, width } },
    { line },
  );
}
