/**
 * `npx tsx bench/filters.ts [--runs N]`: filter latency (a filter change to every visible view
 * updated) on the map and table views, with the bundled data and with synthetic data 100x larger,
 * in Chromium, and the page's JS heap with each once loaded. Prints `{figures}` for bench/run.ts
 * (which calls it); goals 16 ms at 1x, 50 ms at 100x (the heap has no goal: it is there to watch).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { loadTables } from '../src/lib/data/index.ts';
import { launchChromium } from '../scripts/lib/chromium';
import { readBundledSources } from '../scripts/lib/readBundled';
import { startStaticServer } from '../scripts/lib/staticServer';
import { makeFigure, type Figure } from './lib/figures';
import { measureFilterLatency } from './lib/filterLatency';
import { bundledModules, syntheticSources } from './synthetic';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const changes = Math.max(4, Number(values.runs) * 4);

if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
const bundled = readBundledSources();
const synthetic = syntheticSources(bundled, 100);
const big = bundledModules(synthetic);
const conferencesIn = (sources: typeof bundled): number =>
  loadTables(sources.filter((s) => s.kind === 'conferences')).dataset.conferences.length;
const server = await startStaticServer({ root: 'dist', base: '/atlas/' });
const browser = await launchChromium();
const figures: Figure[] = [];
const heaps: Record<string, number> = {};
try {
  for (const [view, search] of [
    ['map', ''],
    ['table', '?view=table'],
  ] as const)
    for (const [scale, modules, limit, conferences] of [
      ['1x', undefined, 16, conferencesIn(bundled)],
      ['100x', big, 50, conferencesIn(synthetic)],
    ] as const) {
      const { samples, heapBytes } = await measureFilterLatency(browser, server.url, {
        search,
        modules,
        changes,
        conferences,
      });
      figures.push(
        makeFigure({
          id: `filter-latency-${view}-${scale}`,
          label: `Filter change to ${view} view updated, ${scale === '1x' ? 'bundled data' : 'synthetic data 100x'}`,
          unit: 'ms',
          samples,
          goal: { on: 'value', at: 'most', limit },
        }),
      );
      if (view === 'map') heaps[scale] = heapBytes / 1e6;
    }
  figures.push(
    makeFigure({
      id: 'heap-100x',
      label: 'JS heap after loading the synthetic data 100x (map view, after GC)',
      unit: 'MB',
      samples: [heaps['100x']!],
      reference: { label: 'the same page with the bundled data', samples: [heaps['1x']!] },
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify({ figures }, null, 2));
