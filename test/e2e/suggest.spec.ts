import { describe, expect, test } from 'vitest';
import { openApp, useBrowser } from './harness';

useBrowser();

// Brazil has no record at Seoul 2013 in the bundled data (it is documented only at NETmundial).
describe('Suggest a source', () => {
  test('from a state with no record, the form gives a ready CSV row and a pre-filled issue', async () => {
    const { page, errors } = await openApp('?view=map&conference=seoul-2013&country=BRA');
    const profile = page.locator('[data-profile="BRA"]');
    await profile.waitFor();
    expect(await profile.textContent()).toContain('No record at Seoul 2013');
    await profile.locator('[data-action="suggest-source"]').click();
    const dialog = page.locator('dialog[data-suggest-source]');
    await dialog.waitFor({ state: 'visible' });
    // Conference and state are filled in from where the action was taken.
    expect(await dialog.getByLabel('Conference').inputValue()).toBe('seoul-2013');
    expect(await dialog.getByLabel('State').inputValue()).toBe('BRA');
    // Without a URL there is no row, and the message says why.
    await dialog.getByRole('button', { name: 'Make the row' }).click();
    expect(await dialog.getByText('Give the address of the public page.').count()).toBe(1);
    expect(await dialog.getByLabel('Public URL that says so').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Role').selectOption('speaker');
    await dialog.getByLabel('Public URL that says so').fill('https://www.gov.br/mre/example');
    await dialog.getByLabel(/^Note/).fill('The minister spoke at the opening');
    await dialog.getByRole('button', { name: 'Make the row' }).click();
    const csv = await dialog.locator('[data-suggestion-csv]').inputValue();
    expect(csv.split('\n')).toEqual([
      'conference,country,organisation,role,level,confidence,delegate,source,note',
      'seoul-2013,BRA,,speaker,,,,https://www.gov.br/mre/example,The minister spoke at the opening',
    ]);
    const href = await dialog.locator('[data-suggestion-issue]').getAttribute('href');
    const issue = new URL(href!);
    expect(`${issue.origin}${issue.pathname}`).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/);
    expect(issue.searchParams.get('body')).toContain(csv);
    // Escape closes the dialog.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  test('the map tooltip of a state with no record says how to suggest a source', async () => {
    const { page } = await openApp('?view=map&conference=seoul-2013');
    const bra = page.locator('figure[data-chart="map"] [data-iso3="BRA"]').first();
    await bra.waitFor();
    await bra.focus();
    const hint = page.locator('[role="tooltip"] [data-suggest-hint]');
    await hint.waitFor();
    await page.keyboard.press('Enter');
    await page.locator('[data-profile="BRA"] [data-action="suggest-source"]').waitFor();
  });

  test('on a membership layer the tooltip does not offer it (the form is for attendance)', async () => {
    const { page } = await openApp('?view=map&layer=membership&membership=gfce');
    // The membership layer is drawn once the memberships arrive, after the attendance layer;
    // its legend names the register.
    await page.locator('[data-register]').waitFor();
    const bra = page.locator('figure[data-chart="map"] [data-iso3="BRA"]').first();
    await bra.waitFor();
    await bra.focus();
    await page.locator('[role="tooltip"]').waitFor();
    expect(await page.locator('[role="tooltip"] [data-suggest-hint]').count()).toBe(0);
  });

  test('from a matrix cell with no record, the form starts on that state and conference', async () => {
    const { page, errors } = await openApp('?view=matrix');
    const cell = page.locator(
      'figure[data-chart="matrix"] [data-iso3="BRA"][data-conference="seoul-2013"][data-status="no-record"]',
    );
    await cell.click();
    const action = page.locator('.matrix-view [data-action="suggest-source"]');
    await action.click();
    const dialog = page.locator('dialog[data-suggest-source]');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getByLabel('Conference').inputValue()).toBe('seoul-2013');
    expect(await dialog.getByLabel('State').inputValue()).toBe('BRA');
    await page.keyboard.press('Escape');
    // A cell with a record offers none.
    await page.locator('figure[data-chart="matrix"] [data-iso3="KOR"][data-conference="seoul-2013"]').click();
    await expect.poll(() => page.locator('.matrix-view [data-action="suggest-source"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
