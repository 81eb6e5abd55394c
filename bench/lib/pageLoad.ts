/**
 * Measures one page load in Chromium: bytes over the wire (gzip, headers included, cache disabled)
 * until the chart is drawn, and the time from navigation start to the chart being drawn (observed in
 * the page by a MutationObserver, so the test harness adds no polling delay). Optional CPU throttling
 * through the DevTools protocol.
 */
import type { Browser } from 'playwright-core';

export interface LoadSample {
  bytes: number;
  drawnMs: number;
  requests: number;
}

export async function measureLoad(
  browser: Browser,
  url: string,
  selector: string,
  options: { cpuThrottle?: number; width?: number } = {},
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (options.cpuThrottle && options.cpuThrottle > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    let bytes = 0;
    let requests = 0;
    let frozen: { bytes: number; requests: number } | undefined;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      requests++;
    });
    let resolveDrawn: (t: number) => void = () => undefined;
    const drawn = new Promise<number>((resolve) => (resolveDrawn = resolve));
    await page.exposeFunction('__benchDrawn', (t: number) => {
      frozen ??= { bytes, requests };
      resolveDrawn(t);
    });
    // A string script (not a function with an argument) so the selector is baked in verbatim.
    await page.addInitScript(`(() => {
      const selector = ${JSON.stringify(selector)};
      let done = false;
      const check = () => {
        if (done || !document.querySelector(selector)) return;
        done = true;
        observer.disconnect();
        window.__benchDrawn(performance.now());
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true });
    })();`);
    await page.goto(url, { waitUntil: 'commit' });
    const drawnMs = await Promise.race([
      drawn,
      new Promise<number>((_, reject) =>
        setTimeout(() => reject(new Error(`timed out waiting for ${selector} at ${url}`)), 60_000),
      ),
    ]);
    // The protocol delivers a resource's loadingFinished before the page can use it, so the counts
    // frozen when the page reports the drawing are the bytes the drawing needed.
    const counted = frozen ?? { bytes, requests };
    return { bytes: counted.bytes, drawnMs, requests: counted.requests };
  } finally {
    await context.close();
  }
}
