// The ingest benchmark's reference: bare papaparse (header rows as objects) parsing a picked file in
// a Web Worker, timed from the pick to the rows being back, as the app's loader is timed.
const input = document.getElementById('file') as HTMLInputElement;
const output = document.getElementById('result')!;
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (!file) return;
  const start = performance.now();
  const worker = new Worker(new URL('./ingestWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<number>) => {
    output.dataset.rows = String(event.data);
    output.dataset.ms = String(performance.now() - start);
    worker.terminate();
  };
  worker.postMessage(file);
});
