/**
 * The participation map in a real browser. Expectations come from the bundled data files read
 * through the real loader and worked out here from the raw rows (not from the map's own selectors),
 * so the tests keep holding as the data grows.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { countryInfo, loadTables, type Conference } from '../../src/lib/data/index.ts';
import { readBundledSources } from '../../scripts/lib/readBundled';
import { openApp, searchOf, useBrowser } from './harness';

useBrowser();

const { dataset } = loadTables(readBundledSources());
const steps = dataset.conferences.filter((c) => c.kind !== 'related');

/** States documented at a conference, from its rows: the host (its country or a host row), then attendees. */
function documented(c: Conference): Map<string, 'host' | 'attendee'> {
  const states = new Map<string, 'host' | 'attendee'>();
  for (const p of dataset.participation)
    if (p.conference === c.id && p.country && states.get(p.country) !== 'host')
      states.set(p.country, p.role === 'host' ? 'host' : 'attendee');
  states.set(c.country!, 'host');
  return states;
}

/** Every state the data mentions, which the world map must draw (shape or marker). */
const mentioned = [
  ...new Set(
    [
      ...dataset.participation.map((p) => p.country),
      ...dataset.memberships.map((m) => m.country),
      ...dataset.initiatives.map((i) => i.country),
      ...dataset.conferences.map((c) => c.country),
    ].filter((iso3): iso3 is NonNullable<typeof iso3> => Boolean(iso3)),
  ),
];

/** Every state element on the map: ISO3 → [data-status, data-key, data-kind] of its first element. */
async function readMap(page: Page): Promise<Map<string, string[]>> {
  const pairs = await page.$$eval('figure[data-chart="map"] svg [data-iso3]', (els) =>
    els.map((el) => [
      el.getAttribute('data-iso3')!,
      [el.getAttribute('data-status')!, el.getAttribute('data-key')!, el.getAttribute('data-kind')!],
    ]),
  );
  const byIso3 = new Map<string, string[]>();
  for (const [iso3, hooks] of pairs as [string, string[]][]) if (!byIso3.has(iso3)) byIso3.set(iso3, hooks);
  return byIso3;
}

/**
 * The world map's state elements once every table has loaded (the app loads the map's tables
 * first and the rest when idle): waits until every state the data mentions is drawn.
 */
async function mapElements(page: Page): Promise<Map<string, string[]>> {
  await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
  // On the first view the list beside the map and the legend come a task after the map.
  await page.locator('[data-state-list]').waitFor();
  const missing = async () => {
    const drawn = await readMap(page);
    return mentioned.filter((iso3) => !drawn.has(iso3));
  };
  await expect.poll(missing, { timeout: 20_000 }).toEqual([]);
  return readMap(page);
}

describe('the participation map', () => {
  test.each(steps.map((c) => [c.id, c] as const))(
    '%s: every documented state has its element with the right status',
    async (_id, conference) => {
      const { page, errors } = await openApp(`?conference=${conference.id}`);
      await expect.poll(() => page.locator('[data-summary]').textContent()).toMatch(conference.short_name);
      const drawn = await mapElements(page);
      const expected = documented(conference);
      const seen = [...expected.keys()].map((iso3) => [iso3, drawn.get(iso3)?.[0]]);
      expect(seen).toEqual([...expected].map(([iso3, status]) => [iso3, status]));
      // Every other state drawn is "no record" (and mapElements saw every state the data mentions).
      const others = [...drawn].filter(([iso3]) => !expected.has(iso3)).map(([, [status]]) => status);
      expect(new Set(others)).toEqual(new Set(['no-record']));
      // Each is a focusable button (one tab stop for the whole map; arrows reach the rest).
      const states = page.locator('figure[data-chart="map"] svg [data-iso3]');
      expect(
        await page.locator('figure[data-chart="map"] svg [data-iso3][role="button"][tabindex]').count(),
      ).toBe(await states.count());
      expect(await page.locator('figure[data-chart="map"] svg [data-iso3][tabindex="0"]').count()).toBe(1);
      expect(errors).toEqual([]);
    },
  );

  test('a small state shows as a marker and opens its profile by keyboard', async () => {
    const { page, errors } = await openApp();
    const drawn = await mapElements(page);
    // A marker state the conferences document, if there is one, so its profile has something to list.
    const markers = [...drawn].filter(([, [, , kind]]) => kind === 'marker');
    const marker =
      markers.find(([iso3]) => dataset.participation.some((p) => p.country === iso3)) ?? markers[0];
    expect(marker, 'some state of the data is too small for its shape').toBeDefined();
    const iso3 = marker![0];
    const element = page.locator(`figure[data-chart="map"] svg [data-iso3="${iso3}"][data-kind="marker"]`);
    // The map is one tab stop after the zoom presets; arrows move between states from there.
    await page.getByRole('button', { name: 'Oceania' }).focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
    expect(first).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-iso3')))
      .not.toBe(first);
    await element.focus();
    await expect
      .poll(() => page.locator('[role="tooltip"]').textContent())
      .toContain(await element.getAttribute('aria-label').then((l) => l!.replace(/:.*/, '')));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`country=${iso3}`));
    const profile = page.locator(`[data-profile="${iso3}"]`);
    await profile.waitFor();
    expect(await profile.locator('h3').textContent()).toBe(countryInfo(iso3)?.name);
    // It lists every conference the data documents the state at, each with a source link.
    const attended = dataset.conferences
      .filter(
        (c) =>
          c.country === iso3 ||
          dataset.participation.some((p) => p.conference === c.id && p.country === iso3),
      )
      .map((c) => c.id);
    const listed = await profile
      .locator('[data-conference]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-conference')));
    expect(listed).toEqual(attended);
    for (const id of attended)
      expect(await profile.locator(`[data-conference="${id}"] a`).count()).toBeGreaterThan(0);
    // Portals: the UNIDIR portal always; the NCSI page once the alpha-2 codes have loaded.
    await expect
      .poll(() => profile.locator('a[href^="https://ncsi.ega.ee/country/"]').count())
      .toBe(iso3 === 'XKX' ? 0 : 1);
    expect(await profile.locator('a[href="https://cyberpolicyportal.org/"]').count()).toBe(1);
    // Focus stays on the state, so the reader can carry on exploring.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-iso3')))
      .toBe(iso3);
    expect(errors).toEqual([]);
  });

  test('compare mode lists the states that joined and left, and marks them on the map', async () => {
    const [a, b] = steps as [Conference, Conference];
    const atA = documented(a);
    const atB = documented(b);
    // Joined: first documented at b (at no conference before it); returned: seen before, not at a.
    const before = new Set(
      steps
        .filter((c) => c !== a && c.start_date!.iso < b.start_date!.iso)
        .flatMap((c) => [...documented(c).keys()]),
    );
    const joined = [...atB.keys()].filter((iso3) => !atA.has(iso3) && !before.has(iso3)).sort();
    const left = [...atA.keys()].filter((iso3) => !atB.has(iso3)).sort();
    const { page, errors } = await openApp(`?conference=${a.id}~${b.id}`);
    const drawn = await mapElements(page);
    const listed = async (group: string) =>
      (
        await page.$$eval(`[data-state-list] ul[data-group="${group}"] a`, (els) =>
          els.map((e) => e.getAttribute('data-iso3')!),
        )
      ).sort();
    expect(await listed('joined')).toEqual(joined);
    expect(await listed('left')).toEqual(left);
    for (const iso3 of joined) expect(drawn.get(iso3)?.[1]).toBe('joined');
    for (const iso3 of left) expect(drawn.get(iso3)?.slice(0, 2)).toEqual(['no-record', 'left']);
    // Pointing at a state in the list marks it on the map.
    if (joined[0]) {
      await page.locator(`[data-state-list] a[data-iso3="${joined[0]}"]`).hover();
      await expect
        .poll(() =>
          page.locator(`figure[data-chart="map"] svg [data-iso3="${joined[0]}"][data-hovered]`).count(),
        )
        .toBeGreaterThan(0);
    }
    const legend = page.locator('[data-legend-key="joined"]');
    expect(await legend.textContent()).toContain(`(${joined.length})`);
    expect(await page.locator('[data-summary]').textContent()).toContain(`${joined.length} joined`);
    expect(errors).toEqual([]);
  });

  test('play advances the conference and the URL, and pause stops it', async () => {
    const [first, second] = steps as [Conference, Conference];
    const { page, errors } = await openApp(`?conference=${first.id}`, { reducedMotion: 'reduce' });
    await mapElements(page);
    await page.locator('[data-play]').click();
    await page.waitForURL(new RegExp(`conference=${second.id}`), { timeout: 15_000 });
    await expect
      .poll(() => page.locator('[data-stepper] [aria-current="step"]').textContent())
      .toBe(second.short_name);
    await expect.poll(() => page.locator('[data-summary]').textContent()).toContain(second.short_name);
    await page.locator('[data-play]').click();
    expect(await page.locator('[data-play]').getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });

  test('the membership layer shows the members, and signatories apart, as of a year', async () => {
    // An initiative with signatures if the data has one (the Budapest Convention), else the first.
    const initiative = (dataset.memberships.find((m) => m.status === 'signatory') ?? dataset.memberships[0]!)
      .initiative;
    const rows = dataset.memberships.filter((m) => m.initiative === initiative && m.year !== null);
    const years = [...new Set(rows.map((m) => m.year!))].sort();
    const year = years[Math.floor(years.length / 2)]!;
    // Each state's standing is its latest row up to that year; a party outranks a signature.
    const standing = new Map<string, string>();
    for (const m of rows.filter((r) => r.year! <= year).sort((a, b) => a.year! - b.year!)) {
      const was = standing.get(m.country!);
      if (!(was && was !== 'signatory' && m.status === 'signatory'))
        standing.set(m.country!, m.status === 'signatory' ? 'signatory' : 'member');
    }
    // A signature with a ratification of unknown date is neither: its standing that year is unknown.
    for (const m of dataset.memberships)
      if (
        m.initiative === initiative &&
        m.year === null &&
        m.status !== 'signatory' &&
        standing.get(m.country!) === 'signatory'
      )
        standing.delete(m.country!);
    const { page, errors } = await openApp(`?layer=membership&membership=${initiative}&asof=${year}`);
    await expect.poll(() => page.locator('[data-summary]').textContent()).toContain(`as of ${year}`);
    const drawn = await mapElements(page);
    const shown = (status: string) =>
      new Set([...drawn].filter(([, [s]]) => s === status).map(([iso3]) => iso3));
    const expected = (status: string) =>
      new Set([...standing].filter(([, s]) => s === status).map(([iso3]) => iso3));
    expect(shown('member')).toEqual(expected('member'));
    expect(shown('signatory')).toEqual(expected('signatory'));
    expect(errors).toEqual([]);
  });

  test('the map fills its column, and a resized window scales it without drawing it again', async () => {
    const { page, errors } = await openApp('', { viewport: { width: 1280, height: 900 } });
    await mapElements(page);
    const svg = page.locator('figure[data-chart="map"] .svg > svg');
    const fit = () =>
      svg.evaluate((el) => {
        const column = el.closest('.plot')!.getBoundingClientRect().width;
        const box = el.getBoundingClientRect();
        const [, , w, h] = el.getAttribute('viewBox')!.split(' ').map(Number);
        return { column, width: box.width, aspect: box.width / box.height, drawn: w! / h! };
      });
    const wide = await fit();
    // It fills its column, unless that would make it taller than the screen below the controls
    // (30rem above it on a laptop): the whole map stays on the first screen.
    expect(wide.width).toBeCloseTo(Math.min(wide.column, (900 - 480) * 2.05), 0);
    expect(wide.aspect).toBeCloseTo(wide.drawn, 1);
    // Mark the drawing: a redraw would replace the element and lose the mark.
    await svg.evaluate((el) => el.setAttribute('data-test-mark', ''));
    await page.setViewportSize({ width: 1100, height: 900 });
    await expect.poll(async () => (await fit()).width).toBeLessThan(wide.width - 50);
    const narrow = await fit();
    expect(narrow.width).toBeCloseTo(narrow.column, 0);
    expect(narrow.aspect).toBeCloseTo(narrow.drawn, 1);
    expect(await page.locator('figure[data-chart="map"] svg[data-test-mark]').count()).toBe(1);
    // A short window keeps the whole map in view: no taller than 80% of the window.
    await page.setViewportSize({ width: 1280, height: 400 });
    await expect.poll(async () => (await svg.boundingBox())!.height).toBeLessThanOrEqual(0.8 * 400 + 1);
    expect(errors).toEqual([]);
  });

  test('the first map needs no shapes; a phone-sized window and a zoom draw the same states from them', async () => {
    const { page, errors } = await openApp('', { viewport: { width: 1280, height: 900 } });
    // How often this document fetched the shapes (from its own resource timings: a request from
    // the page before the reload does not count).
    const shapesFile = () =>
      page.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => /countries-110m/.test(e.name)).length,
      );
    // The shapes are held back: the whole first map is drawn without them.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/countries-110m/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    const drawnAtFirst = await mapElements(page);
    release();
    const paths = () =>
      page.$$eval('figure[data-chart="map"] svg path[data-iso3]', (els) =>
        els.map((e) => [e.getAttribute('data-iso3'), e.getAttribute('d')!.length > 20]),
      );
    expect((await paths()).every(([, long]) => long)).toBe(true);
    // They are asked for once the page is idle, for what comes next.
    await expect.poll(shapesFile).toBe(1);
    await page.setViewportSize({ width: 400, height: 800 });
    await expect
      .poll(() => page.locator('figure[data-chart="map"] .svg > svg').getAttribute('viewBox'))
      .toMatch(/^0 0 360 /);
    expect(await mapElements(page)).toEqual(drawnAtFirst);
    expect((await paths()).every(([, long]) => long)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Europe' }).click();
    await expect.poll(() => page.locator('[data-summary]').textContent()).toContain('Zoomed to Europe');
    await page.getByRole('button', { name: 'World' }).click();
    await expect
      .poll(() => page.locator('figure[data-chart="map"] .svg > svg').getAttribute('viewBox'))
      .toMatch(/^0 0 960 /);
    expect(await mapElements(page)).toEqual(drawnAtFirst);
    expect(await shapesFile()).toBe(1);
    expect(errors).toEqual([]);
  });

  test.each([1280, 1180, 900, 390])(
    'at %i px wide, nothing above the map moves it while the page fills in after the first draw',
    async (width) => {
      const { page, errors } = await openApp('', { viewport: { width, height: 900 } });
      // Where the map is when it is first drawn, before the list beside it, the legend and the rest
      // of the data (initiatives, memberships) have arrived.
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          const svg = document.querySelector('figure[data-chart="map"] svg [data-iso3]')?.closest('svg');
          if (!svg) return;
          observer.disconnect();
          const { y, height } = svg.getBoundingClientRect();
          (window as unknown as { firstMap: number[] }).firstMap = [y, height];
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      await expect
        .poll(() => page.locator('[data-view-summary]').textContent())
        .toMatch(/memberships? match\./);
      await page.locator('[data-state-list]').waitFor();
      const first = await page.evaluate(() => (window as unknown as { firstMap: number[] }).firstMap);
      const now = await page
        .locator('figure[data-chart="map"] svg')
        .first()
        .evaluate((svg) => [svg.getBoundingClientRect().y, svg.getBoundingClientRect().height]);
      expect(now).toEqual(first);
      expect(errors).toEqual([]);
    },
  );

  test('the data behind the map opens as a table of every state it marks', async () => {
    const conference = steps[0]!;
    const { page, errors } = await openApp(`?conference=${conference.id}`);
    await page.locator('figure[data-chart="map"] svg [data-iso3]').first().waitFor();
    await page.getByText('The data behind this chart, as a table').click();
    const table = page
      .getByRole('table', { name: /./ })
      .filter({ has: page.locator('th', { hasText: 'ISO3' }) });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(documented(conference).size);
    const listed = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(listed)).toEqual(new Set(documented(conference).keys()));
    expect(errors).toEqual([]);
  });

  test('ever attended and region zoom are in the URL; back returns to the world', async () => {
    const last = steps.at(-1)!;
    const { page } = await openApp(`?conference=${last.id}&layer=cumulative`);
    const drawn = await mapElements(page);
    const ever = new Set(steps.flatMap((c) => [...documented(c).keys()]));
    expect(new Set([...drawn].filter(([, [key]]) => key !== 'no-record').map(([iso3]) => iso3))).toEqual(
      ever,
    );
    await page.getByRole('button', { name: 'Europe' }).click();
    await page.waitForURL(/region=Europe/);
    await expect.poll(() => page.locator('[data-summary]').textContent()).toContain('Zoomed to Europe');
    // The twin list follows the zoom: only the European states ever documented.
    const listed = await page.$$eval('[data-state-list] a[data-iso3]', (els) =>
      els.map((e) => e.getAttribute('data-iso3')!),
    );
    expect(new Set(listed)).toEqual(
      new Set([...ever].filter((iso3) => countryInfo(iso3)?.region === 'Europe')),
    );
    await page.goBack();
    await expect.poll(() => searchOf(page)).not.toContain('region');
  });

  test.each([
    ['compare mode with a profile open', '?conference=london-2011~seoul-2013&country=USA', 'light'],
    ['membership zoomed to Europe, dark', '?layer=membership&region=Europe', 'dark'],
  ] as const)('no axe-core violations: %s', async (_name, search, colorScheme) => {
    // The app's policy forbids injected scripts; this context bypasses it only to run axe.
    const { page } = await openApp(search, { colorScheme, bypassCSP: true });
    // Every table loaded: the whole world drawn, or the membership layer (it needs the later tables).
    if (search.includes('region=')) {
      await expect.poll(() => page.locator('[data-summary]').textContent()).toContain('as of');
    } else await mapElements(page);
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<AxeResult> } }).axe;
      type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
      const result = await axe.run(document.querySelector('main')!, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
});
