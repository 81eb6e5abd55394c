import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { bundledTables } from './scripts/lib/bundledTablesPlugin.ts';
import { compileHints } from './scripts/lib/compileHintsPlugin.ts';
import { plotOwnD3 } from './scripts/lib/plotOwnD3Plugin.ts';
import { preloadEveryView } from './scripts/lib/preloadEveryViewPlugin.ts';
import { worldOutlinesPlugin } from './scripts/lib/worldOutlinesPlugin.ts';

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

// What every view needs, whichever opens first: the Svelte runtime, the store, the shell and the
// parts every chart shares. One chunk rather than the dozen small ones automatic splitting makes
// of modules shared by different sets of views: on an HTTP/1.1 host each costs a request, and the
// first page then waited on more of them than on its largest file.
const SHELL = [
  /[\\/]node_modules[\\/](svelte|clsx|esm-env)[\\/]/,
  /[\\/]node_modules[\\/]d3-array[\\/].*\.mjs$/,
  /[\\/]src[\\/](App\.svelte|mountApp\.ts)$/,
  /[\\/]src[\\/]components[\\/](AppFooter|Notices|ViewFailed|SchemeToggle|ViewTabs|ChartFigure|DataTable|CopyButton)\.svelte$/,
  /[\\/]src[\\/]components[\\/](filters[\\/]\w+|data[\\/]DataPanel|export[\\/](ChartActions|EmbedDialog))\.svelte$/,
  /[\\/]src[\\/]lib[\\/]state[\\/](app\.svelte|urlState|bundled|idle|index)\.ts$/,
  /[\\/]src[\\/]lib[\\/]format[\\/]\w+\.ts$/,
  /[\\/]src[\\/]lib[\\/]data[\\/](issues|countries|dates|dataset)\.ts$/,
  /[\\/]src[\\/]lib[\\/]data[\\/]generated[\\/]countries\.json$/,
  /[\\/]src[\\/]lib[\\/]query[\\/](filters|resolveFilters|applyFilters|summary|chips|selectMap|selectSources)\.ts$/,
  /[\\/]src[\\/]lib[\\/]charts[\\/]palette\.ts$/,
];
// (Plot's own copy of d3, marked by a query, never matches: the patterns end at the file name.)
const isShellModule = (id: string): boolean => SHELL.some((re) => re.test(id));

export default defineConfig({
  // A relative base lets dist/ be served from any static host and any sub-path.
  base: './',
  plugins: [
    svelte(),
    bundledTables(),
    worldOutlinesPlugin(),
    plotOwnD3(),
    // What src/main.ts loads for any view: the boot module (and with it the shell) and the first tables.
    preloadEveryView(/[\\/]src[\\/]mountApp\.ts$|^\0virtual:bundled-tables\/first$/),
    compileHints(),
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
          groups: [{ name: 'app', test: isShellModule, includeDependenciesRecursively: false }],
        },
      },
    },
  },
  worker: {
    format: 'es',
    // V8's compile hint: the loader worker is started before a file is picked (when "Your data"
    // opens), and reading a file runs nearly all of it, so it is compiled whole while it waits rather
    // than function by function during the read (5–10 ms less of a 100,000-row read).
    rolldownOptions: { output: { postBanner: '//# allFunctionsCalledOnLoad' } },
  },
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
