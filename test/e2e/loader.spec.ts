import { describe, expect, test } from 'vitest';
import { openApp, useBrowser, pickFile } from './harness';

useBrowser();

// Two good rows and, on line 4, a state no list knows.
const CSV = [
  'Conference;State;Role;Source',
  'seoul-2013;Korea, Republic of;host;https://example.org/a',
  'seoul-2013;Côte d’Ivoire;attendee;https://example.org/b',
  'seoul-2013;Atlantis;attendee;https://example.org/c',
].join('\r\n');

describe('loading your own data', () => {
  test('a file picked in the panel is read, its bad row named by line, and it survives a reload', async () => {
    const { page, errors } = await openApp('?view=table&table=participation');
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(page, 'my-list.csv', CSV);
    const file = page.locator('[data-user-file="my-list.csv"]');
    await file.waitFor();
    expect(await file.textContent()).toMatch(/2 of 3 rows read/);
    const issues = page.locator('[data-issues]');
    expect(await issues.textContent()).toMatch(/Atlantis/);
    expect(await issues.locator('tbody tr').first().textContent()).toMatch(
      /my-list\.csv\s*4\s*State\s*Atlantis/,
    );
    // The rows are the user's: the data-source filter finds exactly them, after a reload.
    await page.goto(page.url().replace(/\?.*$/, '?view=table&table=participation&source=user'));
    // After a reload the file is read again from this browser's storage, once the bundled data is in.
    await expect.poll(() => page.locator('main table tbody tr').count(), { timeout: 15_000 }).toBe(2);
    expect(await page.locator('main table tbody').textContent()).toMatch(/CIV/);

    await page.locator('summary', { hasText: 'Your data (1 file)' }).click();
    await page.locator('[data-user-file="my-list.csv"]').waitFor();
    await page.getByRole('button', { name: 'Remove my-list.csv' }).click();
    await expect.poll(() => page.locator('[data-user-file]').count()).toBe(0);
    await page.reload();
    expect(await page.locator('summary', { hasText: 'Your data' }).textContent()).toBe('Your data');
    expect(errors).toEqual([]);
  });

  test('a file dropped on the panel is loaded too, and "back to the bundled data" removes it', async () => {
    const { page } = await openApp();
    await page.locator('summary', { hasText: 'Your data' }).click();
    await page.locator('[data-drop-zone]').evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, CSV);
    await page.locator('[data-user-file="dropped.csv"]').waitFor();
    await page.getByRole('button', { name: 'Back to the bundled data' }).click();
    await expect.poll(() => page.locator('[data-user-file]').count()).toBe(0);
  });

  test('binary and empty files get a message, never a crash', async () => {
    const { page, errors } = await openApp();
    await page.locator('summary', { hasText: 'Your data' }).click();
    await page.locator('[data-drop-zone] input[type="file"]').setInputFiles([
      {
        name: 'photo.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]),
      },
      { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') },
    ]);
    await page.locator('[data-user-file="empty.csv"]').waitFor();
    const text = await page.locator('[data-issues]').textContent();
    expect(text).toMatch(/photo\.csv/);
    expect(text).toMatch(/empty\.csv/);
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    expect(errors).toEqual([]);
  });

  test('a big file is read in the background with a progress bar, and kept as it is for the next visit', async () => {
    const { page, errors } = await openApp('?view=table&table=participation');
    await page.locator('summary', { hasText: 'Your data' }).click();
    const rows = bigParticipation(20_000);
    expect(rows.length).toBeGreaterThan(1024 * 1024);
    // While it is read, it is listed with a progress bar and a cancel button. The read may be over
    // before a test could look, so the page notes what it showed as it showed it.
    await page.evaluate(() => {
      const seen = { progress: false, cancel: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const item = document.querySelector('[data-loading-file="big.csv"]');
        seen.progress ||= Boolean(item?.querySelector('progress[aria-label="Reading big.csv"]'));
        seen.cancel ||= Boolean(item?.querySelector('button[aria-label="Cancel reading big.csv"]'));
      }).observe(document.body, { childList: true, subtree: true });
    });
    await pickFile(page, 'big.csv', rows);
    const file = page.locator('[data-user-file="big.csv"]');
    await file.waitFor();
    expect(await page.evaluate(() => (window as unknown as { seen: object }).seen)).toEqual({
      progress: true,
      cancel: true,
    });
    expect(await page.locator('[data-loading-file="big.csv"]').count()).toBe(0);
    expect(await file.textContent()).toMatch(/20,000 of 20,000 rows read/);
    expect(await file.textContent()).toMatch(/MB/);

    await page.reload();
    await page.locator('summary', { hasText: 'Your data (1 file)' }).click();
    await expect
      .poll(() => page.locator('[data-user-file="big.csv"]').textContent())
      .toMatch(/20,000 of 20,000 rows read/);
    expect(errors).toEqual([]);
  });

  test('a big file’s repeated rows are left out of the data, however far apart they are', async () => {
    const { page, errors } = await openApp('?view=table&table=participation&source=user');
    await page.locator('summary', { hasText: 'Your data' }).click();
    // 15,000 rows, then the first 3,000 again (spaces around a cell do not make a row new).
    const lines = bigParticipation(15_000).split('\n');
    const again = lines.slice(1, 3001).map((line) => line.replace(',attendee,', ', attendee ,'));
    const rows = [...lines, ...again].join('\n');
    expect(rows.length).toBeGreaterThan(1024 * 1024);
    await pickFile(page, 'repeats.csv', rows);
    const file = page.locator('[data-user-file="repeats.csv"]');
    await file.waitFor();
    expect(await file.textContent()).toMatch(/15,000 of 18,000 rows read/);
    // The table of the user's rows holds each row once.
    await expect.poll(() => page.locator('.table-view').textContent()).toMatch(/15,000 of 15,000 rows/);
    expect(await page.locator('[data-issues]').textContent()).toMatch(
      /This row repeats line 2 exactly and is left out/,
    );
    expect(errors).toEqual([]);
  });

  test('reading a big file can be cancelled: nothing is added and the page goes on', async () => {
    const { page, errors } = await openApp();
    await page.locator('summary', { hasText: 'Your data' }).click();
    await pickFile(page, 'huge.csv', bigParticipation(300_000));
    await page.getByRole('button', { name: 'Cancel reading huge.csv' }).click();
    await expect.poll(() => page.locator('[data-loading-file]').count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'cancelled' }).textContent()).toMatch(
      /Loading huge\.csv was cancelled; nothing was added/,
    );
    expect(await page.locator('[data-user-file]').count()).toBe(0);
    await page.reload();
    expect(await page.locator('summary', { hasText: 'Your data' }).textContent()).toBe('Your data');
    expect(errors).toEqual([]);
  });

  test('headers it cannot place open a column-mapping step with a preview; the mapping is remembered for the same headers', async () => {
    const { page, errors } = await openApp('?view=table&table=participation&source=user');
    await page.locator('summary', { hasText: 'Your data' }).click();
    const input = page.locator('[data-drop-zone] input[type="file"]');
    const file = (name: string, rows: string[]) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(['Event code,Delegation from,Part played,Evidence', ...rows].join('\n')),
    });
    await input.setInputFiles(
      file('odd-headers.csv', [
        'seoul-2013,Korea (Republic of),host,https://example.org/1',
        'seoul-2013,Estonia,attendee,https://example.org/2',
      ]),
    );
    const step = page.locator('[data-column-mapping="odd-headers.csv"]');
    await step.waitFor();
    // The preview shows the file's own first rows under its own headers.
    expect(await step.locator('table caption').textContent()).toMatch(/first 2 rows/);
    expect(await step.locator('thead').textContent()).toMatch(/Part played/);
    expect(await step.locator('tbody').textContent()).toMatch(/Estonia/);
    await step.getByRole('combobox', { name: 'Table' }).selectOption('participation');
    const apply = step.getByRole('button', { name: 'Read the file with these columns' });
    expect(await apply.isDisabled()).toBe(true);
    // Only what says what a row is is required: here the conference (a country or an organisation
    // is checked row by row).
    expect(await step.getByRole('status').textContent()).toMatch(/Still needed: conference\./);
    const pick = (column: string, header: string) =>
      step.getByRole('combobox', { name: `Your column for ${column}` }).selectOption(header);
    await pick('conference', 'Event code');
    await pick('country', 'Delegation from');
    await pick('role', 'Part played');
    // One source for the whole file, given once.
    await pick('source', 'One value for every row…');
    await step.locator('[data-constant="source"]').fill('https://example.org/whole-list');
    expect(await step.locator('thead').textContent()).toMatch(/→ role/);
    expect(await step.getByRole('status').count()).toBe(0);
    await apply.click();
    const listed = page.locator('[data-user-file="odd-headers.csv"]');
    await expect.poll(() => listed.textContent()).toMatch(/2 of 2 rows read/);
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(2);
    expect(await page.locator('main table tbody a[href="https://example.org/whole-list"]').count()).toBe(2);

    // A later file with the same headers is read with the same mapping, without asking.
    await input.setInputFiles(
      file('odd-headers-2.csv', ['new-delhi-2017,Kenya,attendee,https://example.org/3']),
    );
    await expect
      .poll(() => page.locator('[data-user-file="odd-headers-2.csv"]').textContent())
      .toMatch(/1 of 1 row read/);
    expect(await page.locator('[data-column-mapping]').count()).toBe(0);
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(3);
    expect(errors).toEqual([]);
  });
});

/** A participation CSV of `n` rows (about 75 bytes each), all valid. */
function bigParticipation(n: number): string {
  const states = ['France', 'KOR', 'Germany', 'Brazil', 'Japan', 'Kenya', 'Estonia', 'India'];
  const lines = ['conference,country,role,source,note'];
  for (let i = 0; i < n; i++)
    lines.push(`seoul-2013,${states[i % states.length]},attendee,https://example.org/p/${i},row ${i}`);
  return lines.join('\n');
}
