import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, useBrowser } from './harness';

useBrowser();

const VIEWS = ['map', 'timeline', 'themes', 'table', 'sources'] as const;

/** Records every Content-Security-Policy violation the page reports, from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Waits until the current view has drawn something: a figure, a table or a message. */
async function settled(page: Page): Promise<void> {
  await page.locator('main :is(figure, table, [data-view-ready], [role="alert"])').first().waitFor();
}

describe('content security policy', () => {
  test('the built page declares a strict policy: no inline script, no eval', async () => {
    const { page } = await openApp();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  test('every view runs under the policy without a single violation', async () => {
    const { page, errors } = await openApp();
    const violations = await watchCsp(page);
    for (const view of VIEWS) {
      await page.goto(page.url().replace(/\?.*$/, '') + `?view=${view}`);
      await settled(page);
      expect(await violations(), `view ${view}`).toEqual([]);
    }
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
});

describe('hostile URLs', () => {
  // Node's server refuses request lines over 16 kB, so "very long" stays under that.
  const HOSTILE = [
    `?view=${'map'.repeat(4_000)}`,
    '?view=<img src=x onerror="window.__pwned=1">',
    '?conference=<script>window.__pwned=1</script>',
    '?country=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&view=map',
    '?theme=' + Array.from({ length: 2_000 }, (_, i) => `t${i}`).join('~'),
    '?from=9999999999999&to=-5&asof=NaN',
    '?from=2017&to=2011',
    '?view=table&q=%00%01%02&sort=__proto__',
    '?region=constructor&country=__proto__&initiative=toString',
    '?embed=javascript:alert(1)',
    '?%E0%A4%A=broken-percent&view=timeline',
    '?view=map&view=timeline&view=themes',
  ];

  const CASES = HOSTILE.map((search) => ({ search, label: search.slice(0, 60) }));
  test.each(CASES)('$label draws a page, never a crash or a script', async ({ search }) => {
    const { page, errors } = await openApp(search);
    await settled(page);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  test('a label taken from the URL is shown as text, not markup', async () => {
    const { page } = await openApp('?view=<img src=x onerror="window.__pwned=1">');
    await settled(page);
    expect(await page.locator('[data-notice="view"]').textContent()).toContain('<img src=x');
  });
});

describe('a failing view', () => {
  test('shows a message in place of itself while the other views keep working', async () => {
    const { page, errors } = await openApp();
    // Serve a timeline chunk that throws as it renders, as a bug in that view would.
    await page.route(/TimelineView-[^/]*\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'export default function TimelineView() { throw new Error("the timeline broke"); }',
      }),
    );
    await page.locator('figure[data-chart="map"] svg').first().waitFor();
    await page.getByRole('link', { name: 'Timeline' }).click();
    const failed = page.locator('[data-view-failed]');
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(/could not be drawn.*the timeline broke/s);
    await page.getByRole('link', { name: 'Map' }).click();
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    expect(errors.filter((e) => !/timeline broke/.test(e))).toEqual([]);
  });
});
