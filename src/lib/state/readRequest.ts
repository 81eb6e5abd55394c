/**
 * One read of a user's file by the loader, as the page and the loader's worker both do it: the
 * file's text (read from the file when it is one) through readTable. French and Spanish country
 * names are loaded first when the file has names English does not know.
 */
import {
  readTableInAnyLanguage,
  type readTable,
  type ColumnChoices,
  type Corrections,
  type SavedMapping,
  type TableKind,
  type TableSource,
  type Vocabulary,
} from '$lib/data';

export interface IngestRequest {
  name: string;
  /** The file itself (read in the worker) or its text. */
  file: Blob | string;
  origin: string;
  kind?: TableKind;
  mapping?: ColumnChoices;
  remembered?: Readonly<Record<string, SavedMapping>>;
  vocabulary?: Vocabulary;
  corrections?: Corrections;
}

export async function readRequest(
  request: IngestRequest,
  hooks: Pick<TableSource, 'onProgress'> = {},
): Promise<ReturnType<typeof readTable>> {
  const { file, ...source } = request;
  const text = typeof file === 'string' ? file : await file.text();
  return readTableInAnyLanguage({ ...source, text, ...hooks });
}
