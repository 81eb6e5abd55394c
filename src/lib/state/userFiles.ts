/**
 * Reading a user's own files: the same loader as the bundled data (parse, detect the table,
 * validate), kept in its own chunk so that papaparse and the validators load only when a user
 * brings a file; big files are read in a Web Worker (see ingest.ts). Pure apart from IndexedDB.
 */
import {
  buildVocabulary,
  headerSignature,
  type ColumnChoices,
  type Corrections,
  type SavedMapping,
  type Vocabulary,
  type TableKind,
  type TableReport,
  type TableSet,
} from '$lib/data';
import { loadBundledFirst, loadBundledRest } from './bundled';
import { ingest, type IngestHandle, type IngestProgress } from './ingest';
import { deleteItem, listItems, saveItem } from './storage';

/** Whether a user's table is added to the bundled one or replaces it. */
export type UserFileMode = 'add' | 'replace';

/**
 * A file the user loaded, as kept in IndexedDB: its text (small files) or the file itself (big
 * ones, so the page never holds the text), and how to read it. Nothing is lost on reload.
 */
export interface StoredFile {
  id: string;
  name: string;
  size: number;
  text?: string;
  blob?: Blob;
  mode: UserFileMode;
  /** The table the user picked, or undefined to detect it from the headers. */
  kind?: TableKind;
  /** The user's column choices (table column → the file's header, or one value for all rows), if any. */
  mapping?: ColumnChoices;
  /** Values the user chose to write in place of the file's ("apply all suggestions"). */
  corrections?: Corrections;
  added: string;
}

/** A loaded file with what reading it gave. */
export interface UserFile extends StoredFile {
  tables: TableSet;
  reports: TableReport[];
}

/**
 * Reads one stored file (in the worker when it is big); never throws on bad input: problems are
 * issues in the reports. Mappings the user made for the same headers before are applied.
 */
export function readStoredFile(
  file: StoredFile,
  context: { remembered: Readonly<Record<string, SavedMapping>>; vocabulary: Vocabulary },
  onProgress?: (progress: IngestProgress) => void,
): { result: Promise<UserFile>; cancel: () => void } {
  const handle: IngestHandle = ingest(
    {
      name: file.name,
      file: file.blob ?? file.text ?? '',
      origin: file.name,
      ...context,
      ...(file.kind ? { kind: file.kind } : {}),
      ...(file.mapping ? { mapping: file.mapping } : {}),
      ...(file.corrections ? { corrections: file.corrections } : {}),
    },
    file.size,
    onProgress,
  );
  return { result: handle.result.then((r) => ({ ...file, ...r })), cancel: handle.cancel };
}

/**
 * What a user's file may call conferences, initiatives and themes: every table loaded (all the
 * bundled ones, and the user's files), with the bundled aliases.
 */
export async function vocabularyFor(files: readonly UserFile[]): Promise<Vocabulary> {
  const [first, rest] = await Promise.all([loadBundledFirst(), loadBundledRest()]);
  return buildVocabulary(mergeTables({ ...first.tables, ...rest.tables }, files));
}

/** What is kept of a loaded file (without what reading it gave). */
export function storedPart(file: UserFile): StoredFile {
  const { tables: _tables, reports: _reports, ...stored } = file;
  return stored;
}

/** Saves a file so it is there on the next visit; rejects with a StorageError when it cannot. */
export const storeFile = (file: StoredFile): Promise<void> => saveItem('files', file.id, file);

/** Forgets a stored file. */
export const forgetFile = (id: string): Promise<void> => deleteItem('files', id);

/** Every stored file, oldest first. */
export async function storedFiles(): Promise<StoredFile[]> {
  return (await listItems<StoredFile>('files'))
    .map((i) => i.value)
    .sort((a, b) => a.added.localeCompare(b.added));
}

/** Remembers a column mapping for files with these headers. */
export const rememberMapping = (headers: readonly string[], saved: SavedMapping): Promise<void> =>
  saveItem('mappings', headerSignature(headers), saved);

/** Every remembered mapping, by header signature (empty when storage is unavailable). */
export async function rememberedMappings(): Promise<Record<string, SavedMapping>> {
  try {
    return Object.fromEntries((await listItems<SavedMapping>('mappings')).map((i) => [i.key, i.value]));
  } catch {
    return {};
  }
}

/**
 * The tables the app shows: the bundled ones, minus those a user's file replaces, plus every user
 * file's rows.
 */
export function mergeTables(bundled: TableSet, files: readonly UserFile[]): TableSet {
  const merged: Record<string, unknown[]> = { ...(bundled as Record<string, unknown[]>) };
  for (const file of files)
    if (file.mode === 'replace') for (const kind of Object.keys(file.tables)) merged[kind] = [];
  for (const file of files)
    for (const [kind, rows] of Object.entries(file.tables as Record<string, unknown[]>))
      merged[kind] = [...(merged[kind] ?? []), ...rows];
  return merged as TableSet;
}
