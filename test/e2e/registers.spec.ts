import { describe, expect, test } from 'vitest';
import { openApp, useBrowser } from './harness';

useBrowser();

describe('membership registers on the map', () => {
  test('the Budapest Convention as of 2015: the UK is a party, and the legend names the register', async () => {
    const { page, errors } = await openApp(
      '?view=map&layer=membership&membership=budapest-convention&asof=2015',
    );
    const uk = page.locator('figure[data-chart="map"] [data-iso3="GBR"]').first();
    // The membership layer is drawn once the memberships arrive (after the first tables).
    await expect.poll(() => uk.getAttribute('data-key')).toBe('member');
    const legend = page.locator('[data-register]');
    await legend.waitFor();
    expect((await legend.textContent())?.trim()).toBe(
      'Members as of Sep 2015, from Council of Europe Treaty Office.',
    );
    expect(errors).toEqual([]);
  });

  test('as of 2010 the UK, which ratified in 2011, is not yet shown as a party', async () => {
    const { page } = await openApp('?view=map&layer=membership&membership=budapest-convention&asof=2010');
    const uk = page.locator('figure[data-chart="map"] [data-iso3="GBR"]').first();
    // Once the membership layer is drawn (its statuses are the layer's own), the UK is not a member.
    await expect
      .poll(() => uk.getAttribute('data-status'))
      .toMatch(/^(member|signatory|member-undated|no-record)$/);
    expect(await uk.getAttribute('data-key')).not.toBe('member');
  });
});
