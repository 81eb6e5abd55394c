import Papa from 'papaparse';
import { makeIssue, type Issue } from './issues';

/** A file's rows before validation: header names and, per record, its file line and its cells. */
export interface RawTable {
  format: 'csv' | 'json';
  headers: string[];
  records: RawRecord[];
  /** File-level problems and records that could not be read at all. */
  issues: Issue[];
  /** For CSV: the delimiter found. */
  delimiter?: string;
  /** For JSON holding several tables: the name of this one. */
  name?: string;
  /**
   * The line that issues about the table as a whole point to: a CSV file's header, a JSON table's
   * first object (JSON has no header line).
   */
  headerLine: number;
}

/** One record: its first line in the file (header = line 1) and its cells in header order. */
export interface RawRecord {
  line: number;
  cells: string[];
}

/** The largest text the loader reads; beyond this the page would stall. */
export const MAX_TEXT_LENGTH = 256 * 1024 * 1024;

/**
 * Tells whether a text looks binary (NUL bytes, or many control characters in its first 8 kB),
 * as when a spreadsheet or an image is loaded by mistake.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) control++;
    if (c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Rejects texts no table can come from: empty, binary, too large. */
export function checkText(text: string): Issue | undefined {
  if (text.length > MAX_TEXT_LENGTH)
    return makeIssue(
      'file-too-large',
      {
        key: 'loader.issue.fileTooLarge',
        params: { size: Math.round(text.length / 1048576), max: MAX_TEXT_LENGTH / 1048576 },
      },
      { line: 0 },
    );
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return makeIssue('empty-file', { key: 'loader.issue.emptyFile' }, { line: 0 });
  if (looksBinary(text)) return makeIssue('binary-file', { key: 'loader.issue.binaryFile' }, { line: 0 });
  return undefined;
}

/**
 * Reads CSV text (comma, semicolon, tab or pipe delimited; with or without BOM; CRLF or LF; quoted
 * fields with delimiters and newlines) into records that keep the file's own line numbers.
 * `onProgress` hears when the text is parsed: the lines read, of the file's lines.
 */
export function parseCsv(text: string, onProgress?: (line: number, lines: number) => void): RawTable {
  const body = text.replace(/^\uFEFF/, '');
  const problem = checkText(body);
  if (problem) return { format: 'csv', headers: [], records: [], issues: [problem], headerLine: 1 };
  const { delimiter, newline } = guessFormat(body);
  // Empty lines are kept, so that each row of the result is one line of the file plus the line
  // breaks inside its quoted cells: that is how each record's line is known. They are skipped below.
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter,
    ...(newline ? { newline } : {}),
  });
  const lineBreak = (newline ?? parsed.meta.linebreak) === '\r' ? '\r' : '\n';
  // Rows are separated by one line break each: any more in the file are inside quoted cells, and
  // only then are each row's cells searched for them.
  const breaksInCells = countBreaks(body, lineBreak, 0, body.length) >= parsed.data.length;
  // A quoted field never closed: the rest of the file was read as one cell, so the record is dropped.
  const unclosed = new Set(parsed.errors.filter((e) => e.code === 'MissingQuotes').map((e) => e.row));
  const issues: Issue[] = [];
  const records: RawRecord[] = [];
  let headers: string[] | undefined;
  let line = 1;
  parsed.data.forEach((cells, row) => {
    const first = line;
    line += 1;
    if (breaksInCells) for (const cell of cells) line += countBreaks(cell, lineBreak, 0, cell.length);
    if (unclosed.has(row)) {
      issues.push(makeIssue('unclosed-quote', { key: 'loader.issue.unclosedQuote' }, { line: first }));
      if (headers) return;
    }
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    if (!headers) headers = cells.map((h) => h.trim());
    else records.push({ line: first, cells });
  });
  onProgress?.(line - 1, line - 1);
  return { format: 'csv', headers: headers ?? [], records, issues, delimiter, headerLine: 1 };
}

type LineBreak = '\r' | '\n' | '\r\n';

/**
 * Finds the delimiter from the first lines, ignoring blank ones (papaparse's own guess is thrown off
 * by the blank lines we keep for line numbering), and the line break: papaparse would otherwise
 * guess it again from the first megabyte, which for a big file costs more than this whole preview.
 */
function guessFormat(text: string): { delimiter: string; newline?: LineBreak } {
  const preview = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
    preview: 50,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const delimiter = preview.meta.delimiter || ',';
  // Trusted once the preview has seen a line break between two records.
  return preview.data.length > 1
    ? { delimiter, newline: preview.meta.linebreak as LineBreak }
    : { delimiter };
}

/** How many times a line break occurs in text[from, to). */
function countBreaks(text: string, lineBreak: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(lineBreak, from); i !== -1 && i < to; i = text.indexOf(lineBreak, i + 1)) n++;
  return n;
}

/**
 * Reads JSON text: an array of objects (one table) or an object whose values are arrays of objects
 * (several tables, by name). Each record's line is the line its object starts on.
 */
export function parseJson(text: string): RawTable[] {
  const body = text.replace(/^\uFEFF/, '');
  const problem = checkText(body);
  // JSON issues point to a real line of the file, never to the whole file (line 0).
  if (problem)
    return [{ format: 'json', headers: [], records: [], issues: [{ ...problem, line: 1 }], headerLine: 1 }];
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return [
      {
        format: 'json',
        headers: [],
        records: [],
        issues: [
          makeIssue(
            'invalid-json',
            { key: 'loader.issue.invalidJson', params: { error: (error as Error).message } },
            { line: jsonErrorLine(body, error as Error) },
          ),
        ],
        headerLine: 1,
      },
    ];
  }
  const starts = objectStartLines(body);
  if (Array.isArray(value)) return [jsonTable(value, starts.get('') ?? [])];
  if (value && typeof value === 'object') {
    const tables = Object.entries(value as Record<string, unknown>).filter(([, v]) => Array.isArray(v));
    if (tables.length)
      return tables.map(([name, rows]) => ({
        ...jsonTable(rows as unknown[], starts.get(name) ?? []),
        name,
      }));
  }
  return [
    {
      format: 'json',
      headers: [],
      records: [],
      issues: [makeIssue('invalid-json', { key: 'loader.issue.noTable' }, { line: 1 })],
      headerLine: 1,
    },
  ];
}

function jsonTable(items: unknown[], lines: number[]): RawTable {
  const headers: string[] = [];
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const item of items.slice(0, 1000)) {
    if (item && typeof item === 'object' && !Array.isArray(item))
      for (const key of Object.keys(item)) {
        if (seen.has(key)) continue;
        seen.add(key);
        headers.push(key);
      }
  }
  const records: RawRecord[] = [];
  items.forEach((item, i) => {
    const line = lines[i] ?? i + 2;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      issues.push(
        makeIssue('invalid-json', { key: 'loader.issue.notObject', params: { item: i + 1 } }, { line }),
      );
      return;
    }
    const record = item as Record<string, unknown>;
    records.push({ line, cells: headers.map((h) => cellText(record[h])) });
  });
  return { format: 'json', headers, records, issues, headerLine: lines[0] ?? 1 };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('|');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function jsonErrorLine(text: string, error: Error): number {
  const m = /position (\d+)/.exec(error.message);
  if (!m) return 1;
  return text.slice(0, Number(m[1])).split('\n').length;
}

/**
 * Finds, for the top-level array (key '') or each top-level table array (key = name), the line on
 * which each element starts, by scanning the text once.
 */
function objectStartLines(text: string): Map<string, number[]> {
  const result = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  let inString = false;
  let lastKey = '';
  let stringStart = -1;
  let tableKey: string | null = null;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
      if (expectElement) record(i);
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (expectElement && c !== ']') record(i);
    if (c === '[' || c === '{') {
      depth++;
      if (c === '[' && depth === 1) tableKey = '';
      if (c === '[' && depth === 2 && text.trimStart()[0] === '{') tableKey = lastKey;
      expectElement = c === '[' && tableKey !== null && depth === (tableKey === '' ? 1 : 2);
      if (expectElement) result.set(tableKey!, result.get(tableKey!) ?? []);
    } else if (c === ']' || c === '}') {
      depth--;
      expectElement = false;
    } else if (c === ',') {
      expectElement = tableKey !== null && depth === (tableKey === '' ? 1 : 2);
    }
  }
  return result;

  function record(_at: number): void {
    result.get(tableKey!)!.push(line);
    expectElement = false;
  }
}

/** Whether a file's text is JSON rather than CSV, judged by its name and its first character. */
export function isJsonText(text: string, fileName = ''): boolean {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return (
    /\.json$/i.test(fileName) || ((first === '[' || first === '{') && !/\.(csv|tsv|txt)$/i.test(fileName))
  );
}

/** Reads a file's text as CSV or JSON, judged by its name and its first character. */
export function parseText(text: string, fileName = ''): RawTable[] {
  return isJsonText(text, fileName) ? parseJson(text) : [parseCsv(text)];
}
