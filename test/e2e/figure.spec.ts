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

describe('highlight=: states outlined, labelled and emphasised in every view', () => {
  test('on the map: outlined and named inside the chart, in the legend, the list and the table', async () => {
    const { page, errors } = await openApp('?conference=seoul-2013&highlight=KOR~GBR~FJI');
    const map = page.locator('figure[data-chart="map"]');
    await map.locator('svg [data-iso3]').first().waitFor();
    const lit = await map
      .locator('svg [data-iso3][data-highlight="true"]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-iso3')))].sort());
    expect(lit).toEqual(['FJI', 'GBR', 'KOR']);
    // Every label is drawn inside the chart (Fiji sits at the right edge of the world).
    const boxes = await map.locator('svg [data-map-labels] text').evaluateAll((texts) =>
      texts.map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        const b = (t as SVGTextElement).getBBox();
        return {
          name: t.textContent,
          b: [b.x, b.y, b.x + b.width, b.y + b.height],
          vb: { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height },
        };
      }),
    );
    expect(boxes.map((l) => l.name).sort()).toEqual(['Fiji', 'South Korea', 'United Kingdom']);
    for (const { name, b, vb } of boxes) {
      expect(b[0], name!).toBeGreaterThanOrEqual(0);
      expect(b[1], name!).toBeGreaterThanOrEqual(0);
      expect(b[2], name!).toBeLessThanOrEqual(vb.width);
      expect(b[3], name!).toBeLessThanOrEqual(vb.height);
    }
    expect(await page.locator('[data-legend-key="highlighted"]').textContent()).toMatch(
      /Highlighted: South Korea, United Kingdom, Fiji/,
    );
    expect(await page.locator('[data-state-list] a[data-highlight="true"]').count()).toBe(2);
    await page.locator('.twin summary').click();
    const rows = await page
      .locator('.twin tr[data-highlight="true"] td:nth-child(2)')
      .evaluateAll((tds) => tds.map((td) => td.textContent?.trim()).sort());
    expect(rows).toEqual(['GBR', 'KOR']);
    // The download says so too.
    const doc = await downloadSvg(page);
    expect(doc.querySelectorAll('[data-map-labels] text')).toHaveLength(3);
    expect(figureText(doc, 'legend')).toMatch(/Highlighted: South Korea, United Kingdom, Fiji/);
    expect(errors).toEqual([]);
  });

  test('in the table, the timeline and the profile', async () => {
    const { page } = await openApp('?view=table&highlight=KOR');
    await page.locator('main table tbody tr').first().waitFor();
    const rows = page.locator('main table tbody tr[data-highlight="true"]');
    // The rows may be listed from the first tables a moment before the rest of the data links them.
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allTextContents()) expect(text).toMatch(/KOR|South Korea/);

    await page.goto(page.url().replace('view=table', 'view=timeline'));
    await page.locator('figure[data-chart="timeline"] [data-kind]').first().waitFor();
    const items = await page
      .locator('figure [data-kind][data-highlight="true"]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-id')))]);
    expect(items).toContain('seoul-2013');
    expect(items).not.toContain('london-2011');

    await page.goto(page.url().replace('view=timeline', 'view=map&country=KOR'));
    const profile = page.locator('[data-profile="KOR"]');
    await profile.waitFor();
    expect(await profile.getAttribute('data-highlight')).toBe('true');
  });

  test('set from the profile’s “Highlight in figures” and from the Download menu', async () => {
    const { page } = await openApp('?conference=seoul-2013&country=SGP');
    const button = page.locator('[data-profile="SGP"] [data-action="highlight"]');
    await button.click();
    await expect.poll(() => searchOf(page)).toContain('highlight=SGP');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.locator('figure svg [data-iso3="SGP"][data-highlight="true"]').first().waitFor();
    await page.locator('[data-actions] summary').first().click();
    const field = page.getByLabel('Highlight', { exact: true });
    expect(await field.inputValue()).toBe('Singapore');
    await field.fill('Singapore, france, DEU, Atlantis');
    await field.press('Enter');
    await expect.poll(() => searchOf(page)).toContain('highlight=SGP~FRA~DEU');
    expect(await page.locator('[data-figure-words] small').textContent()).toMatch(/Atlantis/);
    await button.click();
    await expect.poll(() => searchOf(page)).toContain('highlight=FRA~DEU');
  });
});

/** Every fill and stroke colour in an SVG (named or hex), patterns and gradients left out. */
const paints = (root: Document | Element): string[] =>
  Array.from(root.querySelectorAll('[fill], [stroke], stop'))
    .flatMap((e) => [e.getAttribute('fill'), e.getAttribute('stroke'), e.getAttribute('stop-color')])
    .filter((c): c is string => !!c && c !== 'none' && !c.startsWith('url(') && c !== 'currentColor');
const grey = (c: string): boolean => /^#([0-9a-f]{2})\1\1$/i.test(c) || /^(white|black)$/i.test(c);

describe('palette=print: greys and patterns', () => {
  test('the map, its legend and its download are in greys, told apart by pattern and marker', async () => {
    const { page, errors } = await openApp('?conference=london-2011~the-hague-2015&palette=print');
    const map = page.locator('figure[data-chart="map"]');
    await map.locator('svg [data-iso3]').first().waitFor();
    await page.locator('[data-legend] li').first().waitFor();
    const onPage = await map.evaluate((figure) =>
      Array.from(figure.querySelectorAll('.body svg [fill], .body svg [stroke], [data-legend] svg [fill]'))
        .flatMap((e) => [e.getAttribute('fill'), e.getAttribute('stroke')])
        .filter((c) => !!c && c !== 'none' && !c.startsWith('url(') && c !== 'currentColor'),
    );
    expect(onPage.length).toBeGreaterThan(10);
    for (const c of onPage) expect(grey(c!), c!).toBe(true);
    // Classes keep their patterns: hatched, dotted and crossed fills are still there.
    expect(await map.locator('.body svg pattern').count()).toBeGreaterThanOrEqual(3);
    const doc = await downloadSvg(page);
    const exported = paints(doc);
    for (const c of exported) expect(grey(c), c).toBe(true);
    expect(doc.querySelectorAll('[data-legend-entry] rect[fill^="url("]').length).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
  });

  test('the timeline and the themes embeds are in greys, on white whatever the scheme', async () => {
    const { page } = await openApp('?embed=timeline&palette=print&scheme=dark');
    await page.locator('figure [data-kind]').first().waitFor();
    const fills = await page
      .locator('figure svg [data-kind]')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
    for (const f of fills) expect(f).toMatch(/^rgb\((\d+), \1, \1\)$/);
    expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe('light');

    await page.goto(page.url().replace('embed=timeline', 'embed=themes'));
    await page.locator('figure [data-theme]').first().waitFor();
    const cells = await page
      .locator('figure svg [data-theme]')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
    expect(cells.length).toBeGreaterThan(0);
    for (const f of cells) expect(f).toMatch(/^rgb\((\d+), \1, \1\)$/);
  });

  test('switched on and off from the Download menu', async () => {
    const { page } = await openApp('?view=themes');
    await page.locator('figure [data-theme]').first().waitFor();
    await page.locator('[data-actions] summary').first().click();
    const box = page.getByLabel('Black-and-white print: greys and patterns');
    await box.check();
    await expect.poll(() => searchOf(page)).toContain('palette=print');
    await box.uncheck();
    await expect.poll(() => searchOf(page)).not.toContain('palette=');
  });
});
