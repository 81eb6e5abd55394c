import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import type { Download } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appUrl, openApp, useBrowser, pickFile } from './harness';

useBrowser();

async function saved(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-dl-')), download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

describe('embedding and exporting', () => {
  test('embed mode shows the one chart with its title, legend and sources, no navigation, and a link back', async () => {
    const { page, errors } = await openApp('?embed=map&conference=seoul-2013');
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    expect(await page.locator('figure[data-chart]').count()).toBe(1);
    expect(await page.locator('nav, [data-filter-bar], [data-panel="data"]').count()).toBe(0);
    expect(await page.locator('figure h2').textContent()).toMatch(/Seoul/);
    expect(await page.locator('figcaption').textContent()).toMatch(/Source/);
    const back = page.getByRole('link', { name: 'Open in the London Process Atlas' });
    expect(await back.getAttribute('href')).toMatch(/conference=seoul-2013/);
    expect(await back.getAttribute('rel')).toBe('noopener noreferrer');
    expect(errors).toEqual([]);
  });

  test('an embed follows its language: lang=fr shows the French chart, and a snippet made in French keeps it', async () => {
    const { page, errors } = await openApp('?embed=map&conference=seoul-2013&lang=fr');
    const figure = page.locator('figure[data-chart="map"]');
    await figure.locator('svg [data-iso3]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect
      .poll(() => page.locator('[data-coverage]').textContent())
      .toMatch(/^Présence attestée\u00a0: \d+ sur 87 États annoncés\.$/);
    expect(await page.locator('.twin summary').textContent()).toBe(
      'Les données de ce graphique, sous forme de tableau',
    );
    expect(await figure.locator('[data-permalink]').textContent()).toMatch(
      /^Atlas du processus de Londres\u00a0: \S+lang=fr/,
    );
    expect(errors).toEqual([]);

    const { page: full } = await openApp('?conference=seoul-2013&lang=fr');
    await full.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    await full.locator('[data-actions] summary').first().click();
    await full.getByRole('button', { name: 'Intégrer…' }).click();
    const snippet = await full.locator('[data-snippet]').inputValue();
    expect(snippet).toMatch(/src="[^"]*embed=map[^"]*lang=fr/);
    expect(snippet).toContain('title="Atlas du processus de Londres\u00a0: carte"');
  });

  test('the snippet’s iframe takes the height of its content', async () => {
    const { page } = await openApp();
    const src = appUrl('?embed=timeline');
    await page.setContent(
      `<iframe src="${src}" data-london-process-atlas style="width:800px;border:0"></iframe><script src="${appUrl('').replace(/\?$/, '')}embed.js"></script>`,
    );
    const height = () => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height);
    await expect.poll(height, { timeout: 20_000 }).toMatch(/^\d+px$/);
    expect(parseInt(await height())).toBeGreaterThan(300);
  });

  test('the iframe takes its height even when embed.js arrives after the chart has drawn', async () => {
    const { page } = await openApp();
    await page.setContent(
      `<iframe src="${appUrl('?embed=map')}" data-london-process-atlas style="width:800px;border:0"></iframe>`,
    );
    const chart = page.frameLocator('iframe').locator('figure[data-chart="map"] svg [data-iso3]').first();
    await chart.waitFor();
    // Nothing resizes any more when the host's script finally runs; it must still size the frame.
    await page.addScriptTag({ url: `${appUrl('').replace(/\?$/, '')}embed.js` });
    const height = () => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height);
    await expect.poll(height, { timeout: 20_000 }).toMatch(/^\d+px$/);
    expect(parseInt(await height())).toBeGreaterThan(300);
  });

  test('the chart downloads as an SVG that parses and carries its title, source and permalink', async () => {
    const { page } = await openApp('?conference=seoul-2013');
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    await page.locator('[data-actions] summary').first().click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).first().click(),
    ]);
    const svg = await saved(file);
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.querySelector('title')?.textContent).toMatch(/Seoul/);
    const text = Array.from(doc.querySelectorAll('text'))
      .map((t) => t.textContent)
      .join(' ');
    expect(text).toMatch(/Source/);
    expect(text).toMatch(/conference=seoul-2013/);
    expect(doc.querySelectorAll('[data-iso3]').length).toBeGreaterThan(100);
    // It stands alone: the legend with the page's own counts, the coverage, no word of a tooltip.
    const legend = Array.from(doc.querySelectorAll('[data-legend-label]')).map((t) => t.textContent);
    const pageLegend = await page.locator('[data-legend] li').allTextContents();
    expect(legend).toEqual(pageLegend.map((t) => t.replace(/\s+/g, ' ').trim()));
    expect(legend[0]).toMatch(/^Host \(1\)$/);
    expect(doc.querySelector('[data-figure="coverage"]')?.textContent).toBe(
      await page.locator('[data-coverage]').textContent(),
    );
    expect(doc.querySelector('[data-figure="coverage"]')?.textContent).toMatch(
      /^\d+ of the 87 reported states documented\.$/,
    );
    expect(text).not.toMatch(/tooltip/);
  });

  test.each(['map', 'timeline', 'themes'])(
    'the %s embed’s caption links to its sources over http(s), never to a tab it does not have',
    async (chart) => {
      const { page, errors } = await openApp(`?embed=${chart}`);
      const caption = page.locator('figure figcaption');
      await caption.locator('a[href^="http"]').first().waitFor();
      expect(await caption.textContent()).not.toMatch(/Sources tab|tooltip/);
      const hrefs = await caption
        .locator('a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
      expect(errors).toEqual([]);
    },
  );

  test('the themes download keeps the ◆ key, its title and its sources', async () => {
    const { page } = await openApp('?view=themes');
    await page.locator('figure[data-chart="themes"] [data-theme]').first().waitFor();
    await page.locator('[data-actions] summary').first().click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).first().click(),
    ]);
    const doc = new JSDOM(await saved(file), { contentType: 'image/svg+xml' }).window.document;
    expect(doc.querySelector('[data-figure="key"]')?.textContent).toMatch(/^◆ The conference set this theme/);
    expect(doc.querySelector('[data-figure="title"]')?.textContent).toBe('Which themes the texts dwell on');
    expect(doc.querySelector('[data-figure="sources"]')?.textContent).toMatch(/^Sources?: /);
  });

  test.each([
    ['map', '?conference=seoul-2013', '[data-legend] li'],
    ['timeline', '?view=timeline', '.legend [data-theme]'],
    ['themes', '?view=themes', '.legend'],
  ])(
    'printed, the %s keeps its legend and its sources and shows its permalink',
    async (chart, query, key) => {
      const { page } = await openApp(query);
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      await figure.locator('svg').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => figure.locator(key).first().isVisible()).toBe(true);
      expect(await figure.locator('figcaption a[href^="http"]').first().isVisible()).toBe(true);
      const permalink = figure.locator('[data-permalink]');
      expect(await permalink.isVisible()).toBe(true);
      expect(await permalink.textContent()).toContain(new URL(page.url()).href);
      expect(await page.locator('[data-actions]').first().isVisible()).toBe(false);
    },
  );

  test('the figure package is one ZIP with the picture, its words, its citation and its data', async () => {
    const { page } = await openApp('?view=timeline');
    await page.locator('figure[data-chart="timeline"] [data-kind]').first().waitFor();
    await page.locator('[data-actions] summary').first().click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Figure package (ZIP)' }).click(),
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-zip-')), 'figure.zip');
    await file.saveAs(path);
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'london-process-timeline.svg',
        'london-process-timeline.png',
        'alt-text.txt',
        'citation.bib',
        'citation.json',
        'london-process-timeline.csv',
      ]),
    );
    expect(strFromU8(files['london-process-timeline.png']!.slice(1, 4))).toBe('PNG');
    expect(strFromU8(files['citation.bib']!)).toMatch(/^@misc\{londonprocessatlas/);
  });

  test('the map’s data downloads in full even before the page has been idle to build its table', async () => {
    const { page } = await openApp('?conference=seoul-2013');
    // A page that never goes idle (as on a slow phone, busy from the first second).
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.reload();
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    await page.locator('[data-state-list]').waitFor();
    expect(await page.locator('.twin table').count()).toBe(0);
    await page.locator('[data-actions] summary').first().click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Data (CSV)' }).click(),
    ]);
    const csv = (await saved(file)).trim().split(/\r?\n/);
    expect(csv[0]).toMatch(/^State,ISO3,/);
    expect(csv.length - 1).toBe(
      await page
        .locator('[data-state-list] a[data-iso3]')
        .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-iso3'))).size),
    );
  });

  test('a CSV download escapes a label that starts with "="', async () => {
    const { page } = await openApp('?view=table&table=conferences');
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(
      page,
      'conferences.csv',
      'id,name,country,start_date,source\nevil-2020,"=HYPERLINK(""http://x"")",FRA,2020,https://example.org\n',
    );
    await page.locator('main table tbody tr', { hasText: 'HYPERLINK' }).waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download CSV/ }).click(),
    ]);
    const csv = await saved(file);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
