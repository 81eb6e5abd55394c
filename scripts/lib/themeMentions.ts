/**
 * What `npm run -s themes` computes, as a function the CLI and the test share: the bundled
 * documents (data/documents.csv) read from text folders, analysed with the browser's own analyser,
 * as theme_mentions.csv text. A document whose text is in none of the folders is listed but not
 * counted, and named in `missing`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTable, type DocumentRow, type Theme } from '../../src/lib/data/index.ts';
import { toCsv } from '../../src/lib/export/index.ts';
import { analyseText, lexiconFor, toMentionRows, type MentionRow } from '../../src/lib/text/index.ts';

/** The project root (this file is scripts/lib/themeMentions.ts). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the seed texts live: ../shared/seeds beside the project. */
export const DEFAULT_TEXT_DIR = resolve(PROJECT_ROOT, '../shared/seeds');
export const MENTION_COLUMNS = ['document', 'theme', 'count', 'words', 'per_1000', 'keywords'] as const;

function readRows<K extends 'themes' | 'documents'>(kind: K, root: string): (Theme | DocumentRow)[] {
  const name = `data/${kind}.csv`;
  const { tables, reports } = readTable({
    name,
    text: readFileSync(join(root, name), 'utf8'),
    kind,
    origin: 'bundled',
  });
  const errors = reports.flatMap((r) => r.issues).filter((i) => i.severity === 'error');
  if (errors.length)
    throw new Error(`${name}: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  return (tables[kind] ?? []) as (Theme | DocumentRow)[];
}

/** The result of analysing the bundled documents. */
export interface MentionsRun {
  rows: MentionRow[];
  /** theme_mentions.csv text (LF line ends, trailing newline). */
  csv: string;
  /** Ids of the documents counted, with the file each was read from. */
  counted: { id: string; path: string }[];
  /** Ids of the documents listed but not counted (no file name, or the file was not found). */
  missing: { id: string; file: string }[];
}

/** Formats rows as theme_mentions.csv text. */
export function mentionsCsv(rows: readonly MentionRow[]): string {
  const cells = rows.map((r) => ({ ...r, per_1000: r.per_1000.toFixed(2) }));
  return `${toCsv(cells, MENTION_COLUMNS).replace(/\r\n/g, '\n')}\n`;
}

/**
 * Analyses every document of data/documents.csv whose `file` is found in one of `dirs` (searched
 * in order) or given in `files` (matched by file name).
 */
export function computeMentions(
  options: { root?: string; dirs?: string[]; files?: string[] } = {},
): MentionsRun {
  const root = options.root ?? PROJECT_ROOT;
  const themes = readRows('themes', root) as Theme[];
  const documents = readRows('documents', root) as DocumentRow[];
  const lexicon = lexiconFor(themes);
  const dirs = options.dirs ?? [DEFAULT_TEXT_DIR];
  const byName = new Map((options.files ?? []).map((f) => [f.replace(/^.*[\\/]/, ''), f]));
  const rows: MentionRow[] = [];
  const counted: MentionsRun['counted'] = [];
  const missing: MentionsRun['missing'] = [];
  for (const doc of documents) {
    const path =
      doc.file && (byName.get(doc.file) ?? dirs.map((d) => join(d, doc.file)).find((p) => existsSync(p)));
    if (!path) {
      missing.push({ id: doc.id, file: doc.file });
      continue;
    }
    rows.push(...toMentionRows(doc.id, analyseText(readFileSync(path, 'utf8'), lexicon)));
    counted.push({ id: doc.id, path });
  }
  return { rows, csv: mentionsCsv(rows), counted, missing };
}
