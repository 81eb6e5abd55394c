import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Download, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, searchOf, useBrowser } from './harness';

useBrowser();

async function saved(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-fig-')), download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** Downloads the figure's SVG through the "Download or embed" menu and parses it. */
async function downloadSvg(page: Page): Promise<Document> {
  const menu = page.locator('[data-actions]').first();
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'SVG' }).click(),
  ]);
  return new JSDOM(await saved(file), { contentType: 'image/svg+xml' }).window.document;
}

const figureText = (doc: Document, role: string): string =>
  Array.from(doc.querySelectorAll(`[data-figure="${role}"]`), (t) => t.textContent).join(' ');

describe('the figure’s words: title, subtitle and note', () => {
  test('set in the URL, they are shown in an embed as text, never as markup', async () => {
    const title = '<script>window.pwned = 1</script>Seoul, seen again';
    const query = new URLSearchParams({
      embed: 'map',
      conference: 'seoul-2013',
      title,
      subtitle: '<b>Bold</b> claims',
      note: '<img src=x onerror="window.pwned=2">Counted by hand.',
    });
    const { page, errors } = await openApp(`?${query}`);
    const figure = page.locator('figure[data-chart="map"]');
    await figure.locator('svg [data-iso3]').first().waitFor();
    expect(await figure.locator('h2').textContent()).toBe(title);
    expect(await figure.locator('[data-subtitle]').textContent()).toBe('<b>Bold</b> claims');
    expect(await figure.locator('[data-note]').textContent()).toBe(
      'Note: <img src=x onerror="window.pwned=2">Counted by hand.',
    );
    expect(await figure.locator('.head script, .head b, figcaption img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test('typed in the Download menu, they go to the URL, the page, the embed snippet and the SVG', async () => {
    const { page } = await openApp('?view=timeline');
    await page.locator('figure[data-chart="timeline"] [data-kind]').first().waitFor();
    await page.locator('[data-actions] summary').first().click();
    const title = page.getByLabel('Title', { exact: true });
    expect(await title.getAttribute('placeholder')).toBe('From London to The Hague and beyond');
    await title.fill('The process,  in   years');
    await title.press('Enter');
    await page.getByLabel('Note', { exact: true }).fill('Dates as the sources give them.');
    await page.getByLabel('Note', { exact: true }).press('Tab');
    await expect.poll(() => searchOf(page)).toContain('note=Dates+as+the+sources');
    expect(searchOf(page)).toContain('title=The+process,+in+years');
    expect(await page.locator('figure h2').textContent()).toBe('The process, in years');
    expect(await page.locator('figure [data-note]').textContent()).toBe(
      'Note: Dates as the sources give them.',
    );

    const doc = await downloadSvg(page);
    expect(doc.querySelector('title')?.textContent).toBe('The process, in years');
    expect(figureText(doc, 'note')).toBe('Note: Dates as the sources give them.');

    await page.getByRole('button', { name: 'Embed…' }).click();
    expect(await page.locator('[data-snippet]').inputValue()).toMatch(/title=The\+process/);
  });

  test('cleared, the chart’s own title comes back and the parameter leaves the URL', async () => {
    const { page } = await openApp('?view=themes&title=Mine');
    await page.locator('figure[data-chart="themes"] [data-theme]').first().waitFor();
    expect(await page.locator('figure h2').textContent()).toBe('Mine');
    await page.locator('[data-actions] summary').first().click();
    await page.getByLabel('Title', { exact: true }).fill('');
    await page.getByLabel('Title', { exact: true }).press('Enter');
    await expect.poll(() => page.locator('figure h2').textContent()).toBe('Which themes the texts dwell on');
    expect(searchOf(page)).not.toContain('title=');
  });
});
