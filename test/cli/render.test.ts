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
