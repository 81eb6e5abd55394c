/**
 * `npx tsx bench/ingest.ts [--runs N]`: the atlas' loader reading a user's participation list in
 * Chromium, as a person picks it in "Your data":
 * - 100,000 rows (read in the Web Worker: parse, header matching, names resolved, every check, rows
 *   sent back to the page), in rows per second against bare papaparse parsing the same file in a
 *   worker of a bare page (bench/reference/ingest.html) in the same run, alternating the two; the
 *   time from picked to listed (goal 2 s); the longest main-thread task while the worker reads;
 * - 10,000 rows picked on the map (read on the page): the time until the map draws them (goal
 *   300 ms), and the longest main-thread task meanwhile.
 * Prints `{figures}` for bench/run.ts.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../scripts/lib/chromium';
import { startStaticServer } from '../scripts/lib/staticServer';
import { makeFigure } from './lib/figures';
import { traceMainThread } from './lib/mainThreadTasks';
import { participationCsv } from './lib/participationCsv';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
const BIG = 100_000;
const SMALL = 10_000;

if (!existsSync('dist/index.html')) await build({ logLevel: 'warn' });
if (!existsSync('bench/dist/reference/ingest.html'))
  await build({ configFile: 'bench/reference/vite.config.ts' });
const csvFile = (rows: number) => ({
  name: `bench-${rows}.csv`,
  mimeType: 'text/csv',
  buffer: Buffer.from(participationCsv(rows)),
});
const big = csvFile(BIG);
const small = csvFile(SMALL);

const app = await startStaticServer({ root: 'dist', base: '/atlas/' });
const reference = await startStaticServer({ root: 'bench/dist/reference', base: '/reference/' });
const browser = await launchChromium();

interface Sample {
  /** Rows per second from the worker's start to its end (the big file only). */
  rowsPerSecond: number;
  /** From the file picked to its rows shown (listed, or drawn on the map), ms. */
  shown: number;
  longestDuring: number;
}

/** Marks 'lpa-ingest-shown' at the first frame after an element matching `selector` appears. */
const markWhenShown = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(sel)) return;
      observer.disconnect();
      requestAnimationFrame(() => performance.mark('lpa-ingest-shown'));
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, selector);

async function ours(b: Browser, file: typeof big, query: string, shownSelector: string): Promise<Sample> {
  const context = await b.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${app.url}${query}`);
    await page.locator('summary', { hasText: 'Your data' }).click();
    const input = page.locator('[data-drop-zone] input[type="file"]');
    await input.waitFor({ state: 'attached' });
    // A person takes at least this long to pick a file after opening the panel.
    await page.waitForTimeout(500);
    const listed = page.locator(`[data-user-file="${file.name}"]`);
    await markWhenShown(page, shownSelector);
    const trace = await traceMainThread(b, page, async () => {
      await input.setInputFiles(file);
      await listed.waitFor({ timeout: 120_000 });
      await page.waitForFunction(() => performance.getEntriesByName('lpa-ingest-shown').length > 0);
    });
    const rows = file === big ? BIG : SMALL;
    const text = await listed.textContent();
    if (!text?.includes(`${rows.toLocaleString('en')} of ${rows.toLocaleString('en')}`))
      throw new Error(`the app did not read every row: ${text}`);
    const picked = trace.mark('lpa-file-picked');
    const shown = trace.mark('lpa-ingest-shown');
    const worker = file === big ? [trace.mark('lpa-ingest-start'), trace.mark('lpa-ingest-end')] : undefined;
    return {
      rowsPerSecond: worker ? rows / ((worker[1]! - worker[0]!) / 1000) : NaN,
      shown: shown - picked,
      longestDuring: trace.longestTask(worker?.[0] ?? picked, worker?.[1] ?? shown),
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
    await page.locator('#file').setInputFiles(big);
    const output = page.locator('#result[data-ms]');
    await output.waitFor({ state: 'attached', timeout: 120_000 });
    const [rows, ms] = await output.evaluate((o) => [Number(o.dataset.rows), Number(o.dataset.ms)]);
    if (rows !== BIG) throw new Error(`papaparse read ${rows} rows`);
    return BIG / (ms! / 1000);
  } finally {
    await context.close();
  }
}

const bigRead = () => ours(browser, big, '?view=table&table=participation', `[data-user-file="${big.name}"]`);
// On the map of Seoul 2013, the file's rows are drawn as the user's.
const smallRead = () =>
  ours(browser, small, '?conference=seoul-2013', 'figure[data-chart="map"] [data-origin="user"]');

const bigSamples: Sample[] = [];
const smallSamples: Sample[] = [];
const bareSamples: number[] = [];
try {
  // Warm-up, not counted.
  await bare(browser);
  await bigRead();
  await smallRead();
  for (let i = 0; i < runs; i++)
    for (const who of i % 2 ? ['bare', 'ours'] : ['ours', 'bare']) {
      if (who === 'ours') bigSamples.push(await bigRead());
      else bareSamples.push(await bare(browser));
    }
  for (let i = 0; i < runs; i++) smallSamples.push(await smallRead());
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
    samples: bigSamples.map((s) => s.rowsPerSecond),
    reference: { label: 'bare papaparse in a worker', samples: bareSamples },
    goal: { on: 'ratio', at: 'least', limit: 0.5 },
  }),
  makeFigure({
    id: 'ingest-100k-picked-to-shown',
    label: '100,000 rows: from picked to listed as read, with progress and cancel',
    unit: 'ms',
    samples: bigSamples.map((s) => s.shown),
    goal: { on: 'value', at: 'most', limit: 2000 },
  }),
  makeFigure({
    id: 'ingest-longest-main-thread-task',
    label: 'Longest main-thread task while the worker reads 100,000 rows',
    unit: 'ms',
    samples: bigSamples.map((s) => s.longestDuring),
    goal: { on: 'value', at: 'most', limit: 50 },
  }),
  makeFigure({
    id: 'ingest-10k-picked-to-map',
    label: '10,000 rows picked on the map: until the map draws them',
    unit: 'ms',
    samples: smallSamples.map((s) => s.shown),
    goal: { on: 'value', at: 'most', limit: 300 },
  }),
  makeFigure({
    id: 'ingest-10k-longest-main-thread-task',
    label: 'Longest main-thread task while those 10,000 rows are read on the page and drawn',
    unit: 'ms',
    samples: smallSamples.map((s) => s.longestDuring),
  }),
];
console.log(JSON.stringify({ figures }, null, 2));
