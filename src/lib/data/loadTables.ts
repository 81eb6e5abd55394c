import type { Dataset, TableSet } from './dataset';
import { buildDataset } from './dataset';
import type { Issue } from './issues';
import type { PackedRows } from './packRows';
import { isJsonText, parseJson, recallFrom, streamCsv, type RawRecord, type Recall } from './parseTable';
import type { TableKind } from './schema';
import { foldKey } from './text';
import { addAll, detectTable, TableValidator, type HeaderMatch, type TableHead } from './validateTable';

/** More columns than any table of the atlas could use: refused before header matching, which would be slow. */
const MAX_COLUMNS = 500;

/** What reading one file (or one table of a JSON file) gave. */
export interface TableReport {
  file: string;
  kind: TableKind | undefined;
  headers: string[];
  total: number;
  accepted: number;
  issues: Issue[];
  match?: HeaderMatch;
  /** The first records as read (cells in header order), for the column-mapping step's preview. */
  preview: string[][];
  /** The user's mapping the file was read with (spec key → header), if any. */
  mapping?: Readonly<Record<string, string>>;
}

/** A user's choice of table and columns for files with given headers, remembered across visits. */
export interface SavedMapping {
  kind: TableKind;
  /** Spec key → the file's header. */
  mapping: Readonly<Record<string, string>>;
}

/** Where a long read is: parsing the text, then validating records (done of total). */
export interface ReadProgress {
  phase: 'parsing' | 'validating';
  done: number;
  total: number;
  /** Set when done and total count the file's lines (a CSV file is checked as it is parsed), not its records. */
  lines?: true;
}

/** Files with the same headers (ignoring case, accents, spaces and punctuation) share a signature. */
export const headerSignature = (headers: readonly string[]): string =>
  headers.map((h) => foldKey(h)).join('|');

/** How many records the column-mapping step previews. */
const PREVIEW_ROWS = 5;

/** A text to read as a table; `kind` forces the table, otherwise it is detected from the headers. */
export interface TableSource {
  name: string;
  text: string;
  kind?: TableKind;
  /** `bundled`, or the user's file name, stamped on every row. */
  origin?: string;
  mapping?: Readonly<Record<string, string>>;
  /** Mappings the user made before, by header signature: applied to files with the same headers. */
  remembered?: Readonly<Record<string, SavedMapping>>;
  onProgress?: (progress: ReadProgress) => void;
  /**
   * When given, each table's accepted rows are packed and handed over in batches as they are checked,
   * instead of being returned in `tables` (see ValidateOptions.onPacked).
   */
  onPacked?: (kind: TableKind, rows: PackedRows) => void;
  /**
   * With onPacked: rows handed over that turned out, once their table was read, to repeat an earlier
   * row, by their place among the rows of that kind handed over by this read (0 first), once all of
   * the table's rows have been handed over.
   */
  onDropped?: (kind: TableKind, places: number[]) => void;
}

/** Records read before a CSV table is judged: its kind, its columns and which of them repeat. */
const SAMPLE_ROWS = 1000;

/**
 * Parses and validates one text into rows of its table(s). Never throws on user input: problems come
 * back as issues, with the file's own line numbers. A CSV file's records are checked as they are
 * parsed, once its first thousand have told which table it is.
 */
export function readTable(source: TableSource): { tables: TableSet; reports: TableReport[] } {
  const tables: TableSet = {};
  const reports: TableReport[] = [];
  // Rows of each kind handed over (onPacked) by earlier tables of this text and kept.
  const handed: Partial<Record<TableKind, number>> = {};
  const take = (read: TableRead): void => {
    reports.push(read.report);
    if (read.kind && source.onPacked) {
      const before = handed[read.kind] ?? 0;
      if (read.dropped.length)
        source.onDropped?.(
          read.kind,
          read.dropped.map((place) => before + place),
        );
      handed[read.kind] = before + read.report.accepted;
    }
    if (read.kind)
      (tables[read.kind] as unknown[] | undefined) = [
        ...((tables[read.kind] as unknown[] | undefined) ?? []),
        ...read.rows,
      ];
  };
  const { onProgress } = source;
  onProgress?.({ phase: 'parsing', done: 0, total: 0 });
  if (isJsonText(source.text, source.name)) {
    for (const raw of parseJson(source.text)) {
      const table = startTable(source, raw, raw.records, raw.records.length);
      addAll(
        table,
        raw.records,
        onProgress && ((done, total) => onProgress({ phase: 'validating', done, total })),
      );
      take(table.finish(raw.issues, recallFrom(raw.records)));
    }
    return { tables, reports };
  }
  const sample: RawRecord[] = [];
  let table: TableStart | undefined;
  let head: TableHead | undefined;
  let expected = 0;
  const startWith = (tableHead: TableHead): TableStart => {
    const started = startTable(source, tableHead, sample, Math.max(expected, sample.length));
    for (const record of sample) started.add(record);
    return started;
  };
  const csv = streamCsv(source.text, {
    headers: (headers) => (head = { format: 'csv', headers, issues: [] }),
    record: (record) => {
      if (table) table.add(record);
      else if (sample.push(record) === SAMPLE_ROWS) table = startWith(head!);
    },
    progress: (line, lines) => {
      // The file's line count, known from the first record on, is the estimate of its records.
      expected = lines;
      onProgress?.({ phase: 'validating', done: line, total: lines, lines: true });
    },
  });
  table ??= startWith(head ?? { format: 'csv', headers: csv.headers, issues: [] });
  take(table.finish(csv.issues, csv.recall));
  return { tables, reports };
}

interface TableRead {
  kind: TableKind | undefined;
  rows: unknown[];
  report: TableReport;
  /** Rows handed over (onPacked) and then refused as repeats, by their place among them. */
  dropped: number[];
}

interface TableStart {
  /** Reads the table's records in order, the sample first. */
  add(record: RawRecord): void;
  /**
   * The rows and the report, with the file-level issues found while reading (they come first);
   * `recall` reads a record again by its place among those added.
   */
  finish(fileIssues: readonly Issue[], recall: Recall): TableRead;
}

/**
 * Decides, from a table's headers and first records, which table it is and with which columns, and
 * returns what reads its records: a validator, or (for a table refused whole) a counter.
 */
function startTable(
  source: TableSource,
  head: TableHead & { name?: string },
  sample: readonly RawRecord[],
  expected: number,
): TableStart {
  const preview = sample.slice(0, PREVIEW_ROWS).map((r) => r.cells);
  const file = head.name ? `${source.name}#${head.name}` : source.name;
  const line = head.format === 'csv' ? 1 : 0;
  let total = 0;
  // A table refused whole: its records are only counted.
  const refuse = (
    kind: TableKind | undefined,
    headers: string[],
    issues: (fileIssues: readonly Issue[]) => Issue[],
    shown: string[][] = preview,
  ): TableStart => ({
    add: () => void total++,
    finish: (fileIssues) => ({
      kind: undefined,
      rows: [],
      dropped: [],
      report: {
        file,
        kind,
        headers,
        total,
        accepted: 0,
        issues: withFile(issues(fileIssues), file),
        preview: shown,
      },
    }),
  });
  if (head.headers.length > MAX_COLUMNS)
    return refuse(
      undefined,
      head.headers.slice(0, 20),
      () => [
        {
          line,
          code: 'too-many-columns',
          severity: 'error',
          message: `This file has ${head.headers.length.toLocaleString('en')} columns; the atlas' tables have at most ${MAX_COLUMNS}. Check the delimiter, or keep only the columns of one table.`,
        },
      ],
      [],
    );
  const saved = source.mapping ? undefined : source.remembered?.[headerSignature(head.headers)];
  const usable = saved && (!source.kind || saved.kind === source.kind) ? saved : undefined;
  const kind =
    source.kind ??
    usable?.kind ??
    detectTable(head.headers, head.name ?? source.name.replace(/^.*[\\/]/, ''));
  const mapping = source.mapping ?? usable?.mapping;
  if (!kind)
    // Problems with the file itself (an unclosed quote) explain the headers better than this would.
    return refuse(kind, head.headers, (fileIssues) =>
      fileIssues.length
        ? [...fileIssues]
        : [
            {
              line,
              code: 'unknown-table',
              severity: 'error',
              message: `The headers (${head.headers.slice(0, 6).join(', ')}) do not match any table of the atlas. Pick the table and map the columns.`,
            },
          ],
    );
  const { onPacked } = source;
  const validator = new TableValidator(
    { ...head, issues: [] },
    kind,
    {
      origin: source.origin ?? source.name,
      ...(mapping ? { mapping } : {}),
      ...(onPacked ? { onPacked: (rows: PackedRows) => onPacked(kind, rows) } : {}),
    },
    sample,
    expected,
  );
  return {
    add: (record) => validator.add(record),
    finish: (fileIssues, recall) => {
      const result = validator.finish(recall);
      return {
        kind,
        rows: result.rows,
        dropped: result.dropped,
        report: {
          file,
          kind,
          headers: head.headers,
          total: result.total,
          accepted: result.accepted,
          issues: withFile([...fileIssues, ...result.issues], file),
          match: result.match,
          preview,
          ...(mapping ? { mapping } : {}),
        },
      };
    },
  };
}

const withFile = (issues: Issue[], file: string): Issue[] => issues.map((i) => ({ file, ...i }));

/** Reads several sources and links them into one Dataset; reports say what each file gave. */
export function loadTables(sources: TableSource[]): {
  dataset: Dataset;
  reports: TableReport[];
  issues: Issue[];
} {
  const merged: TableSet = {};
  const reports: TableReport[] = [];
  for (const source of sources) {
    const result = readTable(source);
    reports.push(...result.reports);
    for (const [kind, rows] of Object.entries(result.tables) as [TableKind, unknown[]][])
      (merged[kind] as unknown[] | undefined) = [...((merged[kind] as unknown[] | undefined) ?? []), ...rows];
  }
  const { dataset, issues } = buildDataset(merged);
  return { dataset, reports, issues: [...reports.flatMap((r) => r.issues), ...issues] };
}
