/**
 * The loader in a Web Worker, for big files: reads the file with the same readRequest as the page,
 * then sends back progress while it reads, the rows and the issues in batches small enough for the
 * page to take each in a few milliseconds, and last the reports. Cancelling terminates the worker.
 * The rows go as JSON text (they are plain data, as the bundled tables that come to the page as
 * JSON): the page makes them of text faster than it takes in as many small objects copied one by
 * one, about 40 against 75 ms for 100,000 rows in Chromium.
 */
/// <reference lib="webworker" />
import type { IngestMessage } from './ingest';
import { resolveCountry } from '$lib/data';
import { readRequest, type IngestRequest } from './readRequest';

/**
 * Rows or issues per message: few enough that the page receives each batch in a millisecond or two,
 * and as many as V8 writes as JSON at its fastest (2,000 rows take it about a third longer each).
 */
const BATCH = 1000;

const post = (message: IngestMessage): void => postMessage(message);

// Built now, while the worker waits for a file: the index of country names every read needs.
resolveCountry('France');

addEventListener('message', (event: MessageEvent<IngestRequest>) => {
  void ingest(event.data).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});

async function ingest(request: IngestRequest): Promise<void> {
  post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
  let last = 0;
  const { tables, reports } = await readRequest(request, {
    onProgress: (progress) => {
      // At most one progress message per 50 ms (and always the last).
      const now = performance.now();
      if (now - last < 50 && progress.done < progress.total) return;
      last = now;
      post({ type: 'progress', ...progress });
    },
  });
  for (const [kind, rows] of Object.entries(tables as Record<string, unknown[]>))
    for (let i = 0; i < rows.length; i += BATCH)
      post({ type: 'rows', kind, json: JSON.stringify(rows.slice(i, i + BATCH)) });
  reports.forEach((report, index) => {
    for (let i = 0; i < report.issues.length; i += BATCH)
      post({ type: 'issues', report: index, issues: report.issues.slice(i, i + BATCH) });
  });
  post({ type: 'done', reports: reports.map((r) => ({ ...r, issues: [] })) });
}
