import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Builds the reference page into bench/dist/reference, with the same relative base as the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist/reference', import.meta.url)),
    emptyOutDir: true,
  },
});
