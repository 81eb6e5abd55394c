import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp, useBrowser } from './harness';

useBrowser();

interface Stop {
  matches: boolean;
  ring: boolean;
  label: string;
}

/**
 * Presses Tab until the focused element matches `selector` (at most `limit` presses), checking that
 * every stop on the way shows a focus ring. Keyboard only: no clicks, no programmatic focus.
 */
async function tabTo(page: Page, selector: string, limit = 150): Promise<string[]> {
  const noRing: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((sel): Stop | null => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      // HTML controls show an outline; SVG marks may draw the ring as a stroke in the focus colour.
      const probe = document.createElement('span');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      const focusColour = getComputedStyle(probe).color;
      probe.remove();
      const svgRing =
        el instanceof SVGElement && style.stroke === focusColour && parseFloat(style.strokeWidth) >= 2;
      return {
        matches: el.matches(sel),
        ring:
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
          style.boxShadow !== 'none' ||
          svgRing,
        label: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`,
      };
    }, selector);
    if (!stop) continue;
    if (!stop.ring) noRing.push(stop.label);
    if (stop.matches) return noRing;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('keyboard only, every view', () => {
  test('map: Tab reaches a state, Enter opens its profile', async () => {
    const { page } = await openApp();
    await page.locator('figure[data-chart="map"] [data-iso3]').first().waitFor();
    // The map redraws once the rest of the data arrives; walk it after that.
    await page.waitForLoadState('networkidle');
    expect(await tabTo(page, 'figure[data-chart="map"] [data-iso3]')).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/country=[A-Z]{3}/);
  });

  test('timeline: Tab reaches an item, arrows move, Enter selects it', async () => {
    const { page } = await openApp('?view=timeline');
    await page.locator('figure[data-chart="timeline"] [data-kind]').first().waitFor();
    expect(await tabTo(page, 'figure[data-chart="timeline"] [data-kind]')).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForURL(/(conference|initiative)=/);
  });

  test('themes: Tab reaches a cell, Enter opens what makes its number', async () => {
    const { page } = await openApp('?view=themes');
    await page.locator('figure[data-chart="themes"] [data-theme]').first().waitFor();
    expect(await tabTo(page, 'figure[data-chart="themes"] [data-theme][role="button"]')).toEqual([]);
    await page.keyboard.press('Enter');
    await page.locator('[data-cell-detail]').waitFor();
  });

  test('table: Tab reaches a column header, Enter sorts by it', async () => {
    const { page } = await openApp('?view=table');
    await page.locator('main table thead button').first().waitFor();
    expect(await tabTo(page, 'main table thead button')).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=/);
  });

  test('sources: Tab reaches a copy button of "cite this view"', async () => {
    const { page } = await openApp('?view=sources');
    await page.locator('[data-view-ready]').first().waitFor();
    expect(await tabTo(page, 'main button')).toEqual([]);
  });
});
