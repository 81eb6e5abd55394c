import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadTables } from '../../src/lib/data/index.ts';
import { applyFilters, defaultFilters, selectMatrix } from '../../src/lib/query/index.ts';
import { readBundledSources } from '../../scripts/lib/readBundled';
import { openApp, searchOf, useBrowser } from './harness';

useBrowser();

const { dataset } = loadTables(readBundledSources());
async function saved(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-matrix-')), download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

const figure = 'figure[data-chart="matrix"]';
const cells = `${figure} [data-iso3][data-conference]`;

describe('the matrix view', () => {
  test('a Matrix tab shows every state by conference with the hooks, as worked out in Node', async () => {
    const { page, errors } = await openApp('');
    await page.locator('nav a[data-view="matrix"]').click();
    await page.waitForURL(/view=matrix/);
    await page.locator(cells).first().waitFor();
    const filters = { ...defaultFilters(), view: 'matrix' as const };
    const want = selectMatrix(dataset, applyFilters(dataset, filters), filters);
    const drawn = await page.$$eval(cells, (els) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-iso3')} ${e.getAttribute('data-conference')} ${e.getAttribute('data-status')}`,
      ),
    );
    expect(drawn).toEqual(
      want.rows.flatMap((r) => r.cells.map((c) => `${r.iso3} ${c.conference} ${c.status}`)),
    );
    // The host of London 2011 is drawn as host; "no record" never reads as absence.
    expect(
      await page
        .locator(`${cells}[data-iso3="GBR"][data-conference="london-2011"]`)
        .getAttribute('data-status'),
    ).toBe('host');
    const labels = await page.$$eval(`${cells}[data-status="no-record"]`, (els) =>
      els.map((e) => e.getAttribute('aria-label')),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/no record found$/);
    expect((await page.locator(figure).textContent())!.toLowerCase()).not.toContain('did not attend');
    expect(errors).toEqual([]);
  });

  test('sorts by name, region or conferences through the URL', async () => {
    const { page } = await openApp('?view=matrix');
    await page.locator(cells).first().waitFor();
    await page.locator('[data-control="matrix-sort"]').selectOption('name');
    await page.waitForURL(/sort=name/);
    const rows = () =>
      page.$$eval(`${figure} [role="row"][data-iso3]`, (els) => els.map((e) => e.getAttribute('data-iso3')));
    const filters = { ...defaultFilters(), view: 'matrix' as const, sort: 'name' };
    const want = selectMatrix(dataset, applyFilters(dataset, filters), filters).rows.map((r) => r.iso3);
    await expect.poll(rows).toEqual(want);
    await page.goBack();
    await expect.poll(async () => (await rows())[0]).not.toBe(want[0]);
  });

  test('filtered like every view: a region and one conference', async () => {
    const { page } = await openApp('?view=matrix&region=Europe&conference=seoul-2013');
    await page.locator(cells).first().waitFor();
    const conferences = await page.$$eval(cells, (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-conference'))),
    ]);
    expect(conferences).toEqual(['seoul-2013']);
    const states = await page.$$eval(cells, (els) => els.map((e) => e.getAttribute('data-iso3')));
    expect(states).toContain('GBR');
    expect(states).not.toContain('KOR');
  });

  test('one tab stop, arrow keys move between cells, focus shows the role and the source', async () => {
    const { page } = await openApp('?view=matrix');
    await page.locator(cells).first().waitFor();
    expect(await page.locator(`${cells}[tabindex="0"]`).count()).toBe(1);
    await page.locator(`${cells}[tabindex="0"]`).focus();
    const active = () =>
      page.evaluate(
        () =>
          `${document.activeElement?.getAttribute('data-iso3')} ${document.activeElement?.getAttribute('data-conference')}`,
      );
    const start = await active();
    await page.keyboard.press('ArrowRight');
    const right = await active();
    expect(right).not.toBe(start);
    expect(right.split(' ')[0]).toBe(start.split(' ')[0]);
    await page.keyboard.press('ArrowDown');
    const down = await active();
    expect(down.split(' ')[1]).toBe(right.split(' ')[1]);
    expect(down.split(' ')[0]).not.toBe(right.split(' ')[0]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe(start);
    // The first state has a record at the first conference: the tooltip names a source site.
    const tip = page.locator(`${figure} [data-tooltip]`);
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/Sources?: \S+\.\S+/);
    expect(await page.locator(`${cells}[tabindex="0"]`).count()).toBe(1);
  });

  test('downloads as CSV and SVG', async () => {
    const { page } = await openApp('?view=matrix');
    await page.locator(cells).first().waitFor();
    await page.locator(`${figure} [data-actions] summary`).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Data (CSV)' }).click(),
    ]);
    const text = await saved(csv);
    expect(text.split('\n')[0]).toContain('London 2011');
    expect(text).toContain('no record found');
    expect(text).toMatch(/United Kingdom,GBR,Europe,host/);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const drawing = await saved(svg);
    expect(drawing).toContain('data-status="host"');
    expect(drawing).toContain('no record found');
  });

  test('embeds as the chart alone (embed=matrix)', async () => {
    const { page, errors } = await openApp('?embed=matrix&conference=london-2011~seoul-2013');
    await page.locator(cells).first().waitFor();
    expect(await page.locator('nav[aria-label="Views"]').count()).toBe(0);
    expect(searchOf(page)).toContain('embed=matrix');
    expect(errors).toEqual([]);
  });
});
