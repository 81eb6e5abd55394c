import { spawnSync } from 'node:child_process';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';

const render = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/render.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 << 20,
  });
const parse = (svg: string): Document => new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;

describe('npm run render (the Contracts CLI)', () => {
  test('the map renders as a standalone SVG with data-iso3 and data-status on every state', () => {
    const { status, stdout } = render('--chart', 'map', '--conference', 'seoul-2013');
    expect(status).toBe(0);
    const doc = parse(stdout);
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('[data-iso3="KOR"]')?.getAttribute('data-status')).toBe('host');
    expect(doc.querySelectorAll('[data-status="no-record"]').length).toBeGreaterThan(100);
  }, 120_000);

  test('the map stands alone: title, legend with counts, coverage, keys, sources and permalink printed', () => {
    const { status, stdout } = render(
      '--chart',
      'map',
      '--conference',
      'seoul-2013',
      '--base',
      'https://atlas.example/app/',
    );
    expect(status).toBe(0);
    const doc = parse(stdout);
    const figure = (role: string): string =>
      Array.from(doc.querySelectorAll(`[data-figure="${role}"]`))
        .map((t) => t.textContent)
        .join(' ');
    expect(figure('title')).toMatch(/Seoul/);
    const legend = Array.from(doc.querySelectorAll('[data-legend-label]')).map((t) => t.textContent);
    expect(legend).toEqual([
      expect.stringMatching(/^Host \(1\)$/),
      expect.stringMatching(/^Documented attendee \(\d+\)$/),
      expect.stringMatching(/^No record \(\d+\)$/),
    ]);
    // Computed from the data: the documented states against the conference's reported figure.
    const documented = doc.querySelectorAll(
      'svg svg [data-kind="shape"]:not([data-status="no-record"])',
    ).length;
    expect(figure('coverage')).toMatch(/^\d+ of the 87 reported states documented\.$/);
    expect(Number(figure('coverage').split(' ')[0])).toBeGreaterThanOrEqual(documented);
    expect(figure('sources')).toMatch(/^Sources?: \S+/);
    expect(figure('permalink')).toContain('https://atlas.example/app/?embed=map&conference=seoul-2013');
    expect(stdout).not.toMatch(/tooltip/);
  }, 120_000);

  test('--title, --subtitle and --note set the figure’s words, printed as text', () => {
    const { status, stdout } = render(
      '--chart',
      'themes',
      '--title',
      'Themes <b>in</b> the texts',
      '--subtitle',
      '<script>alert(1)</script>',
      '--note',
      'Counted in December.',
    );
    expect(status).toBe(0);
    const doc = parse(stdout);
    expect(doc.querySelector('title')?.textContent).toBe('Themes <b>in</b> the texts');
    expect(doc.querySelector('[data-figure="subtitle"]')?.textContent).toBe('<script>alert(1)</script>');
    expect(doc.querySelector('[data-figure="note"]')?.textContent).toBe('Note: Counted in December.');
    expect(doc.querySelectorAll('script, b')).toHaveLength(0);
    // The permalink carries the words too, so the figure can be opened as it was made.
    const permalink = Array.from(doc.querySelectorAll('[data-figure="permalink"]'), (t) => t.textContent);
    expect(permalink.join('')).toMatch(/title=Themes/);
    // The themes key survives the export.
    expect(doc.querySelector('[data-figure="key"]')?.textContent).toMatch(/^◆ The conference set this theme/);
  }, 120_000);

  test('--highlight outlines and names states on the map and in its legend; an unknown one is exit 2', () => {
    const { status, stdout } = render(
      '--chart',
      'map',
      '--conference',
      'seoul-2013',
      '--highlight',
      'KOR~France',
    );
    expect(status).toBe(0);
    const doc = parse(stdout);
    const lit = Array.from(doc.querySelectorAll('[data-iso3][data-highlight="true"]'), (e) =>
      e.getAttribute('data-iso3'),
    );
    expect([...new Set(lit)].sort()).toEqual(['FRA', 'KOR']);
    expect(Array.from(doc.querySelectorAll('[data-map-labels] text'), (t) => t.textContent).sort()).toEqual([
      'France',
      'South Korea',
    ]);
    expect(doc.querySelector('[data-legend-entry^="Highlighted"]')?.textContent).toBe(
      'Highlighted: South Korea, France',
    );
    const bad = render('--chart', 'map', '--highlight', 'Atlantis');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a state the atlas knows: Atlantis/);
  }, 120_000);

  test('--palette print draws every chart in greys, its classes told apart by pattern', () => {
    for (const chart of ['map', 'timeline', 'themes']) {
      const { status, stdout } = render('--chart', chart, '--palette', 'print', '--conference', 'seoul-2013');
      expect(status).toBe(0);
      const doc = parse(stdout);
      const paints = Array.from(doc.querySelectorAll('[fill], [stroke], stop'))
        .flatMap((e) => [e.getAttribute('fill'), e.getAttribute('stroke'), e.getAttribute('stop-color')])
        .filter((c): c is string => !!c && c !== 'none' && !c.startsWith('url(') && c !== 'currentColor');
      expect(paints.length).toBeGreaterThan(5);
      // A grey as #rrggbb with r = g = b, or as Plot writes interpolated colours, rgb(n, n, n).
      for (const c of paints)
        expect(c, `${chart}: ${c}`).toMatch(/^(#([0-9a-f]{2})\2\2|rgb\((\d+), \3, \3\))$/i);
      if (chart === 'map')
        expect(doc.querySelector('[data-key="attendee"]')?.getAttribute('fill')).toMatch(/^url\(/);
      expect(doc.querySelector('[data-figure="permalink"]')?.textContent).toBeTruthy();
    }
    expect(render('--chart', 'map', '--palette', 'neon').status).toBe(2);
  }, 180_000);

  test('the timeline renders with data-kind and data-id on its items', () => {
    const { status, stdout } = render('--chart', 'timeline', '--from', '2013', '--to', '2015');
    expect(status).toBe(0);
    const doc = parse(stdout);
    expect(doc.querySelectorAll('[data-kind="conference"][data-id]').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('[data-kind="initiative"][data-id]').length).toBeGreaterThan(0);
  }, 120_000);

  test('the matrix renders with a cell per state and conference, and a zoomed timeline with span', () => {
    const matrix = render('--chart', 'matrix', '--conference', 'london-2011~seoul-2013');
    expect(matrix.status).toBe(0);
    const doc = parse(matrix.stdout);
    expect(
      doc.querySelector('[data-iso3="GBR"][data-conference="london-2011"]')?.getAttribute('data-status'),
    ).toBe('host');
    expect(
      doc.querySelector('[data-iso3="KOR"][data-conference="seoul-2013"]')?.getAttribute('data-status'),
    ).toBe('host');
    const timeline = parse(render('--chart', 'timeline', '--span', '2012~2013').stdout);
    const ids = [...timeline.querySelectorAll('[data-kind="conference"]')].map((e) =>
      e.getAttribute('data-id'),
    );
    expect(ids).toContain('budapest-2012');
    expect(ids).not.toContain('the-hague-2015');
  }, 120_000);

  test('the themes heatmap renders with data-theme and data-conference on its cells, in dark too', () => {
    const { status, stdout } = render('--chart', 'themes', '--scheme', 'dark');
    expect(status).toBe(0);
    const cells = parse(stdout).querySelectorAll('[data-theme][data-conference]');
    expect(cells.length).toBeGreaterThan(0);
  }, 120_000);

  test('exit 2 with a message for an unknown chart or conference', () => {
    const chart = render('--chart', 'pie');
    expect(chart.status).toBe(2);
    expect(chart.stderr).toMatch(/--chart must be one of map, timeline, themes/);
    const conference = render('--chart', 'map', '--conference', 'atlantis-2099');
    expect(conference.status).toBe(2);
    expect(conference.stderr).toMatch(/No conference "atlantis-2099"/);
  }, 120_000);
});
