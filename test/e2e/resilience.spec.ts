import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, useBrowser, pickFile } from './harness';

useBrowser();

/** Drops files made inside the page (so large ones never cross the wire) on the data panel. */
async function dropMade(page: Page, make: string): Promise<void> {
  await page.locator('summary', { hasText: 'Your data' }).click();
  await page.locator('[data-drop-zone]').evaluate((zone, source) => {
    const files = new Function(`return (${source})`)() as File[];
    const data = new DataTransfer();
    for (const file of files) data.items.add(file);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, make);
}

describe('hostile files', () => {
  test('a 200 MB file is refused with advice, and the page stays usable', async () => {
    const { page, errors } = await openApp('', { bypassCSP: true });
    await dropMade(page, `[new File([new Uint8Array(200 * 1024 * 1024)], 'huge.csv')]`);
    await expect
      .poll(() => page.locator('[role="alert"]').allTextContents())
      .toContainEqual(expect.stringMatching(/huge\.csv .* over the 50 MB/));
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.locator('figure[data-chart="timeline"] [data-kind]').first().waitFor();
    expect(errors).toEqual([]);
  });

  test('deeply nested JSON, a million columns and JSON of the wrong shape each get a message', async () => {
    const { page, errors } = await openApp('', { bypassCSP: true });
    await dropMade(
      page,
      `[new File(['['.repeat(100000) + ']'.repeat(100000)], 'nested.json'),
        new File([Array.from({ length: 1000000 }, (_, i) => 'c' + i).join(',') + '\\n1,2\\n'], 'wide.csv'),
        new File(['{"answer": 42}'], 'shape.json')]`,
    );
    await page.locator('[data-user-file="shape.json"]').waitFor({ timeout: 30_000 });
    const issues = (await page.locator('[data-issues]').textContent()) ?? '';
    expect(issues).toMatch(/nested\.json/);
    expect(issues).toMatch(/wide\.csv/);
    expect(issues).toMatch(/shape\.json/);
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    expect(errors).toEqual([]);
  });
});

describe('storage unavailable', () => {
  test('with IndexedDB blocked, a loaded file still shows, with a notice that it is kept for this visit only', async () => {
    const { page, errors } = await openApp();
    await page.context().addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.reload();
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(
      page,
      'mine.csv',
      'conference,country,role,source\nseoul-2013,France,attendee,https://example.org/x\n',
    );
    await page.locator('[data-user-file="mine.csv"]').waitFor();
    await expect
      .poll(() => page.locator('.data-panel-body [role="status"]').textContent())
      .toMatch(/this visit only/);
    expect(errors.filter((e) => !/indexedDB|insecure/i.test(e))).toEqual([]);
  });

  test('with the storage quota full, the file still shows, with a notice saying so', async () => {
    const { page, errors } = await openApp();
    await page.context().addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(
      page,
      'full.csv',
      'conference,country,role,source\nseoul-2013,France,attendee,https://example.org/x\n',
    );
    await page.locator('[data-user-file="full.csv"]').waitFor();
    await expect
      .poll(() => page.locator('.data-panel-body [role="status"]').textContent())
      .toMatch(/storage for this site is full/);
    expect(errors.filter((e) => !/quota/i.test(e))).toEqual([]);
  });
});
