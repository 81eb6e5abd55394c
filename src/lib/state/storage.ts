/**
 * A small key-value store on IndexedDB, for what the user loads (data files, texts) and keeps across
 * reloads. Every failure (no IndexedDB in a private window, a full quota, a blocked database)
 * becomes a StorageError with a message a person can act on; callers show it as a notice and keep
 * the data in memory, so nothing is lost silently.
 */
import { t } from '$lib/i18n';

const DB_NAME = 'london-process-atlas';
const DB_VERSION = 1;
/** The object stores; add a name here (and bump DB_VERSION) to add one. */
export const STORE_NAMES = ['files', 'texts', 'mappings', 'settings'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export class StorageError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'quota' | 'failed',
    /** What the browser said, for 'failed'. */
    readonly detail?: string,
  ) {
    super();
    this.name = 'StorageError';
  }

  /** What went wrong and what to do, in the page's language at the moment it is read. */
  override get message(): string {
    if (this.reason === 'unavailable') return t('common.storage.unavailable');
    if (this.reason === 'quota') return t('common.storage.quota');
    return t('common.storage.failed', { reason: this.detail ?? '' });
  }
}

let opening: Promise<IDBDatabase> | undefined;

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch {
      reject(unavailable());
      return;
    }
    request.onupgradeneeded = () => {
      for (const name of STORE_NAMES)
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(unavailable());
    request.onblocked = () => reject(unavailable());
  }).catch((error: unknown) => {
    opening = undefined; // try again next time (the user may have freed space or left private mode)
    throw error;
  });
  return opening;
}

const unavailable = (): StorageError => new StorageError('unavailable');

function asStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new StorageError('quota');
  return new StorageError('failed', name ?? String(error));
}

async function run<T>(
  store: StoreName,
  mode: IDBTransactionMode,
  work: (s: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T> {
  try {
    const db = await openDatabase();
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = work(tx.objectStore(store));
      tx.oncomplete = () => resolve(request?.result as T);
      tx.onerror = () => reject(tx.error ?? request?.error);
      tx.onabort = () => reject(tx.error ?? request?.error);
    });
  } catch (error) {
    throw asStorageError(error);
  }
}

/** Saves a value under a key (structured clone: strings, arrays, plain objects, Blobs). */
export function saveItem(store: StoreName, key: string, value: unknown): Promise<void> {
  return run(store, 'readwrite', (s) => s.put(value, key)).then(() => undefined);
}

/** Reads one value, or undefined. */
export function readItem<T>(store: StoreName, key: string): Promise<T | undefined> {
  return run<T | undefined>(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
}

/** Every key and value in a store, in key order. */
export async function listItems<T>(store: StoreName): Promise<{ key: string; value: T }[]> {
  const [keys, values] = await Promise.all([
    run<IDBValidKey[]>(store, 'readonly', (s) => s.getAllKeys()),
    run<T[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>),
  ]);
  return keys.map((key, i) => ({ key: String(key), value: values[i]! }));
}

/** Removes one key. */
export function deleteItem(store: StoreName, key: string): Promise<void> {
  return run(store, 'readwrite', (s) => s.delete(key)).then(() => undefined);
}

/** Removes everything in a store. */
export function clearItems(store: StoreName): Promise<void> {
  return run(store, 'readwrite', (s) => s.clear()).then(() => undefined);
}
