import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { bundledTables } from './scripts/lib/bundledTablesPlugin.ts';
import { plotOwnD3 } from './scripts/lib/plotOwnD3Plugin.ts';

const alias = {
  $lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
  $components: fileURLToPath(new URL('./src/components', import.meta.url)),
  $views: fileURLToPath(new URL('./src/views', import.meta.url)),
};

// The day the bundled data last changed (its last commit, else its newest file), for "cite this view".
function dataDate(): string {
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'data'], { encoding: 'utf8' }).trim();
    if (day) return day;
  } catch {
    // Not a git checkout (a tarball): fall back to the files' dates.
  }
  const times = readdirSync('data').map((f) => statSync(`data/${f}`).mtimeMs);
  return new Date(Math.max(0, ...times)).toISOString().slice(0, 10);
}

export default defineConfig({
  // A relative base lets dist/ be served from any static host and any sub-path.
  base: './',
  plugins: [svelte(), bundledTables(), plotOwnD3()],
  define: { __DATA_DATE__: JSON.stringify(dataDate()) },
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
