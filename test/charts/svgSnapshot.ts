/**
 * SVG snapshots, as Plot does them: render under JSDOM, normalise numbers and generated ids so the
 * text is stable, compare with test/output/<name>.svg. On a difference a <name>-changed.svg is
 * written beside it for review; a missing snapshot fails in CI (and is written locally).
 * UPDATE_SNAPSHOTS=1 rewrites them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';

/** A JSDOM document for Plot's `document` option. */
export function makeDocument(): Document {
  return new JSDOM('<!doctype html><html><body></body></html>').window.document;
}

/** Rounds numbers to 2 decimals and renumbers Plot's generated class names. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/plot-[0-9a-f]{6,}(?:-\d+)?/g, (id) => {
      if (!ids.has(id)) ids.set(id, `plot-${ids.size}`);
      return ids.get(id)!;
    })
    .replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<');
}

export function expectSvgSnapshot(svg: string, name: string): void {
  const dir = 'test/output';
  const file = `${dir}/${name}.svg`;
  const actual = normaliseSvg(svg) + '\n';
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS === '1') {
    if (process.env.CI) throw new Error(`Missing snapshot ${file}: run the tests locally and commit it.`);
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) writeFileSync(`${dir}/${name}-changed.svg`, actual);
  expect(actual, `${file} differs; see ${name}-changed.svg`).toBe(expected);
}
