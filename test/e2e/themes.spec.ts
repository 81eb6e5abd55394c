import { describe, expect, test } from 'vitest';
import { loadTables } from '../../src/lib/data/index.ts';
import { defaultFilters, selectThemes, selectThemesByInitiatives } from '../../src/lib/query/index.ts';
import { readBundledSources } from '../../scripts/lib/readBundled';
import { openApp, searchOf, useBrowser } from './harness';

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

  test('basis=initiatives counts the initiatives of every conference, says so, and the control switches basis', async () => {
    const byInitiatives = selectThemesByInitiatives(dataset, { ...defaultFilters(), basis: 'initiatives' });
    const { page, errors } = await openApp('?view=themes&basis=initiatives');
    await page.locator(`${heatmap} [data-theme]`).first().waitFor();
    const cells = await page.$$eval(`${heatmap} [data-theme][data-conference][role="button"]`, (els) =>
      els.map((e) => `${e.getAttribute('data-conference')}/${e.getAttribute('data-theme')}`).sort(),
    );
    expect(cells).toEqual(
      byInitiatives.columns.flatMap((c) => dataset.themes.map((t) => `${c.id}/${t.id}`)).sort(),
    );
    // All five conferences of the process have a column, not only those with counted texts.
    const process = dataset.conferences.filter((c) => c.kind === 'process').map((c) => c.id);
    expect(process.filter((id) => !cells.some((k) => k.startsWith(`${id}/`)))).toEqual([]);
    expect(process.filter((id) => !model.columns.some((c) => c.id === id)).length).toBeGreaterThan(0);
    // A cell reads as a number of initiatives, and the caption names the basis.
    const busiest = [...byInitiatives.cells].sort((a, b) => b.count - a.count)[0]!;
    const label = await page
      .locator(
        `${heatmap} [data-conference="${busiest.group}"][data-theme="${busiest.theme}"][role="button"]`,
      )
      .getAttribute('aria-label');
    expect(label).toContain(`${busiest.count} initiatives`);
    expect(await page.locator('figure[data-chart="themes"] figcaption').textContent()).toContain(
      'Basis: initiatives',
    );
    // The table twin has the same cells.
    await page.locator('figure[data-chart="themes"] + details.twin > summary').click();
    const rows = page.locator('details.twin table tbody tr');
    await expect.poll(() => rows.count()).toBe(byInitiatives.cells.length);
    // The control: agendas, then back to texts (the default, not written to the URL).
    await page.getByRole('radio', { name: 'Agendas' }).check();
    await expect.poll(() => searchOf(page)).toContain('basis=agendas');
    await page.getByRole('radio', { name: 'Texts' }).check();
    await expect.poll(() => searchOf(page)).not.toContain('basis=');
    expect(await page.locator('figure[data-chart="themes"] figcaption').textContent()).toContain(
      'Basis: texts',
    );
    expect(errors).toEqual([]);
  });
});
