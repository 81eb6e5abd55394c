import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { bundledTables } from './scripts/lib/bundledTablesPlugin.ts';
import { compileHints } from './scripts/lib/compileHintsPlugin.ts';
import { d3Pure } from './scripts/lib/d3PurePlugin.ts';
import { messageKeys } from './scripts/lib/messageKeysPlugin.ts';
import { plotOwnD3 } from './scripts/lib/plotOwnD3Plugin.ts';
import { preloadEveryView } from './scripts/lib/preloadEveryViewPlugin.ts';
import { worldOutlinesPlugin } from './scripts/lib/worldOutlinesPlugin.ts';
import { BOOT, SHELL, SHELL_CHUNK, matchesAny } from './src/firstView.ts';

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
  plugins: [
    svelte(),
    bundledTables(),
    worldOutlinesPlugin(),
    plotOwnD3(),
    d3Pure(),
    // What src/main.ts loads for any view (src/firstView.ts): the boot module, the shell, the first tables.
    preloadEveryView(matchesAny(BOOT)),
    compileHints(),
    messageKeys(),
  ],
  define: { __DATA_DATE__: JSON.stringify(dataDate()) },
  resolve: { alias },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    // One stylesheet for the whole app (about 5 kB gzipped), in the page's head: not six small ones
    // that the first view fetches one after another before it can show.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The shell every view shares, as one chunk (src/firstView.ts says what and why).
          groups: [{ name: SHELL_CHUNK, test: matchesAny(SHELL), includeDependenciesRecursively: false }],
        },
      },
    },
  },
  // The worker names the loader's messages by key too, compiled the same way as the page; it writes
  // no words, so it carries no English.
  worker: { format: 'es', plugins: () => [messageKeys({ english: false })] },
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
          setupFiles: ['test/setup/messages.ts'],
          // The CLI tests start a process each (tsx reading the bundled data): seconds on a busy machine.
          testTimeout: 30_000,
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
