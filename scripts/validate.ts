/**
 * `npm run -s validate -- FILE [--table KIND] [--json]`
 * Validates a CSV or JSON file with the same code the browser uses. References (conference ids,
 * initiative ids, theme ids) are checked against the bundled data, as when a file is added to it.
 * Exit status: 0 every row valid; 1 some rows rejected (the good ones still count); 2 the file cannot
 * be read or its table is unknown.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildDataset,
  buildVocabulary,
  messageOf,
  readTable,
  readTableInAnyLanguage,
  TABLE_KINDS,
  type Issue,
  type TableKind,
  type TableSet,
} from '../src/lib/data/index.ts';
import { readBundledSources } from './lib/readBundled.ts';
import { loadAllMessages } from '../src/lib/i18n/index.ts';

// The tools speak English: every English message, not only the first view's.
await loadAllMessages();

const USAGE = `usage: npm run -s validate -- FILE [--table ${TABLE_KINDS.join('|')}] [--json]`;

function fail(message: string, json: boolean, file = ''): never {
  if (json)
    console.log(
      JSON.stringify({
        file,
        table: null,
        rows: 0,
        accepted: 0,
        rejected: 0,
        issues: [{ line: 0, code: 'unreadable', message, severity: 'error' }],
        records: [],
      }),
    );
  else console.error(message);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      table: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, process.argv.includes('--json'));
}
const { values, positionals } = args;
const json = values.json ?? false;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const path = positionals[0];
if (!path || positionals.length > 1) fail(USAGE, json);
if (values.table !== undefined && !(TABLE_KINDS as readonly string[]).includes(values.table))
  fail(`Unknown table "${values.table}". Tables: ${TABLE_KINDS.join(', ')}.`, json, path);

let text: string;
try {
  if (!statSync(path).isFile()) throw new Error('not a file');
  text = readFileSync(path, 'utf8');
} catch (error) {
  fail(`Cannot read ${path}: ${(error as Error).message}`, json, path);
}

const name = basename(path);
// The file is read as the page reads it: names of conferences, initiatives and themes resolved
// against the bundled data and its aliases, and references then checked against it.
const base: TableSet = {};
for (const source of readBundledSources()) Object.assign(base, readTable(source).tables);
const result = await readTableInAnyLanguage({
  name,
  text,
  origin: name,
  vocabulary: buildVocabulary(base),
  ...(values.table ? { kind: values.table as TableKind } : {}),
});
const reports = result.reports;
// Problems with the file as a whole, rather than with some of its rows.
const FILE_PROBLEMS = new Set([
  'empty-file',
  'binary-file',
  'file-too-large',
  'invalid-json',
  'unclosed-quote',
]);
const unreadable = reports.every(
  (r) => r.kind === undefined || r.issues.some((i) => FILE_PROBLEMS.has(i.code) && r.accepted === 0),
);
// A file that is itself one of the bundled tables replaces it rather than doubling it.
for (const report of reports)
  if (report.kind && path.replace(/\\/g, '/').endsWith(`data/${report.kind}.csv`)) delete base[report.kind];
const merged: TableSet = { ...base };
for (const [kind, rows] of Object.entries(result.tables) as [TableKind, unknown[]][])
  (merged[kind] as unknown[]) = [...((base[kind] as unknown[] | undefined) ?? []), ...rows];
const linked = buildDataset(merged);
const referenceIssues = linked.issues.filter((i) => i.file === name);

const issues: Issue[] = [...reports.flatMap((r) => r.issues), ...referenceIssues].sort(
  (a, b) => a.line - b.line,
);
const rows = reports.reduce((n, r) => n + r.total, 0);
const accepted = reports.reduce((n, r) => n + r.accepted, 0) - referenceIssues.length;
const table = reports.length === 1 ? (reports[0]!.kind ?? null) : reports.map((r) => r.kind ?? null);

const records = (
  Object.entries(result.tables) as unknown as [TableKind, Record<string, unknown>[]][]
).flatMap(([kind, list]) =>
  list
    .filter((row) => !referenceIssues.some((i) => i.line === row.line))
    .map((row) => ({
      table: kind,
      line: row.line,
      ...('country' in row ? { iso3: row.country ?? null } : {}),
      ...pick(row, ['id', 'conference', 'initiative', 'document', 'theme', 'role', 'status', 'year']),
    })),
);

function pick(row: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in row && row[k] !== '' && row[k] !== null) out[k] = row[k];
  return out;
}

const summary = {
  file: path,
  table,
  rows,
  accepted,
  rejected: rows - accepted,
  issues: issues.map((i) => ({
    line: i.line,
    column: i.column ?? null,
    value: i.value ?? null,
    code: i.code,
    message: messageOf(i),
    severity: i.severity,
    ...(i.suggestion ? { suggestion: i.suggestion } : {}),
  })),
  records,
};

if (json) console.log(JSON.stringify(summary, null, 2));
else {
  console.log(
    `${path}: ${table ?? 'unknown table'} — ${rows} rows, ${accepted} accepted, ${rows - accepted} rejected`,
  );
  for (const i of summary.issues)
    console.log(
      `  line ${i.line}${i.column ? `, column ${i.column}` : ''}: ${i.severity} ${i.code}: ${i.message}${i.suggestion ? ` (did you mean ${i.suggestion}?)` : ''}`,
    );
}
// exitCode, not exit(): exit() would cut off output still being written to a pipe (over 64 kB).
process.exitCode = unreadable ? 2 : rows - accepted > 0 ? 1 : 0;
