import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Builds the reference pages (the bare Plot map; bare papaparse in a worker) into bench/dist/reference, with the same relative base as the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist/reference', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        ingest: fileURLToPath(new URL('./ingest.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
});
