/**
 * The loader in a Web Worker, for big files: reads the file, parses and validates it with the same
 * readTable as everywhere else, and sends back progress, the rows in batches as they are checked
 * (packed by column, several times cheaper to copy between threads than objects), then the issues in
 * small messages (each one quick for the page to receive) and the reports. Cancelling terminates the
 * worker.
 */
/// <reference lib="webworker" />
import { packedBuffers, resolveCountry } from '$lib/data';
import type { IngestMessage } from './ingest';
import { readRequest, type IngestRequest } from './readRequest';

/** Issues per message: few enough that the page receives each in a few milliseconds. */
const CHUNK = 5000;

const post = (message: IngestMessage, transfer: Transferable[] = []): void => postMessage(message, transfer);

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
  const { reports } = await readRequest(request, {
    onProgress: (progress) => {
      // At most one progress message per 50 ms (and always the last).
      const now = performance.now();
      if (now - last < 50 && progress.done < progress.total) return;
      last = now;
      post({ type: 'progress', ...progress });
    },
    // Each batch goes to the page as soon as it is checked, so the page unpacks it while the next is.
    onPacked: (kind, packed) => post({ type: 'rows', kind, ...packed }, packedBuffers(packed)),
    onDropped: (kind, places) => post({ type: 'dropped', kind, places }),
  });
  reports.forEach((report, index) => {
    for (let i = 0; i < report.issues.length; i += CHUNK)
      post({ type: 'issues', report: index, issues: report.issues.slice(i, i + CHUNK) });
  });
  post({ type: 'done', reports: reports.map((r) => ({ ...r, issues: [] })) });
}
