/**
 * What the first view needs, declared once. Read by:
 * - vite.config.ts: the shell chunk (`SHELL`) and what the page lists as `modulepreload` (`BOOT`);
 * - scripts/lib/bundledTablesPlugin.ts: which tables come in the first data chunk (`FIRST_TABLES`);
 * - src/main.ts: which view the URL opens (`firstViewOf`), so the map's own files start at once;
 * - src/mountApp.ts: how long the first view's parts are waited for (`FIRST_VIEW_WAIT_MS`);
 * - test/e2e/firstView.spec.ts: builds nothing itself but reads dist/, and fails when the chunks
 *   the page loads for its first view hold a module this file does not declare (or lose one it does).
 * Module paths are from the project root; a `*` stands for any part of one file name, `**` for any
 * folders. The entry (src/main.ts) imports only this file's small functions and constants.
 */

/** The tables the first view is drawn from, in the first data chunk; the others follow when idle. */
export const FIRST_TABLES: readonly string[] = ['conferences', 'claims', 'participation'];

/** At most this long (ms) the page waits for its first view's parts before it shows what it has. */
export const FIRST_VIEW_WAIT_MS = 1000;

/**
 * The view the URL opens, read directly (the app's own parser is in the shell chunk, which the entry
 * does not wait for). A wrong guess only costs a prefetch.
 */
export function firstViewOf(params: URLSearchParams): string {
  return params.get('embed') || params.get('view') || params.get('tab') || 'map';
}

/** The entry chunk: the boot code and the few constants it reads (and the stylesheet). */
export const ENTRY: readonly string[] = [
  'src/main.ts',
  'src/firstView.ts',
  'src/lib/charts/drawWidth.ts',
  'src/lib/charts/outlines.ts',
];

/**
 * Listed in the page as `modulepreload`, with what they import: the boot module and the first
 * tables (the entry imports them dynamically, to start the map's own files at the same time).
 * Module ids as the bundler names them.
 */
export const BOOT: readonly string[] = ['src/mountApp.ts', '\0virtual:bundled-tables/first'];

/** What the boot module's own chunk holds (mountApp.ts itself is in the shell). */
export const BOOT_CHUNK: readonly string[] = ['src/views/loadView.ts'];

/**
 * The shell: what every view needs, whichever opens first (the Svelte runtime, the store, the page
 * around the views, the parts every chart shares), built into one chunk, `app`, rather than the dozen
 * small ones automatic splitting makes of modules shared by different sets of views: on an HTTP/1.1
 * host each costs a request.
 */
export const SHELL_CHUNK = 'app';
export const SHELL: readonly string[] = [
  'node_modules/svelte/**',
  'node_modules/clsx/**',
  'node_modules/d3-array/**/*.mjs',
  // The map draws its markers with d3-shape's symbols, as do the matrix, the legends and Plot: in the
  // shell it is one file for all, rather than a chunk the bundler names after whichever module
  // it lands beside.
  'node_modules/d3-shape/**/*.mjs',
  'node_modules/d3-path/**/*.mjs',
  'src/App.svelte',
  'src/mountApp.ts',
  'src/components/{AppFooter,Notices,ViewFailed,SchemeToggle,LanguageMenu,ViewTabs,ChartFigure,CopyButton}.svelte',
  'src/components/filters/*.svelte',
  'src/components/data/DataPanel.svelte',
  'src/lib/state/{app.svelte,preferences.svelte,urlState,bundled,idle,index}.ts',
  'src/lib/format/*.ts',
  // The language machinery (English words come with the modules that show them; the other languages
  // are chunks of their own, loaded when asked for).
  'src/lib/i18n/{index,langs,current,numbers,translate,english,names,load}.ts',
  'src/lib/data/{issues,countries,dates,dataset}.ts',
  'src/lib/data/generated/countries.json',
  'src/lib/query/{filters,resolveFilters,applyFilters,summary,chips,selectMap,selectSources}.ts',
  'src/lib/charts/palette.ts',
];

/** A path pattern as a regular expression over a module id's end (`/`-separated, no query). */
export function pathPattern(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (glob.startsWith('**/', i)) {
      source += '(?:[^?]*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '[^?]*';
      i += 1;
    } else if (c === '*') source += '[^/?]*';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',') source += '|';
    else source += c.replace(/[.+^$()|[\]\\?]/g, '\\$&');
  }
  return new RegExp(`(?:^|/)${source}$`);
}

/** Whether a module id matches one of `globs` (ids with a query, such as Plot's own d3, never do). */
export function matchesAny(globs: readonly string[]): (id: string) => boolean {
  const patterns = globs.map(pathPattern);
  return (id) => {
    const path = id.replace(/\\/g, '/');
    return patterns.some((p) => p.test(path));
  };
}
