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
