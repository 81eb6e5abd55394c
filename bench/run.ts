/**
 * `npm run bench [-- --quick]`: builds the app and a reference page (a bare Plot world map), serves
 * both, and measures them side by side in Chromium, alternating the two, median of 5 runs each
 * (1 with --quick). Writes bench/results.json and the table in bench/README.md, and exits non-zero
 * when a figure misses its goal, naming it (--quick never fails on goals: it runs inside `npm test`
 * so the benchmark cannot rot, and its figures are not asserted there).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launchChromium } from '../scripts/lib/chromium';
import { startStaticServer } from '../scripts/lib/staticServer';
import { describeGoal, makeFigure, type Figure } from './lib/figures';
import { measureLoad, type LoadSample } from './lib/pageLoad';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, runs: { type: 'string' } },
});
const quick = values.quick ?? false;
const runs = Number(values.runs ?? (quick ? 1 : 5));

const APP_DRAWN = 'figure[data-chart="map"] svg [data-iso3]';
const REFERENCE_DRAWN = '#map svg [aria-label="geo"] path';

// The last commit before the page spoke six languages (issue 27): its English first view is what
// the languages' cost is measured against, built from the same history in the same run.
const BEFORE_LANGUAGES = '6b2f766';
const BEFORE_DIR = 'bench/dist/before-languages';

/** Builds the atlas as it was before the languages, in a worktree; false when git cannot. */
function buildBeforeLanguages(): boolean {
  const tree = mkdtempSync(join(tmpdir(), 'atlas-before-languages-'));
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
  if (git('worktree', 'add', '--detach', tree, BEFORE_LANGUAGES).status !== 0) return false;
  try {
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'), 'dir');
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', resolve(BEFORE_DIR)], {
      cwd: tree,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return built.status === 0;
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}

async function pageFigures(): Promise<Figure[]> {
  await build({ logLevel: 'warn' });
  await build({ configFile: 'bench/reference/vite.config.ts' });
  const before = buildBeforeLanguages()
    ? await startStaticServer({ root: BEFORE_DIR, base: '/atlas/' })
    : undefined;
  const app = await startStaticServer({ root: 'dist', base: '/atlas/' });
  const reference = await startStaticServer({ root: 'bench/dist/reference', base: '/reference/' });
  const browser = await launchChromium();
  const samples = {
    app: [] as LoadSample[],
    ref: [] as LoadSample[],
    appSlow: [] as LoadSample[],
    refSlow: [] as LoadSample[],
    before: [] as LoadSample[],
    french: [] as LoadSample[],
  };
  try {
    // Warm-up (not counted): the first Chromium page pays for process start-up.
    await measureLoad(browser, reference.url, REFERENCE_DRAWN);
    await measureLoad(browser, app.url, APP_DRAWN);
    for (let i = 0; i < runs; i++) {
      // Alternate, and swap who goes first each round, so drift on a noisy machine hits both alike.
      const order = i % 2 ? (['ref', 'app'] as const) : (['app', 'ref'] as const);
      for (const who of order) {
        const url = who === 'app' ? app.url : reference.url;
        const selector = who === 'app' ? APP_DRAWN : REFERENCE_DRAWN;
        samples[who].push(await measureLoad(browser, url, selector));
        samples[who === 'app' ? 'appSlow' : 'refSlow'].push(
          await measureLoad(browser, url, selector, { cpuThrottle: 4 }),
        );
      }
      if (before) samples.before.push(await measureLoad(browser, before.url, APP_DRAWN));
      samples.french.push(await measureLoad(browser, `${app.url}?lang=fr`, APP_DRAWN));
    }
  } finally {
    await browser.close();
    await app.close();
    await reference.close();
    await before?.close();
  }
  const bytes = (xs: LoadSample[]) => xs.map((s) => s.bytes / 1000);
  const languages: Figure[] = [
    makeFigure({
      id: 'page-bytes-french',
      label: 'Bytes until the map is drawn in French (gzip): the English page, and a language’s own words',
      unit: 'kB',
      samples: bytes(samples.french),
      reference: { label: 'the same page in English', samples: bytes(samples.app) },
    }),
  ];
  if (before)
    languages.unshift(
      makeFigure({
        id: 'page-bytes-languages',
        label: 'Bytes until the map is drawn in English (gzip), over the page built before the six languages',
        unit: 'kB',
        samples: bytes(samples.app).map((b, i) => b - (bytes(samples.before)[i] ?? NaN)),
        goal: { on: 'value', at: 'most', limit: 3 },
        note: `this page less the same page built at ${BEFORE_LANGUAGES}, before the languages, in the same run`,
      }),
    );
  const ref = 'bare Plot world map';
  return [
    ...languages,
    makeFigure({
      id: 'page-bytes',
      label: 'Bytes over the wire until the map is drawn (gzip)',
      unit: 'kB',
      samples: samples.app.map((s) => s.bytes / 1000),
      reference: { label: ref, samples: samples.ref.map((s) => s.bytes / 1000) },
      goal: { on: 'ratio', at: 'most', limit: 1.3 },
    }),
    makeFigure({
      id: 'load-time',
      label: 'Navigation to map drawn',
      unit: 'ms',
      samples: samples.app.map((s) => s.drawnMs),
      reference: { label: ref, samples: samples.ref.map((s) => s.drawnMs) },
      goal: { on: 'ratio', at: 'most', limit: 1.3 },
    }),
    makeFigure({
      id: 'load-time-cpu4x',
      label: 'Navigation to map drawn, CPU throttled 4x',
      unit: 'ms',
      samples: samples.appSlow.map((s) => s.drawnMs),
      reference: { label: ref, samples: samples.refSlow.map((s) => s.drawnMs) },
      goal: { on: 'ratio', at: 'most', limit: 1.3 },
    }),
  ];
}

/** Runs another bench script that prints {figures} as JSON (filters, ingest, analyser). */
function scriptFigures(script: string): Figure[] {
  if (!existsSync(script)) return [];
  const result = spawnSync('npx', ['tsx', script, '--runs', String(runs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status})`);
  const start = result.stdout.indexOf('{');
  return (JSON.parse(result.stdout.slice(start)) as { figures: Figure[] }).figures;
}

const round = (x: number): string =>
  Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);

function table(figures: Figure[]): string {
  const rows = figures.map((f) =>
    [
      f.label,
      `${round(f.value)} ${f.unit}`,
      f.reference ? `${round(f.reference.value)} ${f.unit} (${f.reference.label})` : '',
      f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : '',
      describeGoal(f),
      f.pass === undefined ? '' : f.pass ? 'met' : '**missed**',
    ].join(' | '),
  );
  return [
    '| figure | value | reference | ratio | goal | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

const figures: Figure[] = [...(await pageFigures())];
for (const script of ['bench/filters.ts', 'bench/ingest.ts', 'bench/analyser.ts'])
  figures.push(...scriptFigures(script));

const machine = `${process.platform} ${process.arch}, Node ${process.version}`;
const results = { date: new Date().toISOString(), quick, runs, machine, figures };
console.log(`\n${table(figures)}\n`);
if (!quick) {
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  const readme = readFileSync('bench/README.md', 'utf8');
  const marked = readme.replace(
    /<!-- results:start -->[\s\S]*<!-- results:end -->/,
    `<!-- results:start -->\nMeasured ${results.date.slice(0, 10)} on ${machine}, median of ${runs} runs each.\n\n${table(figures)}\n<!-- results:end -->`,
  );
  writeFileSync('bench/README.md', marked);
}
const missed = figures.filter((f) => f.pass === false);
if (missed.length)
  console.log(`Missed goals: ${missed.map((f) => `${f.id} (${describeGoal(f)})`).join(', ')}`);
process.exit(!quick && missed.length ? 1 : 0);
