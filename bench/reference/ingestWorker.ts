// Bare papaparse in a worker: read the file, parse it with a header row into objects, report the count.
import Papa from 'papaparse';

addEventListener('message', (event: MessageEvent<Blob>) => {
  void event.data.text().then((text) => {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    postMessage(parsed.data.length);
  });
});
