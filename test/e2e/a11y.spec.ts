import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, useBrowser } from './harness';

useBrowser();

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const VIEWS = ['map', 'timeline', 'themes', 'matrix', 'table', 'sources'] as const;
const EMBEDS = ['map', 'timeline', 'themes'] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core's WCAG 2.x A/AA rules on the page and returns its violations, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Waits until the view has drawn its content: a chart, a table or a plain message. */
async function settled(page: Page): Promise<void> {
  await page.locator('main :is(figure svg, table, [data-view-ready], [role="alert"])').first().waitFor();
}

// axe is injected as a script, which the app's own policy rightly forbids; the test context
// bypasses CSP for that one purpose (the security spec checks the policy itself).
const OPTIONS = { bypassCSP: true } as const;

describe('axe-core finds no WCAG A/AA violation', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.each(VIEWS)(`the %s view in ${scheme} mode`, async (view) => {
      const { page } = await openApp(`?view=${view}&scheme=${scheme}`, OPTIONS);
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test.each(EMBEDS)('the %s chart in embed mode', async (chart) => {
    const { page } = await openApp(`?embed=${chart}`, OPTIONS);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the map at 360 px wide in dark mode', async () => {
    const { page } = await openApp('?scheme=dark', { ...OPTIONS, viewport: { width: 360, height: 740 } });
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

// Arabic runs right to left and Chinese is set in another script: each view in each, light and dark.
describe('axe-core finds no WCAG A/AA violation in Arabic and Chinese', () => {
  for (const lang of ['ar', 'zh'] as const)
    for (const scheme of ['light', 'dark'] as const)
      test.each(VIEWS)(`the %s view in ${lang}, ${scheme} mode`, async (view) => {
        const { page } = await openApp(`?view=${view}&scheme=${scheme}&lang=${lang}`, OPTIONS);
        await settled(page);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        expect(await axeViolations(page)).toEqual([]);
      });
});

describe('reflow', () => {
  // 200% zoom on a 1280 px screen lays the page out at 640 CSS px; a phone at 360. Either way
  // nothing may need a sideways scroll of the whole page (wide tables scroll in their own box).
  const SIZES = [
    { label: '360 px phone', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 },
    { label: '200% zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  ];
  for (const size of SIZES)
    test.each(VIEWS)(`the %s view fits the width at ${size.label}`, async (view) => {
      const { page } = await openApp(`?view=${view}`, {
        viewport: size.viewport,
        deviceScaleFactor: size.deviceScaleFactor,
      });
      await settled(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
});

describe('keyboard', () => {
  test('Tab reaches the skip link first, then the tabs, each with a visible focus ring', async () => {
    const { page } = await openApp();
    await settled(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Skip to/);
    const seen: string[] = [];
    for (let i = 0; i < 40 && seen.length < 6; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const style = getComputedStyle(el);
        return {
          inTabs: Boolean(el.closest('nav')),
          text: el.textContent?.trim() ?? '',
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (focus?.inTabs) {
        expect(focus.ring, `focus ring on ${focus.text}`).toBe(true);
        seen.push(focus.text);
      }
    }
    expect(seen).toEqual(['Map', 'Timeline', 'Themes', 'Matrix', 'Table', 'Sources']);
  });

  test('the reader’s choice of colours overrides the system and is kept on the next visit', async () => {
    const { page } = await openApp('', { colorScheme: 'light' });
    await settled(page);
    const bg = (): Promise<string> =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await page.locator('[data-scheme-toggle]').selectOption('dark');
    await expect.poll(bg).toBe('rgb(18, 20, 23)');
    await page.reload();
    await settled(page);
    expect(await bg()).toBe('rgb(18, 20, 23)');
    expect(await page.locator('[data-scheme-toggle]').inputValue()).toBe('dark');
  });

  test('the system dark mode is followed, and scheme=light overrides it', async () => {
    const dark = await openApp('', { colorScheme: 'dark' });
    await settled(dark.page);
    const bg = (p: Page): Promise<string> =>
      p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await bg(dark.page)).toBe('rgb(18, 20, 23)');
    const light = await openApp('?scheme=light', { colorScheme: 'dark' });
    await settled(light.page);
    expect(await bg(light.page)).toBe('rgb(255, 255, 255)');
  });
});

describe('axe-core on the issue-26 additions', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the themes view on the initiatives basis, ${scheme}`, async () => {
      const { page } = await openApp(`?view=themes&basis=initiatives&scheme=${scheme}`, OPTIONS);
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`the Suggest a source form, with an error and then a row, ${scheme}`, async () => {
      const { page } = await openApp(`?view=map&conference=seoul-2013&country=BRA&scheme=${scheme}`, OPTIONS);
      await settled(page);
      await page.locator('[data-profile="BRA"] [data-action="suggest-source"]').click();
      const dialog = page.locator('dialog[data-suggest-source]');
      await dialog.getByRole('button', { name: 'Make the row' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByLabel('Public URL that says so').fill('https://www.gov.br/mre/example');
      await dialog.getByRole('button', { name: 'Make the row' }).click();
      await dialog.locator('[data-suggestion-csv]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
