import { loadCountryLocales, needsCountryLocales } from './countryResolver';
import type { Dataset, TableSet } from './dataset';
import { buildDataset } from './dataset';
import { detectTable, headerSignature, matchHeaders, type ColumnChoices, type HeaderMatch } from './headers';
import type { Issue } from './issues';
import { isJsonText, parseCsv, parseJson, type RawTable } from './parseTable';
import { TABLE_SPECS, type TableKind, type TableSpec } from './schema';
import { validateTable, type Corrections } from './validateTable';
import type { Vocabulary } from './vocabulary';

/** More columns than any table of the atlas could use: refused before header matching, which would be slow. */
const MAX_COLUMNS = 500;

/** How many records the column-mapping step previews. */
const PREVIEW_ROWS = 5;

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
  /** The user's choices the file was read with, if any. */
  mapping?: ColumnChoices;
}

/** A user's choice of table and columns for files with given headers, remembered across visits. */
export interface SavedMapping {
  kind: TableKind;
  mapping: ColumnChoices;
}

/** Where a long read is: parsing the text (done of total lines), then checking its records. */
export interface ReadProgress {
  phase: 'parsing' | 'validating';
  done: number;
  total: number;
}

/** A text to read as a table; `kind` forces the table, otherwise it is detected from the headers. */
export interface TableSource {
  name: string;
  text: string;
  kind?: TableKind;
  /** `bundled`, or the user's file name, stamped on every row. */
  origin?: string;
  mapping?: ColumnChoices;
  /** Mappings the user made before, by header signature: applied to files with the same headers. */
  remembered?: Readonly<Record<string, SavedMapping>>;
  /** Names for conferences, initiatives and themes (see Vocabulary); without it, ids only. */
  vocabulary?: Vocabulary;
  corrections?: Corrections;
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * Reads one text into rows of its table(s): parse (CSV or JSON), find each table's kind and columns,
 * validate. Never throws on user input: problems come back as issues, with the file's own lines.
 */
export function readTable(source: TableSource): { tables: TableSet; reports: TableReport[] } {
  return readParsed(source, parseSource(source));
}

/**
 * Reads a text as readTable does, loading the French and Spanish country names first (once, in
 * their own chunks) when its country column has names English does not know. Files in English
 * never load them.
 */
export async function readTableInAnyLanguage(
  source: TableSource,
): Promise<{ tables: TableSet; reports: TableReport[] }> {
  const raws = parseSource(source);
  if (needsCountryLocales(raws.flatMap((raw) => countryValues(source, raw)))) await loadCountryLocales();
  return readParsed(source, raws);
}

function parseSource(source: TableSource): RawTable[] {
  const { onProgress } = source;
  return isJsonText(source.text, source.name)
    ? parseJson(source.text)
    : [parseCsv(source.text, onProgress && ((done, total) => onProgress({ phase: 'parsing', done, total })))];
}

function readParsed(source: TableSource, raws: RawTable[]): { tables: TableSet; reports: TableReport[] } {
  const tables: Record<string, unknown[]> = {};
  const reports = raws.map((raw) => {
    const { report, rows } = readRaw(source, raw);
    if (report.kind) tables[report.kind] = (tables[report.kind] ?? []).concat(rows);
    return report;
  });
  return { tables: tables as TableSet, reports };
}

/** The table a parsed text holds (forced, remembered or detected) and the user's column choices. */
function tableOf(source: TableSource, raw: RawTable): { kind?: TableKind; mapping?: ColumnChoices } {
  const saved = source.mapping ? undefined : source.remembered?.[headerSignature(raw.headers)];
  const usable = saved && (!source.kind || saved.kind === source.kind) ? saved : undefined;
  const kind =
    source.kind ?? usable?.kind ?? detectTable(raw.headers, raw.name ?? source.name.replace(/^.*[\\/]/, ''));
  const mapping = source.mapping ?? usable?.mapping;
  return { ...(kind ? { kind } : {}), ...(mapping ? { mapping } : {}) };
}

/** The distinct values of a parsed table's country column (the first thousand), if it has one. */
function countryValues(source: TableSource, raw: RawTable): string[] {
  if (raw.headers.length > MAX_COLUMNS) return [];
  const { kind, mapping } = tableOf(source, raw);
  if (!kind) return [];
  const index = matchHeaders(raw.headers, TABLE_SPECS[kind] as TableSpec<unknown>, mapping).mapping.country;
  if (index === undefined) return [];
  const values = new Set<string>();
  for (const { cells } of raw.records) {
    const value = cells[index]?.trim();
    if (value && values.add(value).size === 1000) break;
  }
  return [...values];
}

/** One parsed table: its kind (forced, remembered or detected), then its rows and report. */
function readRaw(source: TableSource, raw: RawTable): { report: TableReport; rows: unknown[] } {
  const file = raw.name ? `${source.name}#${raw.name}` : source.name;
  const base = {
    file,
    headers: raw.headers,
    total: raw.records.length,
    accepted: 0,
    preview: raw.records.slice(0, PREVIEW_ROWS).map((r) => r.cells),
  };
  const refused = (issues: Issue[], report: Partial<TableReport> = {}) => ({
    rows: [],
    report: { ...base, kind: undefined, issues: issues.map((i) => ({ file, ...i })), ...report },
  });
  if (raw.headers.length > MAX_COLUMNS)
    return refused(
      [
        {
          line: raw.headerLine,
          code: 'too-many-columns',
          severity: 'error',
          key: 'loader.issue.tooManyColumns',
          params: { count: raw.headers.length, max: MAX_COLUMNS },
        },
      ],
      { headers: raw.headers.slice(0, 20), preview: [] },
    );
  const { kind, mapping } = tableOf(source, raw);
  if (!kind)
    // Problems with the file itself (an unclosed quote) explain the headers better than this would.
    return refused(
      raw.issues.length
        ? raw.issues
        : [
            {
              line: raw.headerLine,
              code: 'unknown-table',
              severity: 'error',
              key: 'loader.issue.unknownTable',
              params: { headers: raw.headers.slice(0, 6).join(', ') },
            },
          ],
    );
  const { onProgress } = source;
  const result = validateTable(raw, kind, {
    origin: source.origin ?? source.name,
    ...(mapping ? { mapping } : {}),
    ...(source.vocabulary ? { vocabulary: source.vocabulary } : {}),
    ...(source.corrections ? { corrections: source.corrections } : {}),
    ...(onProgress ? { onProgress: (done, total) => onProgress({ phase: 'validating', done, total }) } : {}),
  });
  return {
    rows: result.rows,
    report: {
      ...base,
      kind,
      accepted: result.rows.length,
      issues: result.issues.map((i) => ({ file, ...i })),
      match: result.match,
      ...(mapping ? { mapping } : {}),
    },
  };
}

/** Reads several sources and links them into one Dataset; reports say what each file gave. */
export function loadTables(sources: TableSource[]): {
  dataset: Dataset;
  reports: TableReport[];
  issues: Issue[];
} {
  const merged: Record<string, unknown[]> = {};
  const reports: TableReport[] = [];
  for (const source of sources) {
    const result = readTable(source);
    reports.push(...result.reports);
    for (const [kind, rows] of Object.entries(result.tables as Record<string, unknown[]>))
      merged[kind] = (merged[kind] ?? []).concat(rows);
  }
  const { dataset, issues } = buildDataset(merged as TableSet);
  return { dataset, reports, issues: [...reports.flatMap((r) => r.issues), ...issues] };
}
