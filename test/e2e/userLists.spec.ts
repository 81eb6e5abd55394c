import { describe, expect, test } from 'vitest';
import { openApp, pickFile, useBrowser } from './harness';

useBrowser();

// Participant lists as people type them in a spreadsheet: conference labels rather than ids, no role
// and no source columns, names as registers write them.
describe('a participant list as people write it', () => {
  test('a "Country,Event,Year" list draws its states as attendees at that conference, marked as the user’s', async () => {
    const { page, errors } = await openApp('?conference=the-hague-2015&source=user');
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(
      page,
      'delegations.csv',
      ['Country,Event,Year', 'Ghana,GCCS 2015,2015', 'Peru,GCCS2015,2015', 'Mongolia,The Hague,2015'].join(
        '\n',
      ),
    );
    const listed = page.locator('[data-user-file="delegations.csv"]');
    await expect.poll(() => listed.textContent()).toMatch(/3 of 3 rows read/);
    for (const iso3 of ['GHA', 'PER', 'MNG']) {
      const state = page.locator(`figure[data-chart="map"] [data-iso3="${iso3}"]`).first();
      await expect.poll(() => state.getAttribute('data-status')).toBe('attendee');
      expect(await state.getAttribute('data-origin')).toBe('user');
      expect(await state.getAttribute('aria-label')).toMatch(/from your file/);
    }
    // One warning for the whole file, not one per row.
    const issues = page.locator('[data-issues]');
    expect(await issues.textContent()).toMatch(/No row of this file gives a source/);
    expect(await issues.locator('tbody tr').count()).toBe(1);
    // Wherever the rows show, they say they have no source.
    await page.goto(page.url().replace(/\?.*$/, '?view=table&table=participation&source=user'));
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(3);
    expect(await page.locator('main table tbody').textContent()).toMatch(/your file, no source given/);
    await page.goto(page.url().replace(/\?.*$/, '?view=sources&source=user'));
    await expect.poll(() => page.locator('[data-no-source]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('a list written in French, names as a ministry writes them, is read as one in English', async () => {
    const { page, errors } = await openApp('?conference=the-hague-2015&source=user');
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(
      page,
      'liste.csv',
      [
        'Pays;Conférence;Rôle;Source',
        'Allemagne;La Haye 2015;participant;https://example.org/a',
        'Royaume-Uni;La Haye 2015;orateur;https://example.org/b',
        'Pays-Bas;La Haye 2015;hôte;https://example.org/c',
      ].join('\r\n'),
    );
    const listed = page.locator('[data-user-file="liste.csv"]');
    await expect.poll(() => listed.textContent()).toMatch(/3 of 3 rows read/);
    const status = (iso3: string) =>
      page.locator(`figure[data-chart="map"] [data-iso3="${iso3}"]`).first().getAttribute('data-status');
    await expect.poll(() => status('DEU')).toBe('attendee');
    await expect.poll(() => status('NLD')).toBe('host');
    expect(await page.locator('[data-issues]').textContent()).toMatch(/No problems found/);
    expect(errors).toEqual([]);
  });

  test('a name that fits several conferences, or none, is an issue listing them; the other rows load', async () => {
    const { page, errors } = await openApp('?view=table&table=participation&source=user');
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(
      page,
      'series.csv',
      [
        'conference,country',
        'GCCS,Kenya',
        'Munich 2019,Chile',
        'Seoul 2013,Chile',
        'La Haye 2015,Chile',
      ].join('\n'),
    );
    const listed = page.locator('[data-user-file="series.csv"]');
    await expect.poll(() => listed.textContent()).toMatch(/2 of 4 rows read/);
    const issues = page.locator('[data-issues] tbody');
    expect(await issues.textContent()).toMatch(/"GCCS" could be London 2011 \(london-2011\), Budapest 2012/);
    expect(await issues.textContent()).toMatch(/"Munich 2019" is not a conference the atlas knows/);
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  test('in French, a bad row’s problem is said in French, with its file, line and column', async () => {
    const { page, errors } = await openApp('?view=table&table=participation&lang=fr');
    await page.locator('summary', { hasText: 'Vos données' }).click();
    await pickFile(
      page,
      'liste.csv',
      [
        'Conférence;Pays;Rôle;Source',
        'Séoul 2013;Allemagne;participant;https://example.org/a',
        'Séoul 2013;Atlantide;participant;https://example.org/b',
      ].join('\n'),
    );
    const listed = page.locator('[data-user-file="liste.csv"]');
    await expect.poll(() => listed.textContent()).toMatch(/Lignes lues\s*:\s*1 sur 2/);
    const issues = page.locator('[data-issues]');
    expect(await issues.locator('thead').textContent()).toMatch(
      /Fichier[\s\S]*Ligne[\s\S]*Colonne[\s\S]*Problème/,
    );
    // The file, its line 3, the column as the file names it, the value, then what is wrong, in French.
    expect(await issues.locator('tbody tr').first().textContent()).toMatch(
      /liste\.csv\s*3\s*Pays\s*Atlantide\s*erreur\s*«\s*Atlantide\s*» n’est pas un pays connu de l’atlas\./,
    );
    expect(await issues.textContent()).toMatch(/1 problème relevé/);
    expect(errors).toEqual([]);
  });

  test('"apply all suggestions" takes every close match in one click, and is kept after a reload', async () => {
    const { page, errors } = await openApp('?view=table&table=participation&source=user');
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(
      page,
      'typos.csv',
      [
        'Conference,Country,Role',
        'Seoul 2013,Germny,speaker',
        'Seoul 2013,Frnace,attendee',
        'Seoul 2013,Japan,',
      ].join('\n'),
    );
    const listed = page.locator('[data-user-file="typos.csv"]');
    await expect.poll(() => listed.textContent()).toMatch(/1 of 3 rows read/);
    await page.locator('[data-action="apply-suggestions"]').click();
    await expect.poll(() => listed.textContent()).toMatch(/3 of 3 rows read/);
    expect(await page.locator('[data-action="apply-suggestions"]').count()).toBe(0);
    await page.reload();
    // The file is read again from this browser's storage, once the bundled data is in.
    await expect.poll(() => page.locator('main table tbody tr').count(), { timeout: 15_000 }).toBe(3);
    expect(await page.locator('main table tbody').textContent()).toMatch(
      /Germany[\s\S]*France|France[\s\S]*Germany/,
    );
    expect(errors).toEqual([]);
  });
});
