/**
 * One read of a user's file by the loader, as the page and the loader's worker both do it: the
 * file's text (read from the file when it is one) through readTable.
 */
import { readTable, type SavedMapping, type TableKind, type TableSource } from '$lib/data';

export interface IngestRequest {
  name: string;
  /** The file itself (read in the worker) or its text. */
  file: Blob | string;
  origin: string;
  kind?: TableKind;
  mapping?: Readonly<Record<string, string>>;
  remembered?: Readonly<Record<string, SavedMapping>>;
}

export async function readRequest(
  request: IngestRequest,
  hooks: Pick<TableSource, 'onProgress' | 'onPacked' | 'onDropped'> = {},
) {
  const { file, ...source } = request;
  const text = typeof file === 'string' ? file : await file.text();
  return readTable({ ...source, text, ...hooks });
}
