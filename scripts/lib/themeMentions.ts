/**
 * What `npm run -s themes` computes, as a function the CLI and its tests share: each document of
 * documents.csv that names a text `file` is read from a folder of texts, checked against the words
 * and SHA-256 the table records for it, and analysed with the browser's own analyser; the counts
 * come back as theme_mentions.csv text. A listed text that is not in the folder is `missing`; one
 * whose SHA-256 or word count differs from the record is `changed`; one with no record yet is
 * `unrecorded` (its figures are given, to be written into documents.csv).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageOf, readTable, type DocumentRow, type Theme } from '../../src/lib/data/index.ts';
import { toCsv } from '../../src/lib/export/index.ts';
import { analyseText, lexiconFor, toMentionRows, type MentionRow } from '../../src/lib/text/index.ts';

/** The project root (this file is scripts/lib/themeMentions.ts). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundled tables' folder. */
export const DATA_DIR = resolve(PROJECT_ROOT, 'data');
export const MENTION_COLUMNS = ['document', 'theme', 'count', 'words', 'per_1000', 'keywords'] as const;

/** Reads one table of a data folder through the page's own loader; throws on a rejected row. */
export function readDataTable<K extends 'themes' | 'documents'>(
  kind: K,
  dataDir: string,
): K extends 'themes' ? Theme[] : DocumentRow[] {
  const name = join(dataDir, `${kind}.csv`);
  const { tables, reports } = readTable({ name, text: readFileSync(name, 'utf8'), kind, origin: 'bundled' });
  const errors = reports.flatMap((r) => r.issues).filter((i) => i.severity === 'error');
  if (errors.length)
    throw new Error(`${name}: ${errors.map((e) => `line ${e.line}: ${messageOf(e)}`).join('; ')}`);
  return (tables[kind] ?? []) as K extends 'themes' ? Theme[] : DocumentRow[];
}

/** The SHA-256 of a text's bytes, in lower-case hex. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** One text found in the folder: what documents.csv records for it and what was found. */
export interface TextFound {
  id: string;
  file: string;
  path: string;
  words: number;
  sha256: string;
  recorded: { words: number | null; sha256: string };
}

/** The result of recounting the documents' texts. */
export interface MentionsRun {
  rows: MentionRow[];
  /** theme_mentions.csv text (LF line ends, trailing newline). */
  csv: string;
  /** Texts found and matching their record. */
  counted: TextFound[];
  /** Texts listed in documents.csv (a `file`) and not in the folder. */
  missing: { id: string; file: string }[];
  /** Texts found whose SHA-256 or word count differs from the record. */
  changed: TextFound[];
  /** Texts found whose row records no SHA-256 or word count yet. */
  unrecorded: TextFound[];
}

/** Formats rows as theme_mentions.csv text. */
export function mentionsCsv(rows: readonly MentionRow[]): string {
  const cells = rows.map((r) => ({ ...r, per_1000: r.per_1000.toFixed(2) }));
  return `${toCsv(cells, MENTION_COLUMNS).replace(/\r\n/g, '\n')}\n`;
}

/**
 * Recounts every document of `dataDir`/documents.csv that names a text `file`, reading the text
 * from `textsDir`. Every text found is counted (the rows), whether or not it matches its record;
 * the caller decides what a mismatch means.
 */
export function computeMentions(options: { textsDir: string; dataDir?: string }): MentionsRun {
  const dataDir = options.dataDir ?? DATA_DIR;
  const themes = readDataTable('themes', dataDir);
  const documents = readDataTable('documents', dataDir);
  const lexicon = lexiconFor(themes);
  const run: MentionsRun = { rows: [], csv: '', counted: [], missing: [], changed: [], unrecorded: [] };
  for (const doc of documents) {
    if (!doc.file) continue;
    const path = join(options.textsDir, doc.file);
    if (!existsSync(path)) {
      run.missing.push({ id: doc.id, file: doc.file });
      continue;
    }
    const bytes = readFileSync(path);
    const analysis = analyseText(bytes.toString('utf8'), lexicon);
    run.rows.push(...toMentionRows(doc.id, analysis));
    const found: TextFound = {
      id: doc.id,
      file: doc.file,
      path,
      words: analysis.words,
      sha256: sha256(bytes),
      recorded: { words: doc.words, sha256: doc.sha256 },
    };
    if (!doc.sha256 || doc.words === null) run.unrecorded.push(found);
    else if (doc.sha256 !== found.sha256 || doc.words !== found.words) run.changed.push(found);
    else run.counted.push(found);
  }
  run.csv = mentionsCsv(run.rows);
  return run;
}
