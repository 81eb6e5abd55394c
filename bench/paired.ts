/**
 * `npx tsx bench/paired.ts [--runs N] [--without NAME,...]`: is a build-time optimisation worth
 * keeping? Builds the app as it is and once without each named optimisation (each build its own
 * dist under bench/dist/paired/), serves them all, and loads them in turn in Chromium, round after
 * round (the order rotated each round so drift on a busy machine hits every build alike), unthrottled
 * and at 4x CPU. Prints, for each build, the median time from navigation to the map drawn, the bytes
 * until then, and the median of its paired ratios to the full build (the same round's loads), as JSON.
 *
 * Optimisations (NAME): the Vite plugins by name (compile-hints, preload, plot-own-d3, d3-pure) and
 * `shell-chunk` (the one `app` chunk of modules every view shares, build.rolldownOptions).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build, type InlineConfig, type PluginOption } from 'vite';
import config from '../vite.config.ts';
import { launchChromium } from '../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../scripts/lib/staticServer';
import { measureLoad } from './lib/pageLoad';

const PLUGIN_NAMES: Record<string, string> = {
  'compile-hints': 'lpa-compile-hints',
  preload: 'lpa-preload-every-view',
  'plot-own-d3': 'plot-own-d3',
  'd3-pure': 'atlas:d3-pure',
};
const ALL = [...Object.keys(PLUGIN_NAMES), 'shell-chunk'];

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, without: { type: 'string', default: ALL.join(',') } },
});
const runs = Math.max(1, Number(values.runs));
const variants = ['full', ...values.without.split(',').filter(Boolean)];
for (const v of variants.slice(1))
  if (!ALL.includes(v)) throw new Error(`unknown optimisation ${v}: one of ${ALL.join(', ')}`);

const APP_DRAWN = 'figure[data-chart="map"] svg [data-iso3]';

function flat(plugins: PluginOption[]): PluginOption[] {
  return plugins.flatMap((p) => (Array.isArray(p) ? flat(p) : [p]));
}

/** The project's own config, less one optimisation. */
function configWithout(name: string): InlineConfig {
  const base = config as InlineConfig;
  const plugins = flat(base.plugins ?? []).filter(
    (p) => !(p && typeof p === 'object' && 'name' in p && p.name === PLUGIN_NAMES[name]),
  );
  const rolldownOptions =
    name === 'shell-chunk' ? { ...base.build?.rolldownOptions, output: {} } : base.build?.rolldownOptions;
  return {
    ...base,
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: { ...base.build, rolldownOptions, outDir: `bench/dist/paired/${name}`, emptyOutDir: true },
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

for (const v of variants) await build(configWithout(v));
const servers: StaticServer[] = [];
for (const v of variants)
  servers.push(await startStaticServer({ root: `bench/dist/paired/${v}`, base: '/atlas/' }));
const browser = await launchChromium();
const times: Record<string, { fast: number[]; slow: number[]; kB: number[] }> = {};
for (const v of variants) times[v] = { fast: [], slow: [], kB: [] };
try {
  for (const server of servers) await measureLoad(browser, server.url, APP_DRAWN);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (k + round) % variants.length;
      const url = servers[i]!.url;
      const sample = await measureLoad(browser, url, APP_DRAWN);
      times[variants[i]!]!.fast.push(sample.drawnMs);
      times[variants[i]!]!.kB.push(sample.bytes / 1000);
      times[variants[i]!]!.slow.push(
        (await measureLoad(browser, url, APP_DRAWN, { cpuThrottle: 4 })).drawnMs,
      );
    }
    process.stderr.write(`round ${round + 1}/${runs}\n`);
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}

const full = times.full!;
const result = variants.map((v) => {
  const t = times[v]!;
  const ratio = (xs: number[], ref: number[]): number => median(xs.map((x, i) => x / ref[i]!));
  return {
    build: v === 'full' ? 'full' : `without ${v}`,
    medianMs: Math.round(median(t.fast)),
    medianMsCpu4x: Math.round(median(t.slow)),
    kB: Math.round(median(t.kB)),
    pairedRatio: Number(ratio(t.fast, full.fast).toFixed(3)),
    pairedRatioCpu4x: Number(ratio(t.slow, full.slow).toFixed(3)),
  };
});
const date = new Date().toISOString();
console.log(JSON.stringify({ date, runs, result }, null, 2));
if (runs >= 5) {
  const rows = result.map(
    (r) =>
      `| ${r.build} | ${r.medianMs} ms | ${r.pairedRatio.toFixed(2)}× | ${r.medianMsCpu4x} ms | ${r.pairedRatioCpu4x.toFixed(2)}× | ${r.kB} kB |`,
  );
  const table = [
    `Measured ${date.slice(0, 10)}, ${runs} rounds; ratios are the median of each round's load over the full build's.`,
    '',
    '| build | map drawn | paired ratio | at 4x CPU | paired ratio | bytes (gzip) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  const readme = readFileSync('bench/README.md', 'utf8');
  writeFileSync(
    'bench/README.md',
    readme.replace(
      /<!-- paired:start -->[\s\S]*<!-- paired:end -->/,
      `<!-- paired:start -->\n${table}\n<!-- paired:end -->`,
    ),
  );
}
