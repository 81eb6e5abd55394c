import Papa from 'papaparse';

// A cell starting with one of these can run as a formula when the CSV is opened in a spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell safe for spreadsheets: a value starting with =, +, -, @, tab or carriage return gets
 * a leading apostrophe, so it is shown as text and never run as a formula (OWASP CSV injection).
 */
export function escapeCell(value: unknown): string {
  const text =
    value === null || value === undefined ? '' : Array.isArray(value) ? value.join('|') : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Rows of objects as CSV text with a header line, every cell escaped: toCsv([{a: '=1'}]) → "a\r\n'=1". */
export function toCsv(rows: readonly Record<string, unknown>[], columns?: readonly string[]): string {
  const fields = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return Papa.unparse({
    fields: fields.map(escapeCell),
    data: rows.map((row) => fields.map((f) => escapeCell(row[f]))),
  });
}
