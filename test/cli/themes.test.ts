import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const run = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/themes.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('npm run themes (the Contracts CLI)', () => {
  test('the bundled data/theme_mentions.csv is exactly what the analyser computes from the texts now', () => {
    const result = run('--check');
    expect(result.stderr).not.toMatch(/differs/);
    expect(result.status).toBe(0);
  }, 120_000);

  test('writes the same table to --out, with a row per document and theme', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-themes-')), 'mentions.csv');
    const result = run('--out', out);
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('data/theme_mentions.csv', 'utf8'));
  }, 120_000);

  test('--check fails when the file on disk is stale', () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'atlas-themes-')), 'stale.csv');
    writeFileSync(stale, 'document,theme,count,words,per_1000,keywords\n');
    expect(run('--check', '--out', stale).status).toBe(1);
  }, 120_000);
});
