/**
 * Reading a user's own files: the same loader as the bundled data (parse, detect the table,
 * validate), kept in its own chunk so that papaparse and the validators load only when a user
 * brings a file. Pure apart from IndexedDB persistence.
 */
import { readTable, type TableKind, type TableReport, type TableSet } from '$lib/data';
import { deleteItem, listItems, saveItem } from './storage';

/** Whether a user's table is added to the bundled one or replaces it. */
export type UserFileMode = 'add' | 'replace';

/** A file the user loaded, as kept in IndexedDB: the text itself, so nothing is lost on reload. */
export interface StoredFile {
  id: string;
  name: string;
  size: number;
  text: string;
  mode: UserFileMode;
  /** The table the user picked, or undefined to detect it from the headers. */
  kind?: TableKind;
  added: string;
}

/** A loaded file with what reading it gave. */
export interface UserFile extends StoredFile {
  tables: TableSet;
  reports: TableReport[];
}

/** Parses and validates one stored file (never throws: problems are issues in the reports). */
export function readUserFile(file: StoredFile): UserFile {
  const { tables, reports } = readTable({
    name: file.name,
    text: file.text,
    origin: file.name,
    ...(file.kind ? { kind: file.kind } : {}),
  });
  return { ...file, tables, reports };
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
