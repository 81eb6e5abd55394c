import type { Column } from './columns';
import { makeIssue, type Issue } from './issues';
import type { RawTable } from './parseTable';
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
  rows: R[];
  issues: Issue[];
  /** Rows read (records in the file, whether accepted or not). */
  total: number;
  match: HeaderMatch;
}

/**
 * Validates raw records against a table's spec: each cell is parsed by its column, cross-column
 * checks run, ids must be unique and exact duplicate rows are refused. Never throws on user input.
 */
export function validateTable<K extends TableKind>(
  raw: RawTable,
  kind: K,
  options: { origin?: string; mapping?: Readonly<Record<string, string>> } = {},
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
  if (match.missing.length) return { rows: [], issues, total: raw.records.length, match };
  for (const header of match.unknown)
    issues.push(
      makeIssue('unknown-column', `The column "${header}" is not part of the ${kind} table and is ignored.`, {
        line: headerLine,
        column: header,
        severity: 'warning',
      }),
    );

  const columns = Object.values(spec.columns) as Column<unknown>[];
  // Tables repeat their values (roles, levels, conference ids, country names): each distinct cell
  // of a column is parsed once. Parsed values are never mutated, so rows may share them.
  const caches = columns.map(() => new Map<string, ReturnType<Column<unknown>['parse']>>());
  const rows: RowByKind[K][] = [];
  const keys = new Map<string, number>();
  const seenRows = new Map<string, number>();
  for (const record of raw.records) {
    const { line, cells } = record;
    if (cells.length !== raw.headers.length && raw.format === 'csv') {
      const tooMany = cells.length > raw.headers.length;
      issues.push(
        makeIssue(
          tooMany ? 'too-many-fields' : 'too-few-fields',
          `This row has ${cells.length} fields but the header has ${raw.headers.length}. ${
            tooMany
              ? 'A value probably contains an unquoted delimiter: quote it.'
              : 'A delimiter is probably missing.'
          }`,
          { line },
        ),
      );
      continue;
    }
    const fields: Record<string, unknown> = {};
    let rejected = false;
    for (const [c, column] of columns.entries()) {
      const index = match.mapping[column.key];
      const value = index === undefined ? '' : (cells[index] ?? '');
      if (value.trim() === '') {
        if (column.required) {
          issues.push(
            makeIssue('required', `"${column.key}" is required and is empty.`, { line, column: column.key }),
          );
          rejected = true;
        }
        fields[column.key] = column.empty;
        continue;
      }
      const cache = caches[c]!;
      let cell = cache.get(value);
      if (!cell) {
        cell = column.parse(value);
        if (cache.size < 10_000) cache.set(value, cell);
      }
      if (cell.ok) {
        fields[column.key] = cell.value;
        if (cell.warning)
          issues.push(
            makeIssue(cell.warning.code, cell.warning.message, {
              line,
              column: column.key,
              value,
              severity: 'warning',
            }),
          );
      } else {
        rejected = true;
        issues.push(
          makeIssue(cell.code, cell.message, {
            line,
            column: column.key,
            value,
            ...(cell.suggestion ? { suggestion: cell.suggestion } : {}),
          }),
        );
      }
    }
    if (rejected) continue;
    const failed = spec.check?.(fields);
    if (failed) {
      issues.push(makeIssue(failed.code, failed.message, { line, column: failed.column }));
      continue;
    }
    const signature = JSON.stringify(cells.map((c) => c.trim()));
    const twin = seenRows.get(signature);
    if (twin !== undefined) {
      issues.push(
        makeIssue('duplicate-row', `This row repeats line ${twin} exactly and is left out.`, { line }),
      );
      continue;
    }
    seenRows.set(signature, line);
    if (spec.key) {
      const key = spec.key(fields);
      const first = keys.get(key);
      if (first !== undefined) {
        issues.push(
          makeIssue('duplicate-id', `The id "${key}" is already used on line ${first}; ids must be unique.`, {
            line,
            column: 'id',
            value: key,
          }),
        );
        continue;
      }
      keys.set(key, line);
    }
    rows.push({ ...fields, line, origin } as RowByKind[K]);
  }
  return { rows, issues, total: raw.records.length, match };
}
