import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Layers point one way: data ← query ← state / charts ← views ← App. Other folders import a layer
// through its index.ts (`$lib/data`), never its inner files.
const deepImports = {
  // (The map's width module is imported alone by the boot code, which must not load the charts.)
  group: ['$lib/*/*', '!$lib/charts/svelte', '!$lib/charts/loadWorld', '!$lib/charts/drawWidth'],
  message: 'Import a layer through its index ($lib/<layer>), not its inner files.',
};
const layer = (name, forbidden) => ({
  files: [`src/lib/${name}/**/*.ts`, `src/lib/${name}/**/*.svelte`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          deepImports,
          ...forbidden.map((f) => ({
            group: [`$lib/${f}`, `$lib/${f}/*`, '$components/*', '$views/*'],
            message: `src/lib/${name} must not depend on ${f} (layers point one way).`,
          })),
        ],
      },
    ],
  },
});

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: [deepImports] }],
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
  {
    ignores: ['dist/', 'bench/dist/', 'node_modules/', 'test/output/', 'coverage/', 'test-results/', 'tmp/'],
  },
);
