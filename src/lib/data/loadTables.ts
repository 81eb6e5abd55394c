import type { Dataset, TableSet } from './dataset';
import { buildDataset } from './dataset';
import type { Issue } from './issues';
import type { PackedRows } from './packRows';
import { parseText } from './parseTable';
import type { TableKind } from './schema';
import { foldKey } from './text';
import { detectTable, validateTable, type HeaderMatch } from './validateTable';

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
}

/**
 * Parses and validates one text into rows of its table(s). Never throws on user input: problems come
 * back as issues, with the file's own line numbers.
 */
export function readTable(source: TableSource): { tables: TableSet; reports: TableReport[] } {
  const tables: TableSet = {};
  const reports: TableReport[] = [];
  source.onProgress?.({ phase: 'parsing', done: 0, total: 0 });
  for (const raw of parseText(source.text, source.name)) {
    const preview = raw.records.slice(0, PREVIEW_ROWS).map((r) => r.cells);
    if (raw.headers.length > MAX_COLUMNS) {
      const file = raw.name ? `${source.name}#${raw.name}` : source.name;
      const issue: Issue = {
        line: raw.format === 'csv' ? 1 : 0,
        code: 'too-many-columns',
        severity: 'error',
        message: `This file has ${raw.headers.length.toLocaleString('en')} columns; the atlas' tables have at most ${MAX_COLUMNS}. Check the delimiter, or keep only the columns of one table.`,
      };
      reports.push({
        file,
        kind: undefined,
        headers: raw.headers.slice(0, 20),
        total: raw.records.length,
        accepted: 0,
        issues: withFile([issue], file),
        preview: [],
      });
      continue;
    }
    const saved = source.mapping ? undefined : source.remembered?.[headerSignature(raw.headers)];
    const usable = saved && (!source.kind || saved.kind === source.kind) ? saved : undefined;
    const kind =
      source.kind ??
      usable?.kind ??
      detectTable(raw.headers, raw.name ?? source.name.replace(/^.*[\\/]/, ''));
    const mapping = source.mapping ?? usable?.mapping;
    const file = raw.name ? `${source.name}#${raw.name}` : source.name;
    if (!kind) {
      const issues: Issue[] = raw.issues.length
        ? raw.issues
        : [
            {
              line: raw.format === 'csv' ? 1 : 0,
              code: 'unknown-table',
              severity: 'error',
              message: `The headers (${raw.headers.slice(0, 6).join(', ')}) do not match any table of the atlas. Pick the table and map the columns.`,
            },
          ];
      reports.push({
        file,
        kind,
        headers: raw.headers,
        total: raw.records.length,
        accepted: 0,
        issues: withFile(issues, file),
        preview,
      });
      continue;
    }
    const { onProgress, onPacked } = source;
    const result = validateTable(raw, kind, {
      origin: source.origin ?? source.name,
      ...(mapping ? { mapping } : {}),
      ...(onProgress
        ? { onProgress: (done, total) => onProgress({ phase: 'validating', done, total }) }
        : {}),
      ...(onPacked ? { onPacked: (rows: PackedRows) => onPacked(kind, rows) } : {}),
    });
    (tables[kind] as unknown[] | undefined) = [
      ...((tables[kind] as unknown[] | undefined) ?? []),
      ...result.rows,
    ];
    reports.push({
      file,
      kind,
      headers: raw.headers,
      total: result.total,
      accepted: result.accepted,
      issues: withFile(result.issues, file),
      match: result.match,
      preview,
      ...(mapping ? { mapping } : {}),
    });
  }
  return { tables, reports };
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
