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

describe('comparing two conferences', () => {
  test('the same conference twice is refused with a message, in the URL and in the selects', async () => {
    const { page } = await openApp('?conference=seoul-2013~seoul-2013');
    await expect
      .poll(() => page.locator('body').textContent())
      .toContain('The same conference was given twice (seoul-2013)');
    const { page: compare } = await openApp('?conference=london-2011~seoul-2013');
    const to = compare.getByLabel('To conference', { exact: true });
    await to.waitFor();
    await to.selectOption('london-2011');
    await compare.locator('[data-compare-error]').waitFor();
    expect(await compare.locator('[data-compare-error]').textContent()).toContain(
      'pick two different conferences',
    );
    expect(searchOf(compare)).toBe('?conference=london-2011~seoul-2013');
    expect(await to.inputValue()).toBe('seoul-2013');
  });

  test('the selects and the year sliders have distinct accessible names', async () => {
    const { page } = await openApp('?conference=london-2011~seoul-2013');
    await page.getByLabel('From conference', { exact: true }).waitFor();
    for (const name of ['From conference', 'To conference', 'From year', 'To year'])
      expect(await page.getByLabel(name, { exact: true }).count(), name).toBe(1);
    expect(await page.getByLabel('From', { exact: true }).count()).toBe(0);
  });

  test('the summary counts the conferences as the stepper does, and says what it counts', async () => {
    const { page } = await openApp('');
    const summary = page.locator('[data-filter-bar]');
    await expect
      .poll(() => summary.textContent())
      .toMatch(/\d+ conferences? of the London Process and \d+ related events? in view/);
    const text = (await summary.textContent())!;
    const process = Number(/(\d+) conferences? of the London Process/.exec(text)![1]);
    const steps = await page.locator('[data-stepper] ol li').count();
    expect(steps).toBe(5);
    expect(process).toBe(steps);
  });
});

describe('a pasted text on the Themes tab', () => {
  test('shows as a column of its own under the default grouping (by conference)', async () => {
    const { page } = await openApp('?view=themes');
    const heatmap = 'figure[data-chart="themes"]';
    await page.locator(`${heatmap} [data-theme]`).first().waitFor();
    const conferences = await page.$$eval(
      `${heatmap} [data-conference]`,
      (els) => new Set(els.map((e) => e.getAttribute('data-conference'))).size,
    );
    await page.getByLabel('Or paste a text').fill('Cybercrime and capacity building, and cyber crime again.');
    await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
    const mine = page.locator(`${heatmap} [data-document^="your-text-"]`);
    await expect.poll(() => mine.count()).toBeGreaterThan(0);
    const labels = await mine.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => /Cybercrime, Your text: pasted text 1: [1-9]/.test(l))).toBe(true);
    // The conferences are all still there beside it.
    expect(
      await page.$$eval(
        `${heatmap} [data-conference]`,
        (els) => new Set(els.map((e) => e.getAttribute('data-conference'))).size,
      ),
    ).toBe(conferences);
    await page.getByRole('button', { name: 'Remove pasted text 1' }).click();
    await expect.poll(() => mine.count()).toBe(0);
  });
});

describe('the map comes first', () => {
  const mapBox = async (search: string, width: number, height: number) => {
    const { page } = await openApp(search, { viewport: { width, height } });
    const map = page.locator('figure[data-chart="map"] .plot svg');
    await map.waitFor();
    // The box the map has once the page has settled (fonts, the legend and the list beside it).
    await page.waitForTimeout(300);
    return { page, box: (await map.boundingBox())! };
  };

  test('at 1280x800 the whole map is on the first screen', async () => {
    const { box } = await mapBox('', 1280, 800);
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.width).toBeGreaterThan(600);
  });

  test('at 390x844 the top half of the map is on the first screen, and the tabs are one row', async () => {
    const { page, box } = await mapBox('', 390, 844);
    expect(box.y + box.height / 2).toBeLessThanOrEqual(844);
    const tops = await page.$$eval('nav[aria-label="Views"] a', (els) => [
      ...new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))),
    ]);
    expect(tops).toHaveLength(1);
    // The page itself never scrolls sideways; the tab row scrolls inside itself.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const last = page.locator('nav[aria-label="Views"] a').last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await page.waitForURL(/view=sources/);
  });
});
