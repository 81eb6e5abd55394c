import type { Column } from './columns';
import { TABLE_KINDS, TABLE_SPECS, type TableKind, type TableSpec } from './schema';
import { compactKey, foldKey } from './text';

/**
 * Where a column's values come from, as the user chose in the column-mapping step: one of the file's
 * headers, or one value for every row ({value: "attendee"}, {value: "https://…"}).
 */
export type ColumnChoice = string | { value: string };

/** The user's choices, by column key. */
export type ColumnChoices = Readonly<Record<string, ColumnChoice>>;

/** How a file's headers map onto a table: matched columns, and what is left over or missing. */
export interface HeaderMatch {
  /** Column key → the index of the header that feeds it. */
  mapping: Record<string, number>;
  /** Column key → the one value the user gave it for every row. */
  constants: Record<string, string>;
  /** File headers no column takes. */
  unknown: string[];
  /** Required columns with neither a header nor a value. */
  missing: string[];
}

const columnsOf = (spec: TableSpec<unknown>): Column<unknown>[] =>
  Object.values(spec.columns) as Column<unknown>[];

/**
 * Matches file headers to a spec's columns, ignoring case, accents, spaces and punctuation, and
 * accepting each column's synonyms in English, French and Spanish: "Country Name" → country,
 * "Conférence" → conference, "País" → country. The user's own choices win.
 */
export function matchHeaders<F>(
  headers: readonly string[],
  spec: TableSpec<F>,
  choices: ColumnChoices = {},
): HeaderMatch {
  const folded = headers.map(compactKey);
  const columns = columnsOf(spec as TableSpec<unknown>);
  const mapping: Record<string, number> = {};
  const constants: Record<string, string> = {};
  const taken = new Set<number>();
  for (const [key, choice] of Object.entries(choices)) {
    if (!columns.some((c) => c.key === key)) continue;
    if (typeof choice !== 'string') {
      if (choice.value.trim()) constants[key] = choice.value;
      continue;
    }
    const index = headers.indexOf(choice);
    if (index < 0) continue;
    mapping[key] = index;
    taken.add(index);
  }
  // Exact key matches first, then synonyms, so "country" beats a "state" synonym of another column.
  for (const pass of ['key', 'synonyms'] as const)
    for (const column of columns) {
      if (column.key in mapping || column.key in constants || column.key in choices) continue;
      for (const name of pass === 'key' ? [column.key] : column.synonyms) {
        const index = folded.findIndex((h, i) => !taken.has(i) && h === compactKey(name));
        if (index < 0) continue;
        mapping[column.key] = index;
        taken.add(index);
        break;
      }
    }
  return {
    mapping,
    constants,
    unknown: headers.filter((h, i) => !taken.has(i) && h.trim() !== ''),
    missing: columns
      .filter((c) => c.required && !(c.key in mapping) && !(c.key in constants))
      .map((c) => c.key),
  };
}

/**
 * Guesses which table a file holds: by its name when that names a table ("initiatives.csv", a JSON
 * key "participation") and its headers fit, else by its headers. The table whose required columns are
 * all there and that places most headers wins; failing that, a table that places most of the headers
 * (at least two) is taken, its missing columns to be given in the mapping step. Undefined when no
 * table fits at all.
 */
export function detectTable(headers: readonly string[], name?: string): TableKind | undefined {
  if (name) {
    const key = foldKey(name.replace(/\.(csv|tsv|txt|json)$/i, '')).replace(/ /g, '_');
    // A table named for what it holds is taken at its word when some of its columns are there; the
    // missing ones are then asked for.
    const byName = TABLE_KINDS.find((k) => k === key || k === `${key}s`);
    if (
      byName &&
      Object.keys(matchHeaders(headers, TABLE_SPECS[byName] as TableSpec<unknown>).mapping).length
    )
      return byName;
  }
  const named = headers.filter((h) => h.trim()).length;
  let best: { kind: TableKind; score: number } | undefined;
  for (const kind of TABLE_KINDS) {
    const match = matchHeaders(headers, TABLE_SPECS[kind] as TableSpec<unknown>);
    const placed = Object.keys(match.mapping).length;
    const complete = match.missing.length === 0 && placed > 0;
    if (!complete && (placed < 2 || placed * 2 < named)) continue;
    const score = (complete ? 100 : 0) + placed / Math.max(1, named) - match.missing.length / 10;
    if (!best || score > best.score) best = { kind, score };
  }
  return best?.kind;
}

/** Files with the same headers (ignoring case, accents, spaces and punctuation) share a signature. */
export const headerSignature = (headers: readonly string[]): string =>
  headers.map((h) => foldKey(h)).join('|');
