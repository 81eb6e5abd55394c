/**
 * `npx tsx bench/ingest.ts [--runs N]`: the atlas' loader reading 100,000 participation rows from a
 * picked file, in its Web Worker in Chromium (read, parse, header matching, country and date
 * resolution, every check, rows sent back to the page), in rows per second, against bare papaparse
 * parsing the same file in a worker of a bare page (bench/reference/ingest.html) in the same run,
 * alternating the two. Also the longest main-thread task while the worker runs (goal under 50 ms),
 * and until the rows are shown (linking 100,000 more rows into the dataset and redrawing; no goal).
 * Prints `{figures}` for bench/run.ts.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../scripts/lib/chromium';
import { startStaticServer } from '../scripts/lib/staticServer';
import { makeFigure } from './lib/figures';
import { traceMainThread } from './lib/mainThreadTasks';
import { participationCsv } from './lib/participationCsv';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
const ROWS = 100_000;

if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
if (!existsSync('bench/dist/reference/ingest.html'))
  await build({ configFile: 'bench/reference/vite.config.ts' });
const file = { name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(participationCsv(ROWS)) };

const app = await startStaticServer({ root: 'dist', base: '/atlas/' });
const reference = await startStaticServer({ root: 'bench/dist/reference', base: '/reference/' });
const browser = await launchChromium();

interface OursSample {
  rowsPerSecond: number;
  longestDuring: number;
  longestUntilShown: number;
}

async function ours(b: Browser): Promise<OursSample> {
  const context = await b.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${app.url}?view=table&table=participation`);
    await page.locator('summary', { hasText: 'Your data' }).click();
    const input = page.locator('[data-drop-zone] input[type="file"]');
    await input.waitFor({ state: 'attached' });
    // A person takes at least this long to pick a file after opening the panel.
    await page.waitForTimeout(500);
    const listed = page.locator(`[data-user-file="${file.name}"]`);
    const trace = await traceMainThread(b, page, async () => {
      await input.setInputFiles(file);
      await listed.waitFor({ timeout: 120_000 });
      await page.evaluate(() => performance.mark('lpa-ingest-shown'));
    });
    const text = await listed.textContent();
    if (!text?.includes(`${ROWS.toLocaleString('en')} of ${ROWS.toLocaleString('en')}`))
      throw new Error(`the app did not read every row: ${text}`);
    const [start, end, shown] = ['lpa-ingest-start', 'lpa-ingest-end', 'lpa-ingest-shown'].map((m) =>
      trace.mark(m),
    ) as [number, number, number];
    return {
      rowsPerSecond: ROWS / ((end - start) / 1000),
      longestDuring: trace.longestTask(start, end),
      longestUntilShown: trace.longestTask(start, shown),
    };
  } finally {
    await context.close();
  }
}

async function bare(b: Browser): Promise<number> {
  const context = await b.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${reference.url}ingest.html`);
    await page.locator('#file').setInputFiles(file);
    const output = page.locator('#result[data-ms]');
    await output.waitFor({ state: 'attached', timeout: 120_000 });
    const [rows, ms] = await output.evaluate((o) => [Number(o.dataset.rows), Number(o.dataset.ms)]);
    if (rows !== ROWS) throw new Error(`papaparse read ${rows} rows`);
    return ROWS / (ms! / 1000);
  } finally {
    await context.close();
  }
}

const samples: OursSample[] = [];
const bareSamples: number[] = [];
try {
  // Warm-up, not counted.
  await bare(browser);
  await ours(browser);
  for (let i = 0; i < runs; i++)
    for (const who of i % 2 ? ['bare', 'ours'] : ['ours', 'bare']) {
      if (who === 'ours') samples.push(await ours(browser));
      else bareSamples.push(await bare(browser));
    }
} finally {
  await browser.close();
  await app.close();
  await reference.close();
}

const figures = [
  makeFigure({
    id: 'ingest-rows-per-second',
    label: 'Parse and validate 100,000 participation rows in the Web Worker (Chromium), rows per second',
    unit: 'rows/s',
    samples: samples.map((s) => s.rowsPerSecond),
    reference: { label: 'bare papaparse in a worker', samples: bareSamples },
    goal: { on: 'ratio', at: 'least', limit: 0.7 },
  }),
  makeFigure({
    id: 'ingest-longest-main-thread-task',
    label: 'Longest main-thread task while the worker reads them',
    unit: 'ms',
    samples: samples.map((s) => s.longestDuring),
    goal: { on: 'value', at: 'most', limit: 50 },
  }),
  makeFigure({
    id: 'ingest-longest-main-thread-task-until-shown',
    label: 'Longest main-thread task until the 100,000 rows are shown (linking and redrawing)',
    unit: 'ms',
    samples: samples.map((s) => s.longestUntilShown),
  }),
];
console.log(JSON.stringify({ figures }, null, 2));
