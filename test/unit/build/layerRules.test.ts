/**
 * The layer rules of eslint.config.js, each seen to fire on a file that breaks it and to stay quiet
 * on one that keeps it: the project's own ESLint config, run on text as if it were that file.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The layer-rule messages ESLint gives for `code` as the file `filePath`. */
async function layerMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}
/** Every message (any rule) for `code` as `filePath`: a file keeping the rules gets none. */
async function allMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}
const svelte = (script: string): string =>
  `<!-- @component A test file. -->\n<script lang="ts">\n${script}\n</script>\n`;

const cases: { rule: string; file: string; breaking: string[]; keeping: string; fires: RegExp }[] = [
  {
    rule: 'src/lib never imports views or components',
    file: 'src/lib/query/layerProbe.ts',
    breaking: [
      "export { default } from '$views/MapView.svelte';",
      "export { default } from '../../views/MapView.svelte';",
      "export { default } from '$components/ChartFigure.svelte';",
      "export { default } from '../../components/ChartFigure.svelte';",
      "export { default } from '../../App.svelte';",
      "export const view = (): Promise<unknown> => import('../../views/MapView.svelte');",
    ],
    keeping: "export { readTable } from '$lib/data';",
    fires: /src\/lib must not import views or components/,
  },
  {
    rule: 'src/lib never imports the app store',
    file: 'src/lib/charts/layerProbe.ts',
    breaking: [
      "export { app } from '$lib/state';",
      "export { app } from '$lib/state/app.svelte';",
      "export { app } from '../state/app.svelte';",
      "export { app } from '../state';",
    ],
    keeping: "export { palette } from './palette';",
    fires: /must not (import the app store|depend on state)/,
  },
  {
    rule: 'inside the state layer, only its index re-exports the store',
    file: 'src/lib/state/layerProbe.ts',
    breaking: ["export { app } from './app.svelte';", "export { app } from './app.svelte.ts';"],
    keeping: "export { whenIdle } from './idle';",
    fires: /must not import the app store/,
  },
  {
    rule: 'views and components never import the parsing internals',
    file: 'src/views/LayerProbe.svelte',
    breaking: [
      "import { parseTable } from '$lib/data/parseTable'; console.log(parseTable);",
      "import { parseTable } from '../lib/data/parseTable'; console.log(parseTable);",
      "import { validateRows } from '../lib/data/validateTable.ts'; console.log(validateRows);",
    ],
    keeping: "import { readTable } from '$lib/data'; console.log(readTable);",
    fires: /use \$lib\/data only|through its index/,
  },
  {
    rule: 'components never import the parsing internals, by a relative path either',
    file: 'src/components/data/LayerProbe.svelte',
    breaking: ["import { readTable } from '../../lib/data/parseTable'; console.log(readTable);"],
    keeping: "import { readTable } from '$lib/data'; console.log(readTable);",
    fires: /use \$lib\/data only/,
  },
  {
    rule: 'a layer reaches another through its index, by alias or relative path',
    file: 'src/lib/query/layerProbe.ts',
    breaking: [
      "export { parseTable } from '$lib/data/parseTable';",
      "export { parseTable } from '../data/parseTable';",
    ],
    keeping: "export { parseTable } from '$lib/data';",
    fires: /not (its inner files|a relative path to its inner files)/,
  },
  {
    rule: 'the languages layer is the lowest: it imports no other layer',
    file: 'src/lib/i18n/layerProbe.ts',
    breaking: [
      "export { formatDate } from '$lib/format';",
      "export { countryName } from '$lib/data';",
      "export { formatDate } from '../format';",
    ],
    keeping: "export { t } from './translate';",
    fires: /src\/lib\/i18n must not depend on/,
  },
  {
    rule: 'no svelte/store anywhere',
    file: 'src/components/LayerProbe.svelte',
    breaking: ["import { writable } from 'svelte/store'; console.log(writable);"],
    keeping: "import { MediaQuery } from 'svelte/reactivity'; console.log(MediaQuery);",
    fires: /No svelte\/store/,
  },
  {
    rule: 'no svelte/store in the core either',
    file: 'src/lib/state/layerProbe.ts',
    breaking: ["export { writable } from 'svelte/store';"],
    keeping: "export { MediaQuery } from 'svelte/reactivity';",
    fires: /No svelte\/store/,
  },
];

const wrap = (file: string, code: string): string => (file.endsWith('.svelte') ? svelte(code) : `${code}\n`);

// The first lint loads ESLint's plugins and parsers: seconds on a busy machine.
describe('layer rules (eslint.config.js)', { timeout: 60_000 }, () => {
  for (const c of cases) {
    describe(c.rule, () => {
      test.each(c.breaking)(`fires in ${c.file} on %s`, async (code) => {
        const messages = await layerMessages(wrap(c.file, code), c.file);
        expect(messages.length, messages.join('\n')).toBeGreaterThan(0);
        expect(messages.join('\n')).toMatch(c.fires);
      });
      test(`a file keeping it passes: ${c.keeping}`, async () => {
        expect(await allMessages(wrap(c.file, c.keeping), c.file)).toEqual([]);
      });
    });
  }
});
