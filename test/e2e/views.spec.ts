import { describe, expect, test } from 'vitest';
import { openApp, searchOf, useBrowser } from './harness';

useBrowser();

describe('the Table view pages', () => {
  test('page= is read, written by Next (a history entry), and reset by a new sort', async () => {
    const { page } = await openApp('?view=table&table=memberships&page=3');
    const status = page.locator('[data-pager] span');
    await expect.poll(() => status.textContent()).toMatch(/^Rows 101–150 of/);
    await page.locator('[data-pager]').getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/page=4/);
    await expect.poll(() => status.textContent()).toMatch(/^Rows 151–200 of/);
    await page.goBack();
    await expect.poll(() => status.textContent()).toMatch(/^Rows 101–150 of/);
    await page.locator('table th button').first().click();
    await page.waitForURL((url) => !url.search.includes('page='));
    await expect.poll(() => status.textContent()).toMatch(/^Rows 1–50 of/);
    expect(searchOf(page)).toContain('sort=');
  });
});

describe('the state profile', () => {
  test('Escape closes it and focus goes back to the state on the map that opened it', async () => {
    const { page } = await openApp('?conference=seoul-2013');
    const start = page.locator('.plot [data-iso3][tabindex="0"]');
    await start.waitFor();
    await start.focus();
    const iso3 = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
    await page.keyboard.press('Enter');
    await page.locator(`[data-profile="${iso3}"]`).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.search.includes('country='));
    expect(await page.locator('[data-profile]').count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest('.plot') && document.activeElement.getAttribute('data-iso3'),
        ),
      )
      .toBe(iso3);
  });

  test('after Close, focus returns to the map state, which keeps the one tab stop', async () => {
    const { page } = await openApp('?conference=seoul-2013');
    const start = page.locator('.plot [data-iso3][tabindex="0"]');
    await start.waitFor();
    await start.focus();
    await page.keyboard.press('ArrowRight');
    const iso3 = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
    await page.keyboard.press('Enter');
    const profile = page.locator(`[data-profile="${iso3}"]`);
    await profile.getByRole('button', { name: /^Close/ }).click();
    await page.waitForURL((url) => !url.search.includes('country='));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-iso3')))
      .toBe(iso3);
    expect(await page.locator('.plot [data-iso3][tabindex="0"]').count()).toBe(1);
    expect(await page.locator('.plot [data-iso3][tabindex="0"]').first().getAttribute('data-iso3')).toBe(
      iso3,
    );
  });

  test('from Luxembourg at The Hague 2015 every arrow moves to another state', async () => {
    const { page } = await openApp('?conference=the-hague-2015');
    const lux = page.locator('.plot [data-iso3="LUX"]');
    await lux.first().waitFor();
    for (const key of ['ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      for (let i = 0; i < (await lux.count()); i++) {
        await lux.nth(i).focus();
        await page.keyboard.press(key);
        const now = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
        expect(now, `${key} from Luxembourg's element ${i}`).toMatch(/^[A-Z]{3}$/);
        expect(now, `${key} from Luxembourg's element ${i}`).not.toBe('LUX');
      }
    }
  });

  test('a row with two sources shows them as two separate links', async () => {
    const { page } = await openApp('?conference=the-hague-2015&country=JPN');
    const profile = page.locator('[data-profile="JPN"]');
    await profile.waitFor();
    const lists = await profile
      .locator('[data-sources]')
      .evaluateAll((els) =>
        els
          .filter((e) => e.querySelectorAll('a').length > 1)
          .map((e) => e.textContent!.replace(/\s+/g, ' ').trim()),
      );
    expect(lists.length).toBeGreaterThan(0);
    for (const text of lists) expect(text).toMatch(/^sources: \S+, \S+/);
  });
});
