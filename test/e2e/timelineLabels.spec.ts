import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, searchOf, useBrowser } from './harness';

useBrowser();

const chart = 'figure[data-chart="timeline"]';

/** The drawn boxes of the conference labels, and the chart's own box. */
async function labelBoxes(page: Page) {
  return page.$eval(chart, (figure) => {
    const svg = figure.querySelector('.body svg')!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      chart: box(svg),
      labels: Array.from(svg.querySelectorAll('.conference-label text')).map((t) => ({
        text: t.textContent ?? '',
        ...box(t),
      })),
    };
  });
}

async function expectLabelsApartAndInside(page: Page, what: string): Promise<void> {
  const { chart: frame, labels } = await labelBoxes(page);
  expect(labels.length, `${what}: labels drawn`).toBeGreaterThan(1);
  for (const l of labels) {
    expect(l.left, `${what}: ${l.text} leaves the chart on the left`).toBeGreaterThanOrEqual(frame.left);
    expect(l.right, `${what}: ${l.text} leaves the chart on the right`).toBeLessThanOrEqual(frame.right);
    expect(l.top, `${what}: ${l.text} leaves the chart at the top`).toBeGreaterThanOrEqual(frame.top);
  }
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i]!, labels[j]!];
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${what}: "${a.text}" overlaps "${b.text}"`).toBe(true);
    }
}

describe('timeline conference labels', () => {
  test.each([1280, 900, 390])(
    'never overlap and stay inside the chart at %i px, also in the preset',
    async (width) => {
      const { page, errors } = await openApp('?view=timeline', { viewport: { width, height: 900 } });
      await page.locator(`${chart} .conference-label text`).first().waitFor();
      await expectLabelsApartAndInside(page, `${width} px, first window`);
      await page.getByRole('button', { name: 'Whole range' }).click();
      await expectLabelsApartAndInside(page, `${width} px, whole range`);
      await page.getByRole('button', { name: 'London to The Hague' }).click();
      await page.waitForURL(/span=2011~2015/);
      await expectLabelsApartAndInside(page, `${width} px, London to The Hague`);
      const texts = (await labelBoxes(page)).labels.map((l) => l.text);
      expect(texts).toContain('London 2011');
      expect(texts).toContain('The Hague 2015');
      expect(errors).toEqual([]);
    },
  );
});

describe('timeline conference labels in other scripts', () => {
  test.each(['ar', 'ru', 'zh'])(
    'never overlap and stay inside the chart in %s, also zoomed',
    async (lang) => {
      for (const span of ['', '&span=2011~2015']) {
        const { page, errors } = await openApp(`?view=timeline&lang=${lang}${span}`, {
          viewport: { width: 900, height: 900 },
        });
        await page.locator(`${chart} .conference-label text`).first().waitFor();
        await page.waitForLoadState('networkidle');
        await expectLabelsApartAndInside(page, `${lang}${span}`);
        expect(errors).toEqual([]);
      }
    },
  );
});

describe('timeline zoom in the URL', () => {
  test('span= is read, written by the presets (a history entry each), and back restores it', async () => {
    const { page } = await openApp('?view=timeline&span=2013~2014');
    const years = page.locator('.zoom .years');
    await expect.poll(() => years.textContent()).toBe('Showing 2013–2014');
    await page.getByRole('button', { name: 'Whole range' }).click();
    await page.waitForURL((url) => !url.search.includes('span=2013~2014'));
    expect(searchOf(page)).toMatch(/span=\d{4}~\d{4}/);
    await page.goBack();
    await expect.poll(() => years.textContent()).toBe('Showing 2013–2014');
  });

  test('a zoomed timeline can be embedded', async () => {
    const { page } = await openApp('?embed=timeline&span=2012~2013');
    await page.locator(`${chart} [data-kind="conference"]`).first().waitFor();
    const ids = await page.$$eval(`${chart} [data-kind="conference"]`, (els) =>
      [...new Set(els.map((e) => e.getAttribute('data-id')))].sort(),
    );
    expect(ids).toContain('budapest-2012');
    expect(ids).not.toContain('london-2011');
    expect(ids).not.toContain('the-hague-2015');
  });

  test('the wheel zooms and replaces the history entry instead of adding one', async () => {
    const { page } = await openApp('?view=timeline');
    const svg = page.locator(`${chart} .body svg`);
    await svg.waitFor();
    const length = await page.evaluate(() => history.length);
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
    await page.waitForURL(/span=/);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });
});

describe('timeline zoom by keyboard', () => {
  test('+ on the chart zooms in and adds a history entry, like the buttons', async () => {
    const { page } = await openApp('?view=timeline');
    const item = page.locator(`${chart} [data-kind][tabindex="0"]`).first();
    await item.waitFor();
    await item.focus();
    const length = await page.evaluate(() => history.length);
    await page.keyboard.press('+');
    await page.waitForURL(/span=/);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
  });
});

describe('a click on a timeline item', () => {
  test('opens a conference detail and changes no filter; filtering is the explicit action', async () => {
    const { page } = await openApp('?view=timeline');
    const seoul = page.locator(`${chart} [data-kind="conference"][data-id="seoul-2013"]`);
    await seoul.click();
    const detail = page.locator('[data-detail="seoul-2013"]');
    await detail.waitFor();
    expect(searchOf(page)).toBe('?view=timeline');
    expect(await detail.locator('a[target="_blank"]').count()).toBeGreaterThan(0);
    const count = await page.$$eval(`${chart} [data-kind="conference"]`, (els) => els.length);
    expect(count).toBeGreaterThan(1);
    await detail.getByRole('button', { name: 'Filter to this conference' }).click();
    await page.waitForURL(/conference=seoul-2013/);
  });

  test('opens an initiative detail without adding its conference as a filter', async () => {
    const { page } = await openApp('?view=timeline');
    const item = page.locator(`${chart} [data-kind="initiative"]`).first();
    await item.waitFor();
    const id = await item.getAttribute('data-id');
    await item.click();
    await page.waitForURL(new RegExp(`initiative=${id}`));
    expect(searchOf(page)).not.toContain('conference=');
    await page.locator(`[data-detail="${id}"]`).waitFor();
  });
});
