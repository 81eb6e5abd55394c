/**
 * Reading a user's file off the main thread: starts the loader's Web Worker, reports its progress,
 * reassembles what it sends back, and can be cancelled (the worker is terminated at once). Files up
 * to WORKER_THRESHOLD bytes are read on the page, where handing them over would cost more than it saves.
 */
import type { Issue, ReadProgress, TableReport, TableSet } from '$lib/data';
import { t } from '$lib/i18n';
import { readRequest, type IngestRequest } from './readRequest';

export type { IngestRequest };

/**
 * Files larger than this are read in the worker: a list of a thousand rows or more would otherwise
 * hold the page for longer than a frame or two (the worker is started when "Your data" opens).
 */
export const WORKER_THRESHOLD = 64 * 1024;

/** Where a read is: reading the file, then the loader's own phases (parsing lines, checking records). */
export type IngestProgress = Omit<ReadProgress, 'phase'> & { phase: 'reading' | ReadProgress['phase'] };

export type IngestMessage =
  | ({ type: 'progress' } & IngestProgress)
  /** A batch of rows as JSON text (see ingest.worker.ts). */
  | { type: 'rows'; kind: string; json: string }
  | { type: 'issues'; report: number; issues: Issue[] }
  | { type: 'done'; reports: TableReport[] }
  | { type: 'failed'; message: string };

export interface IngestResult {
  tables: TableSet;
  reports: TableReport[];
}

/** A read under way. `result` rejects with an IngestCancelled when cancelled. */
export interface IngestHandle {
  result: Promise<IngestResult>;
  cancel(): void;
}

export class IngestCancelled extends Error {
  constructor(name: string) {
    super(t('loader.notice.cancelled', { name }));
    this.name = 'IngestCancelled';
  }
}

/** Reads a file: in the worker when it is big, on the page when it is small. Never throws on bad input. */
export function ingest(
  request: IngestRequest,
  size: number,
  onProgress: (progress: IngestProgress) => void = () => {},
): IngestHandle {
  if (size > WORKER_THRESHOLD && typeof Worker !== 'undefined') return ingestInWorker(request, onProgress);
  return { result: readRequest(request), cancel: () => {} };
}

const startWorker = (): Worker =>
  new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'atlas-loader' });

/** A loader worker started ahead of need, its code loaded and its country index built. */
let spare: Worker | undefined;

/**
 * Starts a loader worker before a file is picked (when "Your data" opens), so that reading a big
 * file does not wait for the worker to load. Each read uses it up; call again for the next one.
 */
export function prepareWorker(): void {
  if (typeof Worker !== 'undefined') spare ??= startWorker();
}

function ingestInWorker(
  request: IngestRequest,
  onProgress: (progress: IngestProgress) => void,
): IngestHandle {
  const worker = spare ?? startWorker();
  spare = undefined;
  let settle: { resolve(r: IngestResult): void; reject(e: Error): void } | undefined;
  const result = new Promise<IngestResult>((resolve, reject) => (settle = { resolve, reject }));
  const tables: Record<string, unknown[]> = {};
  const issues: Issue[][] = [];
  const finish = (outcome: IngestResult | Error): void => {
    worker.terminate();
    const done = settle;
    settle = undefined;
    // Settled in a task of its own: what the page then does with the rows (linking them into the
    // dataset, redrawing) is not added to the task that received the last message.
    setTimeout(() => (outcome instanceof Error ? done?.reject(outcome) : done?.resolve(outcome)));
  };
  performance.mark('lpa-ingest-start');
  worker.addEventListener('message', (event: MessageEvent<IngestMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message);
    else if (message.type === 'rows')
      (tables[message.kind] ??= []).push(...(JSON.parse(message.json) as unknown[]));
    else if (message.type === 'issues') (issues[message.report] ??= []).push(...message.issues);
    else if (message.type === 'failed')
      finish(new Error(t('loader.notice.unreadable', { name: request.name, error: message.message })));
    else {
      performance.mark('lpa-ingest-end');
      performance.measure('lpa-ingest', 'lpa-ingest-start', 'lpa-ingest-end');
      const reports = message.reports.map((r, i) => ({ ...r, issues: issues[i] ?? [] }));
      finish({ tables: tables as TableSet, reports });
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish(
      new Error(
        event.message
          ? t('loader.notice.stoppedWith', { name: request.name, error: event.message })
          : t('loader.notice.stopped', { name: request.name }),
      ),
    );
  });
  worker.postMessage(request);
  return { result, cancel: () => finish(new IngestCancelled(request.name)) };
}
