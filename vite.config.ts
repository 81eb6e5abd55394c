import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { bundledTables } from './scripts/lib/bundledTablesPlugin.ts';

const alias = {
  $lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
  $components: fileURLToPath(new URL('./src/components', import.meta.url)),
  $views: fileURLToPath(new URL('./src/views', import.meta.url)),
};

export default defineConfig({
  // A relative base lets dist/ be served from any static host and any sub-path.
  base: './',
  plugins: [svelte(), bundledTables()],
  resolve: { alias },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 800 },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'test/unit/**/*.test.ts',
            'test/charts/**/*.test.ts',
            'test/data/**/*.test.ts',
            'test/cli/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.spec.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium is shared; two files at a time keeps a 2-core machine responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
});
