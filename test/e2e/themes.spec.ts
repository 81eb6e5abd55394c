import { describe, expect, test } from 'vitest';
import { loadTables } from '../../src/lib/data/index.ts';
import { defaultFilters, selectThemes } from '../../src/lib/query/index.ts';
import { readBundledSources } from '../../scripts/lib/readBundled';
import { openApp, useBrowser } from './harness';

useBrowser();

const { dataset } = loadTables(readBundledSources());
const model = selectThemes(dataset, defaultFilters());
const heatmap = 'figure[data-chart="themes"] svg';

describe('the Themes view', () => {
  test('the heatmap has a cell for every theme and every conference with analysed texts', async () => {
    const { page, errors } = await openApp('?view=themes');
    await page.locator(`${heatmap} [data-theme]`).first().waitFor();
    const cells = await page.$$eval(`${heatmap} [data-theme][data-conference][role="button"]`, (els) =>
      els.map((e) => `${e.getAttribute('data-conference')}/${e.getAttribute('data-theme')}`).sort(),
    );
    const expected = model.columns.flatMap((c) => dataset.themes.map((t) => `${c.id}/${t.id}`)).sort();
    expect(cells).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('Enter on a cell opens the keywords behind its number', async () => {
    const { page } = await openApp('?view=themes');
    const first = page.locator(`${heatmap} [data-theme][tabindex="0"]`);
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-cell-detail]');
    await detail.waitFor();
    const c = model.cells[1]!;
    expect(await detail.locator('h3').textContent()).toBe(`${c.themeLabel} in ${c.groupLabel}`);
  });

  test('dropping a text adds its column, and it is still there after a reload', async () => {
    const { page } = await openApp('?view=themes&group=document');
    await page.locator(`${heatmap} [data-theme]`).first().waitFor();
    const before = await page.$$eval(
      `${heatmap} [data-document]`,
      (els) => new Set(els.map((e) => e.getAttribute('data-document'))).size,
    );
    await page.locator('[data-text-drop]').evaluate((zone) => {
      const data = new DataTransfer();
      data.items.add(
        new File(['Cybercrime and capacity building were the themes; cyber crime again.'], 'notes.txt', {
          type: 'text/plain',
        }),
      );
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const count = () =>
      page.$$eval(
        `${heatmap} [data-document]`,
        (els) => new Set(els.map((e) => e.getAttribute('data-document'))).size,
      );
    await expect.poll(count).toBe(before + 1);
    await page.reload();
    await page.locator(`${heatmap} [data-theme]`).first().waitFor();
    await expect.poll(count).toBe(before + 1);
    await page.getByRole('button', { name: 'Remove notes.txt' }).click();
    await expect.poll(count).toBe(before);
  });
});
