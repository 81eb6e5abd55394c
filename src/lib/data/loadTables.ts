import type { Dataset, TableSet } from './dataset';
import { buildDataset } from './dataset';
import type { Issue } from './issues';
import { parseText } from './parseTable';
import type { TableKind } from './schema';
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
}

/** A text to read as a table; `kind` forces the table, otherwise it is detected from the headers. */
export interface TableSource {
  name: string;
  text: string;
  kind?: TableKind;
  /** `bundled`, or the user's file name, stamped on every row. */
  origin?: string;
  mapping?: Readonly<Record<string, string>>;
}

/**
 * Parses and validates one text into rows of its table(s). Never throws on user input: problems come
 * back as issues, with the file's own line numbers.
 */
export function readTable(source: TableSource): { tables: TableSet; reports: TableReport[] } {
  const tables: TableSet = {};
  const reports: TableReport[] = [];
  for (const raw of parseText(source.text, source.name)) {
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
      });
      continue;
    }
    const kind = source.kind ?? detectTable(raw.headers, raw.name ?? source.name.replace(/^.*[\\/]/, ''));
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
      });
      continue;
    }
    const result = validateTable(raw, kind, {
      origin: source.origin ?? source.name,
      ...(source.mapping ? { mapping: source.mapping } : {}),
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
      accepted: result.rows.length,
      issues: withFile(result.issues, file),
      match: result.match,
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
