import { describe, expect, test } from 'vitest';
import { countryName, loadTables } from '../../src/lib/data/index.ts';
import { readBundledSources } from '../../scripts/lib/readBundled';
import { openApp, searchOf, useBrowser } from './harness';

useBrowser();

// Expectations come from the data files through the real loader, never from hard-coded counts.
const { dataset } = loadTables(readBundledSources());
const mapConference = dataset.conferences.find((c) => c.kind !== 'related')!;
const attendee = dataset.participation.find(
  (p) => p.conference === mapConference.id && p.role === 'attendee' && p.country,
)!.country!;
const PAGE_SIZE = 50;

describe('one filter state in the URL', () => {
  test('filters set in the bar are in the URL, and a reload shows the same view', async () => {
    const { page, errors } = await openApp('?view=table');
    const theme = dataset.themes[0]!;
    await page.locator('[data-filter="region"] select').selectOption('Europe');
    await page.waitForURL(/region=Europe/);
    await page.locator('[data-filter="theme"] summary').click();
    await page.getByRole('checkbox', { name: theme.label }).check();
    await page.waitForURL(new RegExp(`theme=${theme.id}`));
    await expect.poll(() => page.locator('[data-chip]').count()).toBe(2);
    const summary = await page.locator('[data-view-summary]').textContent();
    expect(summary).toContain(theme.label);

    await page.reload();
    await expect.poll(() => page.locator('[data-chip]').count()).toBe(2);
    // The chips come from the URL at once; the summary once the data is in again.
    await expect.poll(() => page.locator('[data-view-summary]').textContent()).toBe(summary);
    expect(await page.locator('[data-filter="region"] select').inputValue()).toBe('Europe');
    await page.locator('[data-filter="theme"] summary').click();
    expect(await page.getByRole('checkbox', { name: theme.label }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('back and forward step through discrete choices; a slider replaces its entry', async () => {
    const { page, errors } = await openApp('?view=table');
    await page.locator('[data-filter="region"] select').selectOption('Asia');
    await page.waitForURL(/region=Asia/);
    await page.locator('[data-filter="source"] select').selectOption('bundled');
    await page.waitForURL(/source=bundled/);
    const length = await page.evaluate(() => history.length);
    await page.getByLabel('From year', { exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/from=\d{4}/);
    expect(await page.evaluate(() => history.length)).toBe(length);

    await page.goBack();
    await expect.poll(() => searchOf(page)).toBe('?view=table&region=Asia');
    expect(await page.locator('[data-filter="source"] select').inputValue()).toBe('all');
    await page.goBack();
    await expect.poll(() => searchOf(page)).toBe('?view=table');
    expect(await page.locator('[data-chip]').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => searchOf(page)).toBe('?view=table&region=Asia');
    await expect.poll(() => page.locator('[data-chip]').count()).toBe(1);
    // One click on reset clears it again, as a new history entry.
    await page.locator('[data-reset]').click();
    await expect.poll(() => searchOf(page)).toBe('?view=table');
    expect(errors).toEqual([]);
  });

  test('the filter bar works from the keyboard alone, and chips remove what they name', async () => {
    const { page, errors } = await openApp('?view=table');
    const theme = dataset.themes[1]!;
    const summary = page.locator('[data-filter="theme"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: theme.label }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(new RegExp(`theme=${theme.id}`));
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-filter="theme"]').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    const chip = page.getByRole('button', { name: `Remove Theme: ${theme.label}` });
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => searchOf(page)).toBe('?view=table');
    expect(errors).toEqual([]);
  });

  test('an invalid or unknown value is ignored with a visible notice, and the view still shows', async () => {
    const { page, errors } = await openApp('?view=table&from=20x&theme=no-such-theme&table=nonsense');
    await page.locator('[data-table-view] tbody tr').first().waitFor();
    // Themes are checked once the themes table is in (it loads after the first view).
    for (const param of ['from', 'theme', 'table'])
      await expect.poll(() => page.locator(`[data-notice="${param}"]`).isVisible()).toBe(true);
    expect(await page.locator('[data-table-view]').getAttribute('data-table-view')).toBe('participation');
    expect(errors).toEqual([]);
  });

  test('selecting a state in the table highlights it there and on the map, and back again', async () => {
    const { page, errors } = await openApp('?view=table');
    const rows = page.locator('[data-table-view] tbody tr');
    await rows.first().waitFor();
    const name = countryName(attendee);
    await rows.filter({ hasText: name }).first().getByRole('link', { name, exact: true }).click();
    await page.waitForURL(new RegExp(`country=${attendee}`));
    const expected = dataset.participation.slice(0, PAGE_SIZE).filter((p) => p.country === attendee).length;
    await expect.poll(() => page.locator('[data-table-view] tr[data-selected]').count()).toBe(expected);
    expect(await page.locator('[data-table-view] tr[aria-current="true"]').count()).toBe(expected);

    await page.getByRole('link', { name: 'Map' }).click();
    await page.locator(`figure[data-chart="map"] svg [data-iso3="${attendee}"]`).first().waitFor();
    expect(await page.locator(`[data-profile="${attendee}"]`).isVisible()).toBe(true);
    // The table twin is built once the page is idle.
    await expect.poll(() => page.locator('.twin tr[data-selected] td').nth(1).textContent()).toBe(attendee);

    // And the other way: a state picked on the map is marked in the table.
    const host = dataset.participation.find(
      (p) => p.conference === mapConference.id && p.role === 'host',
    )!.country!;
    await page.locator(`figure[data-chart="map"] svg [data-iso3="${host}"]`).first().click();
    await page.waitForURL(new RegExp(`country=${host}`));
    await page.getByRole('link', { name: 'Table' }).click();
    await page.waitForURL(/view=table/);
    const hostRows = dataset.participation.slice(0, PAGE_SIZE).filter((p) => p.country === host).length;
    await expect.poll(() => page.locator('[data-table-view] tr[data-selected]').count()).toBe(hostRows);
    expect(errors).toEqual([]);
  });

  test('the table searches and sorts through the URL and downloads what it shows as CSV', async () => {
    const { page, errors } = await openApp('?view=table&table=memberships');
    await page.locator('[data-table-view="memberships"] tbody tr').first().waitFor();
    const name = countryName(dataset.memberships[0]!.country!);
    await page.locator('[data-table-search]').fill(name);
    await page.waitForURL(new RegExp(`q=${encodeURIComponent(name).replace(/%20/g, '(\\+|%20)')}`));
    const expected = dataset.memberships.filter((m) => m.country && countryName(m.country) === name).length;
    await expect
      .poll(() => page.locator('[data-table-view] tbody tr').count())
      .toBe(Math.min(expected, PAGE_SIZE));
    await page.getByRole('button', { name: 'Year' }).click();
    await page.waitForURL(/sort=year/);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Year');
    // The button says how many rows it will save, in good English for one row too.
    const save = page.getByRole('button', { name: /Download CSV/ });
    expect(await save.textContent()).toBe(`Download CSV (${expected} ${expected === 1 ? 'row' : 'rows'})`);
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('initiative,state,iso3,year,status,source,origin');
    expect(lines).toHaveLength(expected + 1);
    expect(errors).toEqual([]);
  });

  test('on a 360 px phone the filters fold behind one button and still work', async () => {
    const { page, errors } = await openApp('?view=sources', { viewport: { width: 360, height: 740 } });
    const toggle = page.getByRole('button', { name: /^Filters/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-filter="region"] select').isVisible()).toBe(false);
    await toggle.press('Enter');
    await page.locator('[data-filter="region"] select').selectOption('Africa');
    await page.waitForURL(/region=Africa/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The citation's permalink is this very view, and it names the data's date.
    await expect.poll(() => page.locator('[data-permalink]').textContent()).toBe(page.url());
    const cite = await page.locator('[data-cite-text]').textContent();
    expect(cite).toContain(page.url());
    expect(cite).toMatch(/Data as of \d{4}-\d{2}-\d{2}\./);
    expect(await page.locator('[data-cite-bibtex]').textContent()).toMatch(/^@misc\{/);
    expect(errors).toEqual([]);
  });
});
