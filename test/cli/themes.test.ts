import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';

// The fixture: two short texts written for these tests, their rows in documents.csv (words and
// SHA-256 recorded) and the counts they give, in test/fixtures/themes.
const FIXTURE = 'test/fixtures/themes';
const DATA = `${FIXTURE}/data`;
const TEXTS = `${FIXTURE}/texts`;

const run = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/themes.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
const parseCsv = (text: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const tmp = (): string => mkdtempSync(join(tmpdir(), 'atlas-themes-'));

/** A copy of the fixture's texts, to change or remove one. */
function textsCopy(): string {
  const dir = join(tmp(), 'texts');
  mkdirSync(dir);
  for (const f of ['harbour-talk.txt', 'village-letter.txt']) copyFileSync(join(TEXTS, f), join(dir, f));
  return dir;
}

describe('npm run themes -- --texts DIR (the Contracts CLI)', () => {
  test('recounts the texts: the counts a reader makes by hand, written to --out', () => {
    const out = join(tmp(), 'mentions.csv');
    const result = run('--data', DATA, '--texts', TEXTS, '--out', out);
    expect(result.status).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows.map((r) => [r.document, r.theme, r.count, r.words])).toEqual([
      ['harbour-talk', 'crime', '4', '47'],
      ['harbour-talk', 'skills', '2', '47'],
      ['village-letter', 'crime', '1', '36'],
      ['village-letter', 'skills', '3', '36'],
    ]);
    expect(rows[0]!.keywords).toBe('fraud:2|cybercrime:1|law enforcement:1');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(`${DATA}/theme_mentions.csv`, 'utf8'));
  }, 120_000);

  test('--check passes when the counts on disk are what the texts give, and fails when stale', () => {
    expect(run('--data', DATA, '--texts', TEXTS, '--check').status).toBe(0);
    const stale = join(tmp(), 'stale.csv');
    writeFileSync(stale, readFileSync(`${DATA}/theme_mentions.csv`, 'utf8').replace(',4,47,', ',5,47,'));
    const result = run('--data', DATA, '--texts', TEXTS, '--check', '--out', stale);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/out of date/);
  }, 120_000);

  test('names a missing text, and writes nothing', () => {
    const texts = textsCopy();
    const out = join(tmp(), 'mentions.csv');
    rmSync(join(texts, 'village-letter.txt'));
    const result = run('--data', DATA, '--texts', texts, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/missing: village-letter \(village-letter\.txt/);
    expect(result.stderr).toMatch(/1 of 2 texts match/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  test('names a changed text by its SHA-256 and words, and writes nothing', () => {
    const texts = textsCopy();
    const out = join(tmp(), 'mentions.csv');
    writeFileSync(join(texts, 'harbour-talk.txt'), 'Friends, fraud is down this year.\n');
    const result = run('--data', DATA, '--texts', texts, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /changed: harbour-talk \(harbour-talk\.txt\): SHA-256 [0-9a-f]{64}, 6 words/,
    );
    expect(result.stderr).toMatch(/records a595eba7\w+, 47 words/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  test('exit 2 with a clear message when no texts are there, never a silent pass', () => {
    const none = run('--check');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/No texts folder given.*--texts DIR/);
    const absent = run('--texts', join(tmp(), 'nowhere'), '--check');
    expect(absent.status).toBe(2);
    expect(absent.stderr).toMatch(/No texts folder at/);
    const empty = run('--texts', tmp(), '--check');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/None of the 5 texts listed in .*documents\.csv is in/);
  }, 120_000);

  test('a FILE given is analysed and printed, not written', () => {
    const result = run('--data', DATA, `${TEXTS}/village-letter.txt`);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/village-letter\.txt \(printed, not written\): 36 words/);
    expect(result.stdout).toMatch(/skills\s+3\s+83\.33 per 1,000 words/);
  }, 120_000);
});

describe('the bundled counts and their record', () => {
  const documents = parseCsv(readFileSync('data/documents.csv', 'utf8'));
  const mentions = parseCsv(readFileSync('data/theme_mentions.csv', 'utf8'));
  const themes = parseCsv(readFileSync('data/themes.csv', 'utf8'));

  test('every text counted in theme_mentions.csv has its file, URL, words and SHA-256 in documents.csv', () => {
    const counted = documents.filter((d) => d.file);
    expect(counted.length).toBeGreaterThan(0);
    expect(new Set(mentions.map((m) => m.document))).toEqual(new Set(counted.map((d) => d.id)));
    for (const d of counted) {
      expect(d.url, d.id).toMatch(/^https?:\/\//);
      expect(d.sha256, d.id).toMatch(/^[0-9a-f]{64}$/);
      const rows = mentions.filter((m) => m.document === d.id);
      // One row per theme, each carrying the text's word count as recorded.
      expect(rows.map((m) => m.theme).sort()).toEqual(themes.map((t) => t.id).sort());
      expect(new Set(rows.map((m) => m.words))).toEqual(new Set([d.words]));
    }
  });

  test('a document with no text records no words or SHA-256', () => {
    for (const d of documents.filter((row) => !row.file))
      expect([d.id, d.words, d.sha256]).toEqual([d.id, '', '']);
  });
});
