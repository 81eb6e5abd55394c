import { describe, expect, test } from 'vitest';
import { openApp, searchOf, useBrowser } from './harness';

useBrowser();

describe('the app shell', () => {
  test('the default view draws the world map with the host marked, and logs no error', async () => {
    const { page, errors } = await openApp();
    const map = page.locator('figure[data-chart="map"]');
    await map.locator('svg [data-iso3]').first().waitFor();
    expect(await map.locator('figcaption').textContent()).toMatch(/Source/);
    // London 2011 is the default conference: the United Kingdom is its host.
    expect(await map.locator('[data-iso3="GBR"]').first().getAttribute('data-status')).toBe('host');
    expect(await map.locator('[data-status="no-record"]').count()).toBeGreaterThan(100);
    expect(await page.title()).toBe('London Process Atlas');
    expect(errors).toEqual([]);
  });

  test('switching tabs writes the URL, and back and forward restore the view', async () => {
    const { page, errors } = await openApp();
    await page.locator('figure[data-chart="map"] svg').first().waitFor();
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL(/view=timeline/);
    await expect.poll(() => page.locator('main').getAttribute('data-view')).toBe('timeline');
    await page.getByRole('link', { name: 'Sources' }).click();
    await page.waitForURL(/view=sources/);
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Sources');

    await page.goBack();
    await page.waitForURL(/view=timeline/);
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Timeline');
    await page.goBack();
    await expect.poll(() => searchOf(page)).toBe('');
    await page.locator('figure[data-chart="map"] svg').first().waitFor();
    await page.goForward();
    await page.waitForURL(/view=timeline/);
    expect(await page.locator('main').getAttribute('data-view')).toBe('timeline');
    expect(errors).toEqual([]);
  });

  test('an unknown view shows the map and a notice, never a blank page', async () => {
    const { page, errors } = await openApp('?view=chart');
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    const notice = page.locator('[data-notice="view"]');
    expect(await notice.textContent()).toMatch(/Ignored view: "chart" is not a view/);
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Map');
    expect(errors).toEqual([]);
  });

  test('choosing a conference updates the map and the URL', async () => {
    const { page } = await openApp();
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    await page.getByRole('combobox', { name: 'Conference' }).selectOption('seoul-2013');
    await page.waitForURL(/conference=seoul-2013/);
    await expect
      .poll(() =>
        page.locator('figure[data-chart="map"] [data-iso3="KOR"]').first().getAttribute('data-status'),
      )
      .toBe('host');
    expect(
      await page.locator('figure[data-chart="map"] [data-iso3="GBR"]').first().getAttribute('data-status'),
    ).toBe('attendee');
  });
});
