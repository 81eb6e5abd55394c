import { describe, expect, test } from 'vitest';
import { loadTables } from '../../src/lib/data/index.ts';
import { applyFilters, defaultFilters } from '../../src/lib/query/index.ts';
import { readBundledSources } from '../../scripts/lib/readBundled';
import { openApp, useBrowser } from './harness';

useBrowser();

// What the page should draw, worked out in Node from the bundled files through the same loader.
const { dataset } = loadTables(readBundledSources());
function expected(from: number | null, to: number | null): { conferences: string[]; initiatives: string[] } {
  const filters = { ...defaultFilters(), from, to };
  const data = applyFilters(dataset, filters);
  return {
    conferences: data.conferences
      .filter((c) => c.start_date)
      .map((c) => c.id)
      .sort(),
    initiatives: data.initiatives
      .filter((i) => i.date)
      .map((i) => i.id)
      .sort(),
  };
}
const drawn = (kind: string) => `figure[data-chart="timeline"] [data-kind="${kind}"]`;

describe('the timeline', () => {
  test('draws every conference and every initiative of the whole range, with no console error', async () => {
    const { page, errors } = await openApp('?view=timeline');
    await page.locator(drawn('conference')).first().waitFor();
    await page.getByRole('button', { name: 'Whole range' }).click();
    const ids = (kind: string) =>
      page.$$eval(drawn(kind), (els) => [...new Set(els.map((e) => e.getAttribute('data-id')!))].sort());
    const want = expected(null, null);
    await expect.poll(() => ids('initiative')).toEqual(want.initiatives);
    expect(await ids('conference')).toEqual(want.conferences);
    expect(errors).toEqual([]);
  });

  test('a year filter removes the items outside it', async () => {
    const { page } = await openApp('?view=timeline&from=2013&to=2014');
    await page.locator(drawn('conference')).first().waitFor();
    const want = expected(2013, 2014);
    const ids = await page.$$eval(drawn('initiative'), (els) =>
      [...new Set(els.map((e) => e.getAttribute('data-id')!))].sort(),
    );
    expect(ids).toEqual(want.initiatives);
    expect(ids.length).toBeLessThan(expected(null, null).initiatives.length);
  });

  test('the keyboard reaches an item and Enter opens its detail, with its source', async () => {
    const { page } = await openApp('?view=timeline');
    const first = page
      .locator(`${drawn('initiative')}[tabindex="0"], ${drawn('conference')}[tabindex="0"]`)
      .first();
    await first.waitFor();
    await first.focus();
    // Move right until an initiative has focus, then open it.
    for (let i = 0; i < 20; i++) {
      const kind = await page.evaluate(() => document.activeElement?.getAttribute('data-kind'));
      if (kind === 'initiative') break;
      await page.keyboard.press(i < 10 ? 'ArrowDown' : 'ArrowRight');
    }
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(id).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`initiative=${id}`));
    const detail = page.locator(`[data-detail="${id}"]`);
    await detail.waitFor();
    expect(await detail.locator('h3').textContent()).toBe(dataset.initiativeById.get(id!)!.name);
    expect(await detail.locator('a[target="_blank"][rel="noopener noreferrer"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
  });

  test('the legend filters by theme through the URL, and zoom buttons change the window', async () => {
    const { page } = await openApp('?view=timeline');
    await page.locator(drawn('conference')).first().waitFor();
    const theme = dataset.themes[0]!;
    await page.locator(`figure[data-chart="timeline"] button[data-theme="${theme.id}"]`).click();
    await page.waitForURL(new RegExp(`theme=${theme.id}`));
    const years = page.locator('.zoom .years');
    const before = await years.textContent();
    await page.getByRole('button', { name: 'London to The Hague' }).click();
    await expect.poll(() => years.textContent()).toBe('Showing 2011–2015');
    expect(before).not.toBe('Showing 2011–2015');
  });
});
