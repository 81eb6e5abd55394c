/**
 * Filter latency in Chromium: the time from a filter change (a change event on a filter control) to
 * every visible view updated: Svelte's batch flushed (microtasks), then style and layout forced, so
 * what is measured is the work a person waits for, without the wait for the next vsync.
 *
 * Data can be swapped for synthetic data: the bundled data is two lazily loaded chunks of validated
 * rows (`assets/first-<hash>.js`, `assets/rest-<hash>.js`), so their requests are answered with the
 * synthetic rows (bench/synthetic.ts `bundledModules`) and the page links them as it does its own.
 */
import type { Browser } from 'playwright-core';

export interface FilterLatencyOptions {
  /** Query string of the view to measure, e.g. "?view=table". */
  search: string;
  /** Replacement module text for the two bundled-data chunks (bench/synthetic.ts `bundledModules`). */
  modules?: { first: string; rest: string };
  /** How many conferences the data holds: checked in the page, so a swap that failed is caught. */
  conferences: number;
  /** Changes to time; each alternates the region filter between two values. */
  changes: number;
  /** CPU throttling rate through the DevTools protocol (1 = none). */
  cpuThrottle?: number;
}

export interface FilterLatency {
  /** Every sample in ms, one per filter change (the first, a warm-up, is dropped). */
  samples: number[];
  /** The page's JS heap once the data is loaded and the view drawn, after a garbage collection (bytes). */
  heapBytes: number;
}

export async function measureFilterLatency(
  browser: Browser,
  baseUrl: string,
  options: FilterLatencyOptions,
): Promise<FilterLatency> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    if (options.cpuThrottle && options.cpuThrottle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    }
    for (const [part, body] of Object.entries(options.modules ?? {}))
      await page.route(new RegExp(`/assets/${part}-[\\w-]+\\.js$`), (route) =>
        route.fulfill({ contentType: 'text/javascript', body }),
      );
    await page.goto(`${baseUrl}${options.search}`, { waitUntil: 'load' });
    // Ready when the data is in (the summary counts conferences) and the view has drawn.
    await page
      .locator('[data-view-summary]')
      .filter({ hasText: /conference/ })
      .waitFor({ timeout: 120_000 });
    await page.locator('figure[data-chart] svg, [data-view-ready], [data-planned]').first().waitFor();
    const shown = await page.locator('[data-filter="conference"] input').count();
    if (shown !== options.conferences)
      throw new Error(`the page has ${shown} conferences, the data ${options.conferences}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize: heapBytes } = await cdp.send('Runtime.getHeapUsage');
    const samples: number[] = [];
    for (let i = 0; i <= options.changes; i++) {
      const region = i % 2 ? '' : 'Europe';
      const ms = await page.evaluate(async (value) => {
        const select = document.querySelector<HTMLSelectElement>('[data-filter="region"] select')!;
        const summary = document.querySelector('[data-view-summary]')!;
        const before = summary.textContent;
        const t0 = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // Svelte flushes its batch in a microtask; a macrotask runs after every microtask.
        await new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
        void document.body.offsetHeight;
        const t1 = performance.now();
        if (summary.textContent === before) throw new Error('the filter change did not update the view');
        return t1 - t0;
      }, region);
      if (i > 0) samples.push(ms);
      // Let the page paint and settle before the next change.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20))));
    }
    return { samples, heapBytes };
  } finally {
    await context.close();
  }
}
