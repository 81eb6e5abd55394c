import { NO_SOURCE, sourceHost } from '$lib/format';
import type { TableCell, TableColumnSpec, TableModel, TableRow } from './selectTable';

// What the Table view does with a table's rows: search, sort, show links, export.

/** Rows whose text contains every word of `q` (case-insensitive); all rows for an empty query. */
export function searchRows(rows: readonly TableRow[], q: string): readonly TableRow[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((r) => words.every((w) => r.text.includes(w)));
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Rows sorted by `sort` (a column key, "-" first for descending); empty cells always last;
 * an unknown column leaves the order as it is.
 */
export function sortRows(
  rows: readonly TableRow[],
  sort: string | null,
  columns: readonly TableColumnSpec[],
): readonly TableRow[] {
  const key = sort?.replace(/^-/, '');
  if (!key || !columns.some((c) => c.key === key)) return rows;
  const direction = sort!.startsWith('-') ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a.cells[key] ?? null;
    const y = b.cells[key] ?? null;
    if (x === y) return 0;
    if (x === null || x === '') return 1;
    if (y === null || y === '') return -1;
    return (
      (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))) *
      direction
    );
  });
}

/** A link cell for display: "gov.uk" or "gov.uk +2". */
export function formatLinkCell(value: TableCell): string {
  if (value === NO_SOURCE) return value;
  const [first, ...rest] = cellUrls(value);
  return first ? `${sourceHost(first)}${rest.length ? ` +${rest.length}` : ''}` : '';
}

/** The URLs of a link cell (joined by spaces); none for an empty cell or a row without a source. */
export const cellUrls = (value: TableCell): string[] =>
  typeof value === 'string' && value && value !== NO_SOURCE ? value.split(' ') : [];

/** The rows as plain records for CSV export (every cell, URLs joined by "|"). */
export function tableRecords(
  model: Pick<TableModel, 'columns'>,
  rows: readonly TableRow[],
): Record<string, TableCell>[] {
  return rows.map((r) => {
    const out: Record<string, TableCell> = {};
    for (const c of model.columns) {
      const v = r.cells[c.key] ?? null;
      out[c.key] = c.link && typeof v === 'string' && v !== NO_SOURCE ? cellUrls(v).join('|') : v;
    }
    return out;
  });
}
