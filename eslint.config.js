import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The layer rules (docs/ARCHITECTURE.md). Layers point one way: data ← query ← state / charts ←
// views ← App. Each rule names both spellings of an import, the `$lib/…` alias and a relative path,
// since either reaches the same file. (ESLint keeps only the last options given for a rule, so each
// group of files below gets the whole list of patterns that applies to it.)
const LIB_LAYERS = ['data', 'query', 'charts', 'text', 'export', 'format'];

// Other folders import a layer through its index.ts (`$lib/data`), never its inner files. (The map's
// width module is imported alone by the boot code, which must not load the charts.)
const deepImports = {
  group: ['$lib/*/*', '!$lib/charts/svelte', '!$lib/charts/loadWorld', '!$lib/charts/drawWidth'],
  message: 'Import a layer through its index ($lib/<layer>), not its inner files.',
};
const noSvelteStore = {
  group: ['svelte/store'],
  message: 'No svelte/store: state is the one runes store, src/lib/state/app.svelte.ts.',
};
// src/lib is the pure core: it never reaches up into the interface.
const noInterface = {
  caseSensitive: true,
  regex: String.raw`^\$(views|components)(/|$)|(^|/)(views|components)/|(^|/)App\.svelte$`,
  message: 'src/lib must not import views or components (the core does not know the interface).',
};
// …nor into the app store, whether through the state layer's index or the store's own file.
const noAppStore = {
  caseSensitive: true,
  regex: String.raw`^\$lib/state(/app\.svelte(\.ts)?|/index(\.ts)?)?$|(^|/)app\.svelte(\.ts)?$|^(\.\./)+state(/index(\.ts)?)?$`,
  message:
    'src/lib must not import the app store (src/lib/state/app.svelte.ts): take what it holds as arguments.',
};
// A relative path into another layer's inner files (`../data/parseTable`) is a deep import too.
const relativeDeep = {
  caseSensitive: true,
  regex: String.raw`^(\.\./)+(${['state', ...LIB_LAYERS].join('|')})/`,
  message: 'Import another layer through its index ($lib/<layer>), not a relative path to its inner files.',
};
// The interface reads data through `$lib/data` alone, never the parser's or validator's files.
const noDataInternals = {
  caseSensitive: true,
  regex: String.raw`^\$lib/data/|(^|/)lib/data/`,
  message: 'Views and components use $lib/data only, never the parsing internals (src/lib/data/*).',
};
const forbidLayers = (name, forbidden) =>
  forbidden.map((f) => ({
    caseSensitive: true,
    regex: String.raw`^\$lib/${f}(/|$)|^(\.\./)+${f}(/|$)`,
    message: `src/lib/${name} must not depend on ${f} (layers point one way).`,
  }));

const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: [deepImports, noSvelteStore, ...patterns] }] },
});
const layer = (name, forbidden) =>
  restrict(
    [`src/lib/${name}/**/*.ts`, `src/lib/${name}/**/*.svelte`],
    [noInterface, noAppStore, relativeDeep, ...forbidLayers(name, forbidden)],
  );
// Dynamic imports are not seen by no-restricted-imports: the core may not load the interface that way either.
const noDynamicInterface = {
  files: ['src/lib/**/*.ts', 'src/lib/**/*.svelte'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: String.raw`ImportExpression > Literal[value=/^\$(views|components)\u002F|(^|\u002F)(views|components)\u002F/]`,
        message: 'src/lib must not import views or components (the core does not know the interface).',
      },
    ],
  },
};

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [deepImports, noSvelteStore] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  layer('data', ['query', 'state', 'charts', 'text', 'export']),
  layer('query', ['state', 'charts', 'export']),
  layer('charts', ['state']),
  layer('text', ['query', 'state', 'charts', 'export']),
  layer('export', ['state']),
  layer('format', ['state']),
  // The page's languages are the lowest layer: every other may use them, they use none.
  layer('i18n', ['data', 'query', 'state', 'charts', 'text', 'export', 'format']),
  // The state layer may hold the store; only its index re-exports it, and nothing else in it imports it.
  restrict(['src/lib/state/**/*.ts'], [noInterface, noAppStore, relativeDeep], ['src/lib/state/index.ts']),
  restrict(['src/lib/state/index.ts'], [noInterface, relativeDeep]),
  restrict(['src/views/**', 'src/components/**', 'src/*.ts', 'src/*.svelte'], [noDataInternals]),
  noDynamicInterface,
  {
    ignores: ['dist/', 'bench/dist/', 'node_modules/', 'test/output/', 'coverage/', 'test-results/', 'tmp/'],
  },
);
