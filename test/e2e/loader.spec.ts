import { describe, expect, test } from 'vitest';
import { openApp, useBrowser } from './harness';

useBrowser();

// Two good rows and, on line 4, a state no list knows.
const CSV = [
  'Conference;State;Role;Source',
  'seoul-2013;Korea, Republic of;host;https://example.org/a',
  'seoul-2013;Côte d’Ivoire;attendee;https://example.org/b',
  'seoul-2013;Atlantis;attendee;https://example.org/c',
].join('\r\n');

describe('loading your own data', () => {
  test('a file picked in the panel is read, its bad row named by line, and it survives a reload', async () => {
    const { page, errors } = await openApp('?view=table&table=participation');
    await page.locator('summary', { hasText: 'Your data' }).click();
    await page.locator('[data-drop-zone] input[type="file"]').setInputFiles({
      name: 'my-list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    const file = page.locator('[data-user-file="my-list.csv"]');
    await file.waitFor();
    expect(await file.textContent()).toMatch(/2 of 3 rows read/);
    const issues = page.locator('[data-issues]');
    expect(await issues.textContent()).toMatch(/Atlantis/);
    expect(await issues.locator('tbody tr').first().textContent()).toMatch(
      /my-list\.csv\s*4\s*country\s*Atlantis/,
    );
    // The rows are the user's: the data-source filter finds exactly them, after a reload.
    await page.goto(page.url().replace(/\?.*$/, '?view=table&table=participation&source=user'));
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(2);
    expect(await page.locator('main table tbody').textContent()).toMatch(/CIV/);

    await page.locator('summary', { hasText: 'Your data (1 file)' }).click();
    await page.locator('[data-user-file="my-list.csv"]').waitFor();
    await page.getByRole('button', { name: 'Remove my-list.csv' }).click();
    await expect.poll(() => page.locator('[data-user-file]').count()).toBe(0);
    await page.reload();
    expect(await page.locator('summary', { hasText: 'Your data' }).textContent()).toBe('Your data');
    expect(errors).toEqual([]);
  });

  test('a file dropped on the panel is loaded too, and "back to the bundled data" removes it', async () => {
    const { page } = await openApp();
    await page.locator('summary', { hasText: 'Your data' }).click();
    await page.locator('[data-drop-zone]').evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, CSV);
    await page.locator('[data-user-file="dropped.csv"]').waitFor();
    await page.getByRole('button', { name: 'Back to the bundled data' }).click();
    await expect.poll(() => page.locator('[data-user-file]').count()).toBe(0);
  });

  test('binary and empty files get a message, never a crash', async () => {
    const { page, errors } = await openApp();
    await page.locator('summary', { hasText: 'Your data' }).click();
    await page.locator('[data-drop-zone] input[type="file"]').setInputFiles([
      {
        name: 'photo.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]),
      },
      { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') },
    ]);
    await page.locator('[data-user-file="empty.csv"]').waitFor();
    const text = await page.locator('[data-issues]').textContent();
    expect(text).toMatch(/photo\.csv/);
    expect(text).toMatch(/empty\.csv/);
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    expect(errors).toEqual([]);
  });
});
